// swift-tools-version:6.0
import PackageDescription

/// A search is a short-lived process: linked against the shared Swift runtime and Foundation,
/// the dynamic loader spends ~9 ms on relocations before `main`; linked statically, the whole
/// start takes ~4 ms. Release builds link statically (as `--static-swift-stdlib` does: the
/// modules must be compiled for it too, so that they name the static libraries they need).
let staticStandardLibrary: [SwiftSetting] = [.unsafeFlags(["-static-stdlib"], .when(configuration: .release))]

/// The executable is linked at a fixed address (not position-independent; with the toolchain's
/// lld): as a PIE it carries 77,000 relative relocations, which the loader applies on every
/// start, writing ~190 pages of the binary (689 → 499 page faults for `archive help`).
let releaseLinking: [LinkerSetting] = [
    .unsafeFlags(["-static-stdlib", "-use-ld=lld", "-Xlinker", "-no-pie"], .when(configuration: .release)),
]

let package = Package(
    name: "archive",
    products: [
        .executable(name: "archive", targets: ["archive-cli"]),
        .library(name: "Archive", targets: ["Archive"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CSQLite",
            path: "Sources/CSQLite",
            pkgConfig: "sqlite3",
            providers: [.apt(["libsqlite3-dev"])]
        ),
        .systemLibrary(
            name: "CLibXML2",
            path: "Sources/CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        .systemLibrary(
            name: "CZlib",
            path: "Sources/CZlib",
            pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"])]
        ),
        .target(
            name: "Archive",
            dependencies: ["CSQLite", "CLibXML2", "CZlib"],
            resources: [
                // Copies of /schema.sql and /seeds (named seed_* so the generated names are valid identifiers): the binary carries them so that it works from
                // any folder; EmbeddedResourceTests fail when a copy drifts from its original.
                .embedInCode("Resources/schema.sql"),
                .embedInCode("Resources/seeds/seed_000_f211d7d9a8802f9f.txt"),
                .embedInCode("Resources/seeds/seed_003_6986685d80bdd0e5.txt"),
                .embedInCode("Resources/seeds/seeds.json"),
            ],
            swiftSettings: staticStandardLibrary
        ),
        .executableTarget(
            name: "archive-cli",
            dependencies: [
                "Archive",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: staticStandardLibrary,
            linkerSettings: releaseLinking
        ),
        .testTarget(
            name: "ArchiveTests",
            dependencies: ["Archive", "archive-cli"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
