-- The archive's schema: the single source of truth. The binary embeds a copy
-- (Sources/Archive/Resources/schema.sql, checked equal by a test) and runs it on a new file;
-- Schema.swift then sets PRAGMA application_id (marks the file as an archive) and
-- PRAGMA user_version (the schema version below). Changes come as new migrations, never edits.
-- Schema version: 8

-- Publishers ("BBC News", "breitbart").
CREATE TABLE source (
    id   INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE
);

-- One story: an article and its near-duplicates (the same wire story syndicated with small
-- edits). Queries that count people or periods count a story once.
CREATE TABLE story (
    id INTEGER PRIMARY KEY
);

CREATE TABLE article (
    id                  INTEGER PRIMARY KEY,
    story_id            INTEGER NOT NULL REFERENCES story(id),
    source_id           INTEGER REFERENCES source(id),
    title               TEXT NOT NULL,
    url                 TEXT UNIQUE,
    authors             TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(authors)),  -- JSON array of names
    published           TEXT,     -- UTC, ISO 8601: 'YYYY-MM-DD' (a day) or 'YYYY-MM-DDTHH:MM:SSZ' (an instant)
    published_precision TEXT CHECK (published_precision IN ('day', 'instant')),
    language            TEXT,
    content_hash        BLOB NOT NULL UNIQUE,  -- exact duplicates: 16 bytes of SHA-256 over the body's words (ContentFingerprint)
    ingested_at         TEXT NOT NULL,
    updated_at          TEXT,
    CHECK ((published IS NULL) = (published_precision IS NULL))
);
CREATE INDEX article_published ON article(published, id);
CREATE INDEX article_source ON article(source_id, published);
CREATE INDEX article_story ON article(story_id);

-- Locality-sensitive hash bands of each article's MinHash signature (of its paragraphs' word
-- shingles): articles that share a band are compared as possible near-duplicates, their
-- signatures computed again from their paragraphs. Keyed for that lookup only: an article's
-- bands are found again from its signature, so no second index (and no foreign key, whose
-- cascade would need one) is kept. `archive check` finds strays.
CREATE TABLE article_band (
    band_key   INTEGER NOT NULL,
    article_id INTEGER NOT NULL,
    PRIMARY KEY (band_key, article_id)
) WITHOUT ROWID;

-- The bands of articles added since the last move, kept apart so that the random keys of new
-- bands land in a small table whose pages stay in the page cache rather than across the whole
-- of article_band, where a batch of 1,024 articles (some 8,000 bands) dirtied nearly as many
-- pages. When it holds `NearDuplicateIndex.recentBandLimit` rows, the writer moves them into
-- article_band in key order, each page there written once per move. On 16× the benchmark
-- corpus: page writes 9.81 → 6.00 M, page reads 6.43 → 4.53 M. A lookup reads both tables.
CREATE TABLE article_band_recent (
    band_key   INTEGER NOT NULL,
    article_id INTEGER NOT NULL,
    PRIMARY KEY (band_key, article_id)
) WITHOUT ROWID;

