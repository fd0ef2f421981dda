import Foundation

/// Finds the words and two- and three-word phrases a period was about.
///
/// 1. Read the period's paragraphs (an even sample of at most `sampleArticles` articles, so a
///    long period costs no more than a short one) and count, per paragraph, every word and
///    phrase that starts and ends with a content word and stays inside one clause. Paragraphs
///    repeated word for word across several stories are page furniture and are skipped.
/// 2. Words are counted by their FTS5 stems (SQLite's porter tokenizer, run over the distinct
///    words in a TEMP table), so "tariff" and "tariffs" are one candidate, counted as the index
///    counts them.
/// 3. The most frequent candidates are scored. For a period: log-likelihood keyness against
///    the rest of the archive (`Keyness`), with archive-wide counts from the index. The archive
///    as a whole has no rest to compare with, and the binary carries no general-English word
///    counts, so there a phrase scores by how its uses spread over stories: residual IDF
///    (Church and Gale 1995), the log of how many fewer stories use it than chance would put
///    it in, given its paragraphs. "Government", in a few paragraphs of half the stories,
///    scores near zero; "mac mini", in many paragraphs of three stories, scores high. An
///    archive of fewer than `burstinessStories` stories has no spread to speak of; there a
///    phrase scores p × log(P / p), its paragraphs p times their rarity among all P.
/// 4. The best are counted exactly in the period and re-ranked, and a phrase is dropped when
///    a longer one in the list accounts for most of its uses.
struct TopicsQuery {
    let database: Database

    static let sampleArticles = 2_000
    /// A paragraph found word for word in this many stories of the sample is boilerplate.
    static let boilerplateStories = 3
    /// A phrase is dropped when a longer one holds it in at least this share of its paragraphs.
    static let subsumedShare = 0.7
    /// A period of this many stories lists only phrases that at least two of them use.
    static let sharedTopicStories = 10
    /// Fewer stories than this are scored by specificity instead of burstiness.
    static let burstinessStories = 10
    /// A phrase must be used by this many stories to say anything about how it spreads.
    static let burstyMinimumStories = 3

