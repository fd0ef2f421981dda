/// What an element's `class` and `id` say about it: words that mark article content and words
/// that mark navigation, comments, sharing and advertising. The lists are Readability's, which
/// were gathered over years of real pages.
enum ClassCues {
    static let unlikely = [
        "-ad-", "ai2html", "banner", "breadcrumbs", "combx", "comment", "community", "cover-wrap", "disqus", "extra",
        "footer", "gdpr", "header", "legends", "menu", "related", "remark", "replies", "rss", "shoutbox", "sidebar",
        "skyscraper", "social", "sponsor", "supplemental", "ad-break", "agegate", "pagination", "pager", "popup",
        "yom-remote",
    ]
    static let maybeCandidate = ["and", "article", "body", "column", "content", "main", "mathjax", "shadow"]
    static let positive = [
        "article", "body", "content", "entry", "hentry", "h-entry", "main", "page", "pagination", "post", "text", "blog",
        "story",
    ]
    static let negative = [
        "-ad-", "hidden", "banner", "combx", "comment", "com-", "contact", "footer", "gdpr", "masthead", "media", "meta",
        "outbrain", "promo", "related", "scroll", "share", "shoutbox", "sidebar", "skyscraper", "sponsor", "shopping",
        "tags", "widget",
    ]
    static let byline = ["byline", "author", "dateline", "writtenby", "p-author"]
    static let videoHosts = [
        "//www.youtube.com", "//youtube.com", "//www.youtube-nocookie.com", "//youtube-nocookie.com", "dailymotion.com",
        "player.vimeo.com", "v.qq.com", "bilibili.com", "//archive.org", "upload.wikimedia.org", "player.twitch.tv",
    ]

    static func isUnlikelyCandidate(_ matchString: String) -> Bool { containsAny(matchString, unlikely) }
    static func mayBeCandidate(_ matchString: String) -> Bool { containsAny(matchString, maybeCandidate) }
    static func isByline(_ matchString: String) -> Bool { containsAny(matchString, byline) }

    /// +25 for each of class and id that reads like content, -25 for each that reads like boilerplate.
    static func weight(className: String, id: String) -> Int {
        var weight = 0
        for name in [className, id] where !name.isEmpty {
            if isNegative(name) { weight -= 25 }
            if containsAny(name, positive) { weight += 25 }
        }
        return weight
    }

    static func isNegative(_ name: String) -> Bool {
        containsAny(name, negative) || name.lowercased().split(separator: " ").contains("hid")
    }

    /// `share` or `sharedaddy` as a word of the class or id (`social-share`, `share_bar`, not `shares`).
    static func isShareElement(_ matchString: String) -> Bool {
        matchString.lowercased()
            .split { !($0.isLetter || $0.isNumber) }
            .contains { $0 == "share" || $0 == "sharedaddy" }
    }

    static func isVideo(_ node: HTMLNode) -> Bool {
        ["src", "data-src", "href", "data"].contains { name in
            guard let value = node.attribute(name)?.lowercased() else { return false }
            return videoHosts.contains { value.contains($0) }
        }
    }

    private static let adLabels: Set<String> = ["ad", "advertising", "advertisement", "pub", "publicité", "werb", "werbung", "广告", "реклама", "anuncio"]
    private static let loadingLabels = ["loading", "正在加载", "загрузка", "chargement", "cargando"]

    /// A block whose whole text is "Advertisement" or "Loading…".
    static func isAdOrLoadingLabel(_ text: String) -> Bool {
        let folded = text.lowercased()
        if adLabels.contains(folded) { return true }
        return loadingLabels.contains { folded == $0 || folded == $0 + "…" || folded == $0 + "..." }
    }

    private static func containsAny(_ text: String, _ words: [String]) -> Bool {
        let folded = Array(text.utf8).map { (0x41...0x5A).contains($0) ? $0 + 32 : $0 }
        return words.contains { word in
            let needle = Array(word.utf8)
            guard folded.count >= needle.count else { return false }
            return (0...(folded.count - needle.count)).contains { start in
                folded[start] == needle[0] && folded[start..<(start + needle.count)].elementsEqual(needle)
            }
        }
    }
}