-- The inputs articles were ingested from (a file, or a file's name in a folder), each once.
CREATE TABLE input (
    id   INTEGER PRIMARY KEY,
    path TEXT NOT NULL UNIQUE
);

-- Where an article was ingested from: an input and, for an input holding several articles,
-- the article's number in it (see StoredOrigin.swift). An article found in two inputs is
-- stored once, with both origins. The path is stored once per input, not once per article:
-- a JSON Lines file of 20,000 articles kept its path 20,000 times (2.4 MB of the benchmark's
-- 69.9 MB archive).
CREATE TABLE article_input (
    id         INTEGER PRIMARY KEY,
    input_id   INTEGER NOT NULL REFERENCES input(id),
    item       INTEGER NOT NULL,   -- the N of "path#N"; 0 for "path"
    article_id INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
    UNIQUE (input_id, item)
);
CREATE INDEX article_input_article ON article_input(article_id);

-- Each origin as its reader wrote it: "path" or "path#N", in the order they were added.
CREATE VIEW article_origin (id, origin, article_id) AS
    SELECT o.id, CASE o.item WHEN 0 THEN i.path ELSE i.path || '#' || o.item END, o.article_id
    FROM article_input AS o JOIN input AS i ON i.id = o.input_id;

-- An article's paragraphs. The id says whose and where: article id × 1,024 + ordinal (0-based),
-- so an article keeps at most 1,024 paragraphs (a longer text's tail is joined to the last;
-- see ParagraphID.swift). A search reads the article and place of every matching paragraph
-- from the full-text index's rowids, with no lookup per row — at 16× the benchmark corpus
-- that lookup cost as much as ranking — and an article's paragraphs are one rowid range, so
-- no second index is kept. The article and ordinal columns are computed, never stored; look
-- paragraphs up by id range, not by them. Deleting an article deletes its paragraphs
-- (trigger article_delete_paragraphs).
CREATE TABLE paragraph (
    id         INTEGER PRIMARY KEY,
    text       TEXT NOT NULL,
    article_id INTEGER NOT NULL GENERATED ALWAYS AS (id >> 10) VIRTUAL,
    ordinal    INTEGER NOT NULL GENERATED ALWAYS AS (id & 1023) VIRTUAL
);

-- People, organizations and places, one row per real-world entity across the archive.
CREATE TABLE entity (
    id        INTEGER PRIMARY KEY,
    kind      TEXT NOT NULL CHECK (kind IN ('person', 'organization', 'place')),
    name      TEXT NOT NULL,   -- the display name: the fullest form seen
    match_key TEXT NOT NULL,   -- the name folded so that spelling variants meet
    surname   TEXT,            -- a person's folded last name: candidates for merging a variant
    UNIQUE (kind, match_key)
);
CREATE INDEX entity_surname ON entity(surname) WHERE surname IS NOT NULL;

-- Every form an entity was written in ("Zelensky", "Zelenskyy", "Volodymyr Zelensky").
CREATE TABLE entity_alias (
    entity_id INTEGER NOT NULL REFERENCES entity(id) ON DELETE CASCADE,
    alias     TEXT NOT NULL COLLATE NOCASE,
    PRIMARY KEY (alias, entity_id)
) WITHOUT ROWID;
CREATE INDEX entity_alias_entity ON entity_alias(entity_id);

-- Where an article names an entity: one row per article and entity, the mentions packed in
-- `places` (see MentionPlaces.swift: for each, its paragraph, offsets in Unicode scalars and
-- role). The words as written are not stored: they are the paragraph's (or title's) text
-- between the offsets. Keyed by article, the order rows are written in; `mention_entity`
-- serves the queries that start from an entity.
CREATE TABLE mention (
    article_id INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
    entity_id  INTEGER NOT NULL REFERENCES entity(id) ON DELETE CASCADE,
    mentions   INTEGER NOT NULL,  -- how many places `places` holds
    places     BLOB NOT NULL,
    PRIMARY KEY (article_id, entity_id)
) WITHOUT ROWID;
CREATE INDEX mention_entity ON mention(entity_id);

-- What an article reports someone as saying.
CREATE TABLE quote (
    id            INTEGER PRIMARY KEY,
    article_id    INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
    speaker_id    INTEGER REFERENCES entity(id) ON DELETE SET NULL,  -- NULL: no person could be named
    speaker_text  TEXT,      -- the words the article used: "he", "the American leader", "sources"
    cue           TEXT,      -- "said", "told reporters", "according to"
    kind          TEXT NOT NULL CHECK (kind IN ('direct', 'mixed', 'indirect')),
    text          TEXT,      -- NULL when it is the paragraph's text between the offsets (nearly always)
    paragraph     INTEGER NOT NULL,   -- ordinal where the quote starts
    end_paragraph INTEGER NOT NULL,   -- ordinal where it ends
    start_offset  INTEGER NOT NULL,
    end_offset    INTEGER NOT NULL
);
CREATE INDEX quote_article ON quote(article_id);
CREATE INDEX quote_speaker ON quote(speaker_id);

-- Every quotation's words: stored ones, else the paragraph's text between the offsets
-- (substr counts characters, which are the Unicode scalars the offsets count).
CREATE VIEW quote_text (id, text) AS
    SELECT q.id, coalesce(q.text, substr(p.text, q.start_offset + 1, q.end_offset - q.start_offset))
    FROM quote AS q LEFT JOIN paragraph AS p ON p.id = q.article_id * 1024 + q.paragraph;

