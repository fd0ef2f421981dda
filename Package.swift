// swift-tools-version:6.0
import PackageDescription

/// A search is a short-lived process: linked against the shared Swift runtime and Foundation,
/// the dynamic loader spends ~9 ms on relocations before `main`; linked statically, the whole
/// start takes ~4 ms. Release builds link statically (as `--static-swift-stdlib` does: the
/// modules must be compiled for it too, so that they name the static libraries they need).
let staticStandardLibrary: [SwiftSetting] = [.unsafeFlags(["-static-stdlib"], .when(configuration: .release))]

/// The release executable is static: no dynamic loader at all. With the C libraries shared, a
/// search still loaded eleven of them before `main` (SQLite, libxml2 and what libxml2 brings:
/// ICU, libstdc++, liblzma), binding 3,800 symbols and applying 11,000 relocations — a third
/// of a rare word's search (`archive search zzyzx`: 8.7 → 4.8 ms of CPU, 588 → 357 page
/// faults; perf stat, 20 runs). A static libxml2 needs its own dependencies named (as
/// `pkg-config --static --libs libxml-2.0` lists them; liblzma-dev provides liblzma.a), and
/// it is linked at a fixed address with the toolchain's lld (not position-independent: as a
/// PIE it carried 77,000 relocations to apply on every start). Debug builds, which the tests
/// use, link as usual.
let releaseLinking: [LinkerSetting] = [
    .unsafeFlags(
        ["-static-executable", "-use-ld=lld", "-Xlinker", "-no-pie", "-licuuc", "-licudata", "-llzma", "-lstdc++", "-lm"],
        .when(configuration: .release)),
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
