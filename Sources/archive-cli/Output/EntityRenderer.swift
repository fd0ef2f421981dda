import Archive

/// Prints entities: a ranking (`people`), a profile (`person`) or the candidates for an ambiguous name.
struct EntityRenderer {
    let format: OutputFormat

    func render(_ entities: [EntitySummary]) {
        let out = OutputBuffer()
        switch format {
        case .table:
            let width = entities.map(\.name.count).max() ?? 0
            for (index, entity) in entities.enumerated() {
                let name = entity.name + String(repeating: " ", count: width - entity.name.count)
                out.line("\(Self.pad(index + 1, 3)). \(name)  \(Self.pad(entity.articles, 5)) article\(entity.articles == 1 ? " " : "s")  \(Self.span(entity))")
            }
        case .json: out.line(JSONValue.array(entities.map(Self.json)).prettyPrinted)
        case .jsonl: for entity in entities { out.line(Self.json(entity).serialized) }
        case .csv:
            var csv = CSVWriter(header: ["rank", "id", "name", "kind", "articles", "mentions", "first_seen", "last_seen"])
            for (index, e) in entities.enumerated() {
                csv.row([String(index + 1), String(e.id), e.name, e.kind.rawValue, String(e.articles), String(e.mentions), e.firstSeen ?? "", e.lastSeen ?? ""])
            }
            out.line(csv.text, terminated: false)
        }
        out.flush()
    }

    func render(_ profile: EntityProfile) {
        let out = OutputBuffer()
        switch format {
        case .table:
            let style = TextStyle.forStandardOutput
            let entity = profile.entity
            out.line(style.bold(entity.name) + " (\(entity.kind.rawValue))")
            if profile.aliases.count > 1 { out.line("also written: " + profile.aliases.filter { $0 != entity.name }.joined(separator: ", ")) }
            if !profile.roles.isEmpty { out.line("roles: " + profile.roles.map { "\($0.role) (\($0.count))" }.joined(separator: ", ")) }
            out.line("\(entity.articles) article\(entity.articles == 1 ? "" : "s"), \(entity.mentions) mention\(entity.mentions == 1 ? "" : "s"), \(Self.span(entity))")
            if !profile.quotes.isEmpty {
                out.line("")
                out.line(style.bold("said (\(profile.quoteCount)):"))
                for quote in profile.quotes { out.line(QuoteRenderer.line(quote)) }
            }
            out.line("")
            out.line(style.bold("articles:"))
            for article in profile.articles { out.line("  \(article.title) — \(SearchRenderer.facts(article))") }
            if !profile.companions.isEmpty {
                out.line("")
                out.line(style.bold("mentioned with:"))
                out.line("  " + profile.companions.map { "\($0.name) (\($0.articles))" }.joined(separator: ", "))
            }
        case .json, .jsonl:
            let json = Self.json(profile)
            out.line(format == .json ? json.prettyPrinted : json.serialized)
        case .csv:
            var csv = CSVWriter(header: ["name", "kind", "alias_or_role", "value", "count"])
            let e = profile.entity
            for alias in profile.aliases { csv.row([e.name, e.kind.rawValue, "alias", alias, ""]) }
            for role in profile.roles { csv.row([e.name, e.kind.rawValue, "role", role.role, String(role.count)]) }
            for quote in profile.quotes { csv.row([e.name, e.kind.rawValue, "quote", quote.text, ""]) }
            for companion in profile.companions { csv.row([e.name, e.kind.rawValue, "mentioned_with", companion.name, String(companion.articles)]) }
            out.line(csv.text, terminated: false)
        }
        out.flush()
    }

    func renderCandidates(_ candidates: [EntitySummary], for name: String) {
        StandardStreams.writeError("archive: '\(name)' could be any of these; ask again with the full name:")
        for candidate in candidates {
            StandardStreams.writeError("  \(candidate.name) (\(candidate.kind.rawValue), \(candidate.articles) article\(candidate.articles == 1 ? "" : "s"))")
        }
    }

    static func span(_ entity: EntitySummary) -> String {
        switch (entity.firstSeen, entity.lastSeen) {
        case let (first?, last?) where first.prefix(10) == last.prefix(10): return String(first.prefix(10))
        case let (first?, last?): return "\(first.prefix(10)) – \(last.prefix(10))"
        default: return "undated"
        }
    }

    static func pad(_ number: Int, _ width: Int) -> String {
        let text = String(number)
        return String(repeating: " ", count: max(0, width - text.count)) + text
    }

    static func json(_ entity: EntitySummary) -> JSONValue {
        .object([
            ("id", .int(entity.id)),
            ("name", .string(entity.name)),
            ("kind", .string(entity.kind.rawValue)),
            ("articles", .int(entity.articles)),
            ("mentions", .int(entity.mentions)),
            ("first_seen", .optional(entity.firstSeen)),
            ("last_seen", .optional(entity.lastSeen)),
        ])
    }

    static func json(_ profile: EntityProfile) -> JSONValue {
        .object([
            ("entity", json(profile.entity)),
            ("aliases", .array(profile.aliases.map(JSONValue.string))),
            ("roles", .array(profile.roles.map { .object([("role", .string($0.role)), ("count", .int($0.count))]) })),
            ("quote_count", .int(profile.quoteCount)),
            ("quotes", .array(profile.quotes.map(QuoteRenderer.json))),
            ("articles", .array(profile.articles.map(ArticleJSON.summary))),
            ("mentioned_with", .array(profile.companions.map(json))),
        ])
    }
}