    func run(_ request: TopicsRequest) throws -> Topics {
        let dates = request.dates
        let bounds: [SQLValue] = [SQLValue(dates.sqlLowerBound), SQLValue(dates.sqlUpperBound), SQLValue(request.source)]
        guard let (articles, stories, periodParagraphs) = try database.statement(Self.selectionSQL).first(bounds, {
            ($0.int(0), $0.int(1), $0.int(2))
        }) else { throw ArchiveError.storage("the archive's counts could not be read") }
        let method: Topics.Method = !dates.isUnbounded ? .logLikelihood
            : stories >= Self.burstinessStories ? .burstiness : .specificity
        let undated = dates.isUnbounded ? 0 : try database.integer(Self.undatedSQL, SQLValue(request.source)) ?? 0
        guard articles > 0, request.limit > 0 else {
            return Topics(method: method, topics: [], stories: stories, undatedExcluded: undated)
        }
        let totalParagraphs = try database.integer(Self.allParagraphsSQL) ?? 0
        let step = max(1, (articles + Self.sampleArticles - 1) / Self.sampleArticles)
        let sample = try database.statement(Self.sampleSQL).rows(bounds + [.integer(Int64(step))]) {
            SampleParagraph(story: $0.int(0), text: $0.text(1))
        }
        // What one story alone says is not what a period was about, unless the period is a few stories.
        let minimumStories = method == .burstiness ? Self.burstyMinimumStories : stories >= Self.sharedTopicStories ? 2 : 1
        let counts = try count(sample)
        let sampleParagraphs = Double(sample.count)
        let scale = sampleParagraphs > 0 ? Double(periodParagraphs) / sampleParagraphs : 1

        // `a` paragraphs of `s` stories out of `n` in the period; `archive` paragraphs in all.
        func score(paragraphs a: Double, stories s: Double, of n: Double, archive: Double) -> Double {
            switch method {
            case .burstiness:
                guard s >= Double(Self.burstyMinimumStories), n > 0 else { return 0 }
                return log(n / s) + log(1 - exp(-a / n))
            case .specificity:
                return archive * log(Double(totalParagraphs) / max(1, archive))
            case .logLikelihood:
                let c = Double(periodParagraphs), d = Double(totalParagraphs - periodParagraphs)
                let b = max(0, archive - a)
                guard Keyness.isOverRepresented(a, of: c, against: b, of: d) else { return 0 }
                return Keyness.logLikelihood(a, of: c, against: b, of: d)
            }
        }

        // Estimate from the sample, then count the best exactly.
        var ranked: [(candidate: Candidate, archive: Int, score: Double)] = []
        let sampleStories = Double(Set(sample.map(\.story)).count)
        for candidate in counts.candidates(perLength: max(60, request.limit * 5), minimumStories: minimumStories) {
            // Burstiness needs nothing beyond the sample; the others need the archive's count.
            let archive = method == .burstiness ? 0 : try database.integer(Self.archiveCountSQL, .text(candidate.fts)) ?? 0
            let estimate = score(paragraphs: Double(candidate.paragraphs) * scale, stories: Double(candidate.stories),
                                 of: sampleStories, archive: Double(archive))
            if estimate > 0 { ranked.append((candidate, archive, estimate)) }
        }
        ranked.sort { ($0.score, $1.candidate.fts) > ($1.score, $0.candidate.fts) }
        let best = ranked.prefix(request.limit * 2)
        let surfaces = counts.surfaces(of: Set(best.map(\.candidate.key)))
        var topics: [(topic: Topic, words: [String])] = []
        for (candidate, counted, _) in best {
            let uses = try database.statement(Self.periodUsesSQL).rows([.text(candidate.fts)] + bounds) {
                (story: $0.int(0), paragraphs: $0.int(2), article: ArticleSummary(
                    id: $0.int(1), title: $0.text(3), source: $0.optionalText(4), published: $0.optionalText(5),
                    url: $0.optionalText(6), origin: $0.optionalText(7)))
            }
            let paragraphs = uses.reduce(0) { $0 + $1.paragraphs }
            let storyCount = Set(uses.map(\.story)).count
            let archive = method == .burstiness ? paragraphs : counted
            let exact = score(paragraphs: Double(paragraphs), stories: Double(storyCount), of: Double(stories), archive: Double(archive))
            guard exact > 0 else { continue }
            let phrase = surfaces[candidate.key] ?? candidate.fts
            topics.append((Topic(phrase: phrase, stories: storyCount, paragraphs: paragraphs, archiveParagraphs: archive,
                                 score: exact, topArticle: uses.first?.article), phrase.split(separator: " ").map(String.init)))
        }
        topics.sort { ($0.topic.score, $1.topic.phrase) > ($1.topic.score, $0.topic.phrase) }
        let kept = Self.withoutSubsumed(topics).prefix(request.limit)
        return Topics(method: method, topics: Array(kept), stories: stories, undatedExcluded: undated)
    }

    /// Drops a phrase when a longer one in the list holds it in most of its paragraphs:
    /// "donald" under "donald trump", but not "security" under "security guarantees" when
    /// security is also written of otherwise.
    static func withoutSubsumed(_ topics: [(topic: Topic, words: [String])]) -> [Topic] {
        topics.filter { shorter in
            !topics.contains { longer in
                longer.words.count > shorter.words.count
                    && Double(longer.topic.paragraphs) >= subsumedShare * Double(shorter.topic.paragraphs)
                    && longer.words.containsRun(shorter.words)
            }
        }.map(\.topic)
    }

    // MARK: - Counting the sample

    struct SampleParagraph {
        let story: Int
        let text: String
    }

    struct Candidate {
        let key: Gram
        let fts: String
        let paragraphs: Int
        let stories: Int
    }

    /// One, two or three words (or stems) as ids; -1 where a shorter gram has none.
    struct Gram: Hashable {
        var a: Int32
        var b: Int32 = -1
        var c: Int32 = -1

        var count: Int { b < 0 ? 1 : c < 0 ? 2 : 3 }
        var ids: [Int32] { [a, b, c].filter { $0 >= 0 } }

        init(_ ids: ArraySlice<Int32>) {
            a = ids[ids.startIndex]
            if ids.count > 1 { b = ids[ids.startIndex + 1] }
            if ids.count > 2 { c = ids[ids.startIndex + 2] }
        }
    }

    /// The sample's words and stems as ids, and paragraph and story counts for every
    /// candidate gram of stems. Interned ids keep the counting to integer hashing.
    final class Counts {
        struct Tally {
            var paragraphs = 0
            var stories = 0
            var lastParagraph = -1
            var lastStory = -1
            /// The words of its first occurrence; any form of the same stems matches the same rows.
            var words: Gram
        }