-- Full-text indexes. External content: the text lives once, in the tables above (quote_fts
-- reads the quote_text view). quote_fts keeps no document sizes (columnsize = 0): nothing
-- ranks quotations by bm25.
--
-- The store adds new rows to their index itself, at the end of each batch (FullTextQueue);
-- the triggers below keep the indexes in step on update and delete. No insert triggers: FTS5
-- writes its pending terms out as a new segment at every savepoint, and a trigger that writes
-- to an FTS5 table makes its statement open one — one segment per row, merged again and again
-- (on the 21 MB benchmark those inserts took 13.9 s with triggers, 3.0 s without). A row
-- inserted by other means is not indexed: `archive check` reports it, `--repair` indexes it.
CREATE VIRTUAL TABLE paragraph_fts USING fts5(
    text, content = 'paragraph', content_rowid = 'id',
    tokenize = 'porter unicode61 remove_diacritics 2'
);
CREATE VIRTUAL TABLE article_fts USING fts5(
    title, content = 'article', content_rowid = 'id',
    tokenize = 'porter unicode61 remove_diacritics 2'
);
CREATE VIRTUAL TABLE quote_fts USING fts5(
    text, content = 'quote_text', content_rowid = 'id', columnsize = 0,
    tokenize = 'porter unicode61 remove_diacritics 2'
);

-- Each batch the store commits adds one segment to each index. FTS5 merges a level's
-- segments into one on the next level when `automerge` of them are there (4 unless told):
-- every indexed row is written again once per level, and a level holds automerge times
-- the rows of the one below, so 16 writes each row about half as often as 4 (on 16× the
-- benchmark corpus, 330 batches: some 2 merges a row instead of 4). The cost is more
-- segments for a search to look a term up in between merges; an ingest that adds a quarter
-- of the archive or more merges each index into one segment when it ends.
INSERT INTO paragraph_fts (paragraph_fts, rank) VALUES ('automerge', 16);
INSERT INTO article_fts (article_fts, rank) VALUES ('automerge', 16);
INSERT INTO quote_fts (quote_fts, rank) VALUES ('automerge', 16);

CREATE TRIGGER paragraph_fts_delete AFTER DELETE ON paragraph BEGIN
    INSERT INTO paragraph_fts(paragraph_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;
CREATE TRIGGER paragraph_fts_update AFTER UPDATE OF text ON paragraph BEGIN
    INSERT INTO paragraph_fts(paragraph_fts, rowid, text) VALUES ('delete', old.id, old.text);
    INSERT INTO paragraph_fts(rowid, text) VALUES (new.id, new.text);
END;

CREATE TRIGGER article_fts_delete AFTER DELETE ON article BEGIN
    INSERT INTO article_fts(article_fts, rowid, title) VALUES ('delete', old.id, old.title);
END;
CREATE TRIGGER article_fts_update AFTER UPDATE OF title ON article BEGIN
    INSERT INTO article_fts(article_fts, rowid, title) VALUES ('delete', old.id, old.title);
    INSERT INTO article_fts(rowid, title) VALUES (new.id, new.title);
END;

-- A quotation's words may live in its paragraph, so they are read before either row goes:
-- quotes are deleted before their paragraphs (the writer does so, and deleting an article
-- deletes its quotes before the trigger below deletes its paragraphs). Quotes are
-- never updated in place: a changed article's quotes are deleted and written again.
CREATE TRIGGER quote_fts_delete BEFORE DELETE ON quote BEGIN
    INSERT INTO quote_fts(quote_fts, rowid, text) SELECT 'delete', id, text FROM quote_text WHERE id = old.id;
END;
CREATE TRIGGER article_delete_quotes BEFORE DELETE ON article BEGIN
    DELETE FROM quote WHERE article_id = old.id;
END;
CREATE TRIGGER article_delete_paragraphs AFTER DELETE ON article BEGIN
    DELETE FROM paragraph WHERE id BETWEEN old.id * 1024 AND old.id * 1024 + 1023;
END;
