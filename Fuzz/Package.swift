// swift-tools-version:5.4
// libFuzzer targets for the archive's parsers and readers: one executable per target, built
// with -sanitize=fuzzer by Scripts/fuzz. Kept out of the main package so that `swift build`
// and `swift test` there never need the fuzzer runtime. Tools version 5.4: later ones rename
// an executable's `main` (for testing it), and libFuzzer brings its own `main`.
import PackageDescription

let targets = ["FuzzSearchQuery", "FuzzDateParser", "FuzzQuoteExtractor", "FuzzHTMLReader", "FuzzFeedReader"]

let package = Package(
    name: "archive-fuzz",
    dependencies: [.package(name: "archive", path: "..")],
    targets: targets.map { name in
        .executableTarget(name: name, dependencies: [.product(name: "Archive", package: "archive")])
    }
)