        var words: [String] = []
        var wordIDs: [String: Int32] = [:]
        /// Each paragraph's clauses as word ids.
        var paragraphs: [[[Int32]]] = []
        var stems: [Int32] = []
        var content: [Bool] = []
        var tallies: [Gram: Tally] = [:]

        func intern(_ word: String) -> Int32 {
            if let id = wordIDs[word] { return id }
            let id = Int32(words.count)
            words.append(word)
            wordIDs[word] = id
            return id
        }

        /// Calls `body` with each candidate gram of `paragraph` as (stems, words).
        func forEachGram(in paragraph: Int, _ body: (Gram, Gram) -> Void) {
            var stemIDs: [Int32] = []
            for clause in paragraphs[paragraph] {
                stemIDs = clause.map { stems[Int($0)] }
                for start in clause.indices where content[Int(clause[start])] {
                    for end in start..<min(start + 3, clause.count) where content[Int(clause[end])] {
                        body(Gram(stemIDs[start...end]), Gram(clause[start...end]))
                    }
                }
            }
        }

        func add(_ key: Gram, words: Gram, paragraph: Int, story: Int) {
            var tally = tallies[key] ?? Tally(words: words)
            guard tally.lastParagraph != paragraph else { return }
            tally.lastParagraph = paragraph
            tally.paragraphs += 1
            if tally.lastStory != story {
                tally.lastStory = story
                tally.stories += 1
            }
            tallies[key] = tally
        }

        func text(_ gram: Gram) -> [String] { gram.ids.map { words[Int($0)] } }

        /// The most frequent candidates of each length used by at least `minimumStories`.
        func candidates(perLength limit: Int, minimumStories: Int) -> [Candidate] {
            var byLength: [Int: [(Gram, Tally)]] = [:]
            for (key, tally) in tallies where tally.stories >= minimumStories {
                byLength[key.count, default: []].append((key, tally))
            }
            return byLength.keys.sorted().flatMap { length in
                byLength[length]!
                    .map { (key: $0.0, tally: $0.1, text: text($0.1.words).joined(separator: " ")) }
                    .sorted { ($0.tally.paragraphs, $1.text) > ($1.tally.paragraphs, $0.text) }
                    .prefix(limit)
                    .map { Candidate(key: $0.key, fts: TopicsText.ftsExpression(text($0.tally.words)),
                                     paragraphs: $0.tally.paragraphs, stories: $0.tally.stories) }
            }
        }

        /// For each of `keys`, the form the sample most often wrote it in.
        func surfaces(of keys: Set<Gram>) -> [Gram: String] {
            var counts: [Gram: [Gram: Int]] = [:]
            for paragraph in paragraphs.indices {
                forEachGram(in: paragraph) { key, words in
                    if keys.contains(key) { counts[key, default: [:]][words, default: 0] += 1 }
                }
            }
            return counts.mapValues { forms in
                forms.map { (text($0.key).joined(separator: " "), $0.value) }
                    .max { ($0.1, $1.0) < ($1.1, $0.0) }!.0
            }
        }
    }

    private func count(_ sample: [SampleParagraph]) throws -> Counts {
        let counts = Counts()
        var storiesByText: [String: Set<Int>] = [:]
        for paragraph in sample {
            storiesByText[paragraph.text, default: []].insert(paragraph.story)
            counts.paragraphs.append(TopicsText.clauses(in: paragraph.text).map { $0.map(counts.intern) })
        }
        counts.stems = try stemIDs(of: counts.words)
        counts.content = counts.words.map(TopicsText.isContentWord)
        for (index, paragraph) in sample.enumerated()
        where storiesByText[paragraph.text, default: []].count < Self.boilerplateStories {
            counts.forEachGram(in: index) { key, words in
                counts.add(key, words: words, paragraph: index, story: paragraph.story)
            }
        }
        return counts
    }

