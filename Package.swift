// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "Lieciba",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "lieciba", targets: ["lieciba"]),
        .library(name: "ScanPipeline", targets: ["ScanPipeline"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    ],
    targets: [
        // C libraries, each wrapped once and imported by exactly one Swift module.
        .systemLibrary(
            name: "CLibArchive",
            pkgConfig: "libarchive",
            providers: [.apt(["libarchive-dev"])]
        ),
        .systemLibrary(
            name: "CZlib",
            pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"])]
        ),
        .systemLibrary(
            name: "CHunspell",
            pkgConfig: "hunspell",
            providers: [.apt(["libhunspell-dev"])]
        ),
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),

        // The data model every other module speaks: located text blocks and file records.
        .target(name: "DocumentModel"),
        // Text held as UTF-8: positions in UTF-16 units (the evidence map's), byte comparisons and searches.
        .target(name: "UTF8Text"),
        // Legacy code pages (CP1257, CP775, …) and decoding with a confidence verdict.
        .target(name: "TextEncodings"),
        // libarchive: in-memory streaming reads of archives, entry names decoded right.
        .target(name: "ArchiveIO", dependencies: ["CLibArchive", "CZlib", "TextEncodings"]),
        // libxml2: DOCX, ODT and HTML into located text blocks.
        .target(name: "DocumentText", dependencies: ["CLibXML2", "DocumentModel", "TextEncodings", "UTF8Text"]),
        // One submission: walk archives, folders and nested archives; classify and read every file.
        .target(name: "SubmissionReading", dependencies: ["ArchiveIO", "DocumentText", "DocumentModel", "TextEncodings", "UTF8Text"]),
        // Latvian text: tokens, lookup keys (with diacritic folding), sentences, negation cues.
        .target(name: "LatvianLanguage", dependencies: ["UTF8Text"]),
        // Latvian word forms from the Hunspell dictionary (hunspell-lv): paradigms of lexicon words.
        .target(name: "LatvianMorphology", dependencies: ["CHunspell", "LatvianLanguage"]),
        // Lexicon files (YAML), their compiled form tables, and matching them against text.
        .target(
            name: "Lexicon",
            dependencies: [
                "LatvianLanguage", "LatvianMorphology",
                .product(name: "Yams", package: "Yams"), .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        // From matches to decisions: passages, negation, thresholds, statuses with explanations.
        .target(name: "Decisions", dependencies: ["Lexicon", "LatvianLanguage", "LatvianMorphology", "DocumentModel", "UTF8Text"]),
        // The versioned JSON contract.
        .target(
            name: "Reports",
            dependencies: ["DocumentModel", "Decisions", "Lexicon", "UTF8Text", .product(name: "Crypto", package: "swift-crypto")]
        ),
        // SQLite (through GRDB): what a round's submissions gave, kept so a re-run redoes only what changed.
        .target(name: "Ledger", dependencies: [.product(name: "GRDB", package: "GRDB.swift")]),
        // A round: discover submissions, read them with bounded parallelism, stream the outputs.
        .target(
            name: "ScanPipeline",
            dependencies: [
                "SubmissionReading", "ArchiveIO", "Reports", "DocumentModel", "Decisions", "Lexicon", "Ledger",
                .product(name: "Logging", package: "swift-log"), .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        .executableTarget(
            name: "lieciba",
            dependencies: [
                "ScanPipeline", "Ledger", "SubmissionReading", "DocumentModel", "Reports", "Lexicon", "Decisions", "LatvianMorphology",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),

        .testTarget(name: "TextEncodingsTests", dependencies: ["TextEncodings", "TestSupport"]),
        .testTarget(name: "UTF8TextTests", dependencies: ["UTF8Text"]),
        .testTarget(name: "LatvianLanguageTests", dependencies: ["LatvianLanguage"]),
        .testTarget(
            name: "LexiconTests",
            dependencies: ["Lexicon", "LatvianLanguage", "LatvianMorphology"],
            exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "DecisionsTests",
            dependencies: ["Decisions", "Lexicon", "LatvianMorphology", "DocumentModel", "UTF8Text", "TestSupport"]
        ),
        .testTarget(
            name: "ArchiveIOTests",
            dependencies: ["ArchiveIO"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "DocumentTextTests",
            dependencies: ["DocumentText", "DocumentModel", "SubmissionReading"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(name: "ReportsTests", dependencies: ["Reports", "Decisions", "Lexicon", "LatvianMorphology", "DocumentModel", "SubmissionReading"]),
        .testTarget(name: "SubmissionReadingTests", dependencies: ["SubmissionReading", "DocumentModel", "ArchiveIO", "TextEncodings"]),
        .testTarget(name: "ScanPipelineTests", dependencies: ["ScanPipeline"]),
        // Shared by the test targets: the peer-material locator and a runner for the built tool.
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "PeerSuiteTests", dependencies: ["DocumentText", "DocumentModel", "SubmissionReading", "TestSupport"]),
        .testTarget(name: "EndToEndTests", dependencies: ["lieciba", "TestSupport", "Ledger"], exclude: ["PeerArchiveStatuses.tsv"]),
    ]
)

for target in package.targets where target.type != .system {
    target.swiftSettings = (target.swiftSettings ?? []) + [
        .swiftLanguageMode(.v6),
        .enableUpcomingFeature("ExistentialAny"),
        .enableUpcomingFeature("MemberImportVisibility"),
        .enableUpcomingFeature("InternalImportsByDefault"),
        .enableUpcomingFeature("NonisolatedNonsendingByDefault"),
    ]
}

// Benchmarks stay out of the default build and CI: scripts/bench-match.sh sets LIECIBA_BENCHMARKS=1.
if Context.environment["LIECIBA_BENCHMARKS"] == "1" {
    package.targets.append(
        .executableTarget(
            name: "MatchBench",
            dependencies: ["Lexicon", "LatvianLanguage"],
            path: "scripts/bench/MatchBench",
            swiftSettings: [.swiftLanguageMode(.v6)]
        )
    )
}

// Fuzzing stays out of the default build and CI: scripts/fuzz.sh sets LIECIBA_FUZZ=1 and builds
// with `-Xswiftc -sanitize=fuzzer,address` into .build-fuzz. Each target defines
// LLVMFuzzerTestOneInput and is compiled as a library (-parse-as-library) so that libFuzzer
// supplies main.
if Context.environment["LIECIBA_FUZZ"] == "1" {
    let fuzzTargets: [(name: String, dependencies: [Target.Dependency])] = [
        ("FuzzDOCXParts", ["DocumentText"]),
        ("FuzzODTParts", ["DocumentText"]),
        ("FuzzHTML", ["DocumentText"]),
        ("FuzzArchive", ["ArchiveIO"]),
        ("FuzzSubmission", ["SubmissionReading", "DocumentModel"]),
    ]
    // The driver hand-off and the "#part" framing the targets share.
    package.targets.append(.target(name: "FuzzSupport", path: "scripts/fuzz/FuzzSupport", swiftSettings: [.swiftLanguageMode(.v6)]))
    for (name, dependencies) in fuzzTargets {
        package.targets.append(
            .executableTarget(
                name: name,
                dependencies: dependencies + ["FuzzSupport"],
                path: "scripts/fuzz/\(name)",
                swiftSettings: [.swiftLanguageMode(.v6), .unsafeFlags(["-parse-as-library"])]
            )
        )
    }
}
