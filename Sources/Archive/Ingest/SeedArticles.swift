import Foundation

/// The sample articles bundled with the archive, read by `archive ingest` with no argument.
///
/// They are compiled into the binary (see Package.swift), so ingest works from any folder.
public enum SeedArticles {
    public struct Seed: Sendable {
        public let name: String
        public let text: String
        public let published: PublishedDate?
        public let language: String?
        public var origin: String { "seeds/" + name }
    }

    public static var all: [Seed] {
        let facts = manifestFacts()
        return files.map { name, bytes in
            Seed(
                name: name, text: String(decoding: bytes, as: UTF8.self),
                published: facts[name]?.published, language: facts[name]?.language
            )
        }
    }

    /// The seed files by name, as compiled in.
    public static let files: [(name: String, bytes: [UInt8])] = [
        ("000_f211d7d9a8802f9f.txt", PackageResources.seed_000_f211d7d9a8802f9f_txt),
        ("003_6986685d80bdd0e5.txt", PackageResources.seed_003_6986685d80bdd0e5_txt),
    ]

    public static let manifest: [UInt8] = PackageResources.seeds_json

    /// Reads the drafts, exactly as `PlainTextReader` would read the files, with their known dates.
    public static func drafts() -> [ArticleDraft] {
        all.compactMap { seed in
            guard var draft = PlainTextReader(defaultPublished: seed.published).parse(seed.text, origin: seed.origin)
            else { return nil }
            draft.language = draft.language ?? seed.language
            return draft
        }
    }

    /// seeds.json: the dates and language established for each seed (the files themselves give neither).
    private static func manifestFacts() -> [String: (published: PublishedDate?, language: String?)] {
        guard let object = try? JSONSerialization.jsonObject(with: Data(manifest)) as? [String: Any],
              let articles = object["articles"] as? [String: [String: Any]] else { return [:] }
        var facts: [String: (PublishedDate?, String?)] = [:]
        for (name, fields) in articles {
            facts[name] = ((fields["published"] as? String).flatMap(DateParser.parse), fields["language"] as? String)
        }
        return facts
    }
}