    /// Each word's FTS5 stem as an id, as the archive's tokenizer makes them: the words go
    /// into a TEMP FTS5 table with the same tokenizer and come back out through an fts5vocab
    /// table. A word FTS5 splits ("trump's") gets the id of its stems together.
    private func stemIDs(of words: [String]) throws -> [Int32] {
        try database.execute(Self.createStemTablesSQL)
        defer { try? database.execute(Self.dropStemTablesSQL) }
        let insert = try database.statement(Self.insertWordSQL)
        // One transaction for all the words; a deferred one, which never locks the archive.
        try database.execute("BEGIN")
        do {
            for (index, word) in words.enumerated() { try insert.run(.integer(Int64(index)), .text(word)) }
            try database.execute("COMMIT")
        } catch {
            try? database.execute("ROLLBACK")
            throw error
        }
        var stems = Array(repeating: [String](), count: words.count)
        for (row, term) in try database.statement(Self.stemsSQL).rows([], { ($0.int(0), $0.text(1)) }) {
            stems[row].append(term)
        }
        var ids: [String: Int32] = [:]
        return stems.map { parts in
            let stem = parts.joined(separator: "_")
            if let id = ids[stem] { return id }
            let id = Int32(ids.count)
            ids[stem] = id
            return id
        }
    }

    // MARK: - SQL

    private static let period = """
        (?1 IS NULL OR a.published >= ?1) AND (?2 IS NULL OR a.published < ?2) AND (?3 IS NULL OR s.name = ?3)
        """

    static let selectionSQL = """
        SELECT count(*), count(DISTINCT a.story_id),
               (SELECT count(*) FROM article AS a JOIN paragraph AS p ON \(ParagraphID.SQLFragments.inArticle("p.id", article: "a.id"))
                LEFT JOIN source AS s ON s.id = a.source_id WHERE \(period))
        FROM article AS a LEFT JOIN source AS s ON s.id = a.source_id
        WHERE \(period)
        """

    static let undatedSQL = """
        SELECT count(*) FROM article AS a LEFT JOIN source AS s ON s.id = a.source_id
        WHERE a.published IS NULL AND (?1 IS NULL OR s.name = ?1)
        """

    static let allParagraphsSQL = "SELECT count(*) FROM paragraph"

    /// Every ?4th article of the period, grouped by story so that a story's paragraphs are together.
    static let sampleSQL = """
        SELECT a.story_id, p.text
        FROM article AS a JOIN paragraph AS p ON \(ParagraphID.SQLFragments.inArticle("p.id", article: "a.id"))
        LEFT JOIN source AS s ON s.id = a.source_id
        WHERE \(period) AND a.id % ?4 = 0
        ORDER BY a.story_id, a.id, p.id
        """

    static let archiveCountSQL = "SELECT count(*) FROM paragraph_fts WHERE paragraph_fts MATCH ?1"

    /// The period's articles that use a phrase, the one using it most first.
    static let periodUsesSQL = """
        SELECT a.story_id, a.id, count(*) AS uses, a.title, s.name, a.published, a.url,
               (SELECT origin FROM article_origin WHERE article_id = a.id ORDER BY id LIMIT 1)
        FROM paragraph_fts AS f
        JOIN article AS a ON a.id = \(ParagraphID.SQLFragments.article("f.rowid"))
        LEFT JOIN source AS s ON s.id = a.source_id
        WHERE paragraph_fts MATCH ?1 AND (?2 IS NULL OR a.published >= ?2) AND (?3 IS NULL OR a.published < ?3)
          AND (?4 IS NULL OR s.name = ?4)
        GROUP BY a.id
        ORDER BY uses DESC, min(f.rank), a.id
        """

    /// In memory: the words are a few hundred kilobytes, written once and read once.
    static let createStemTablesSQL = """
        PRAGMA temp_store = MEMORY;
        CREATE VIRTUAL TABLE IF NOT EXISTS temp.topic_word USING fts5(word, tokenize = 'porter unicode61 remove_diacritics 2');
        CREATE VIRTUAL TABLE IF NOT EXISTS temp.topic_stem USING fts5vocab(temp, topic_word, instance);
        """
    static let dropStemTablesSQL = "DROP TABLE IF EXISTS temp.topic_stem; DROP TABLE IF EXISTS temp.topic_word;"
    static let insertWordSQL = "INSERT INTO temp.topic_word (rowid, word) VALUES (?1, ?2)"
    static let stemsSQL = "SELECT doc, term FROM temp.topic_stem ORDER BY doc, offset"
}

extension Array where Element == String {
    /// Whether `run` occurs in this array as consecutive elements.
    fileprivate func containsRun(_ run: [String]) -> Bool {
        guard !run.isEmpty, run.count <= count else { return false }
        return (0...(count - run.count)).contains { Array(self[$0..<($0 + run.count)]) == run }
    }
}

extension ArchiveStore {
    /// What a period (or the archive) was about; see `TopicsQuery`.
    public func topics(_ request: TopicsRequest) throws -> Topics {
        try TopicsQuery(database: database).run(request)
    }
}
