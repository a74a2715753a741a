// swift-tools-version:6.0
import PackageDescription

// The per-cell code relies on value types and unsafe buffers whose exclusive access is
// established by construction; dynamic exclusivity checks cost ~4 % there (measured with callgrind).
// The geographic reference is embedded with `.incbin`, which needs the file's absolute path.
let packageDirectory = String(#filePath.dropLast("/Package.swift".count))

let hotPath: [SwiftSetting] = [.unsafeFlags(["-enforce-exclusivity=unchecked"], .when(configuration: .release))]

// Pipeline, one module per stage: read → validate → (geo → repair → publish); the CLI is thin on top.
let package = Package(
    name: "irve",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "irve", targets: ["irve"]),
        .library(name: "IRVEValidate", targets: ["IRVEValidate"]),
        // The fuzz targets' bodies, for Fuzz/ (libFuzzer) and for the tests that replay its findings.
        .library(name: "IRVEFuzzEntries", targets: ["IRVEFuzzEntries"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.19"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.0.0"),
        // `irve serve` hosted for a territory: request log, Prometheus metrics, the connection's addresses.
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-metrics.git", from: "2.13.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus.git", from: "2.4.1"),
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.81.0"),
    ],
    targets: [
        // PCRE2 (JIT) for schema patterns: fast and with a bounded match time. Loaded at run time
        // from the system library, so a fresh clone builds without any -dev package.
        .target(name: "CPCRE2", linkerSettings: [.linkedLibrary("dl")]),
        // libcurl, loaded at run time the same way (no libcurl -dev package needed to build).
        .target(name: "CCurl", linkerSettings: [.linkedLibrary("dl")]),
        // libxlsxwriter, loaded at run time the same way (Debian: libxlsxwriter4; no -dev package to build).
        .target(name: "CXLSXWriter", linkerSettings: [.linkedLibrary("dl")]),
        // Workbooks irve writes: template, annotated report, repaired file (formats, drop-downs, comments).
        .target(
            name: "IRVEXLSXWrite",
            dependencies: [
                "CXLSXWriter", "IRVEFindings", "IRVEFiles", "IRVERead", "IRVESchema", "IRVEWording",
            ]),
        // Small HTTP client on libcurl: requests as values, typed errors in French, retries.
        .target(name: "IRVEHTTP", dependencies: ["CCurl", "IRVEFindings"]),
        // zlib (gzip streams of BAN files), loaded at run time like PCRE2: no zlib1g-dev needed to build.
        // Not named CZlib: the toolchain already has a module of that name.
        .target(name: "CIRVEZlib", linkerSettings: [.linkedLibrary("dl")]),
        // Address geocoding: BAN CSV → SQLite/FTS5 index, addok/BAN HTTP client with cache, address-far-from-point.
        .target(
            name: "IRVEGeocode",
            dependencies: [
                "IRVEFindings", "IRVEWording", "IRVEValues", "IRVEFiles", "IRVEGeo", "IRVEHTTP", "CIRVEZlib",
                .product(name: "GRDB", package: "GRDB.swift"),
            ]),
        // The one data type every stage speaks.
        .target(name: "IRVEFindings"),
        // What a cell's text means, read once for the checker's advice and the repairs: dates, booleans,
        // numbers, coordinates; and the folding of labels, commune names and addresses for comparison.
        .target(name: "IRVEValues", dependencies: ["IRVEFindings"], swiftSettings: hotPath),
        // The words: every finding's facts worded in French and in English.
        .target(name: "IRVEWording", dependencies: ["IRVEFindings"]),
        // Temporary files removed on SIGINT/SIGTERM (the handler is C: async-signal-safe).
        .target(name: "CIRVESignals"),
        // Inputs opened once (pipes and devices copied with a bound), outputs written atomically,
        // system errors in French and English.
        .target(name: "IRVEFiles", dependencies: ["IRVEFindings", "CIRVESignals"]),
        // Bytes → rows: encoding, dialect, CSV, XLSX, file-level probes.
        .target(
            name: "IRVERead",
            dependencies: [
                "IRVEFindings", "IRVEWording", "IRVEFiles", "IRVEXLSX",
            ], swiftSettings: hotPath),
        // The team's own encodings of the IRVE schemas (generated from Schemas/ by Scripts/embed-schemas.py),
        // with the catalogue that looks them up by name and version (SchemaCatalog).
        .target(name: "IRVESchemaCatalog", dependencies: ["IRVEFindings", "IRVESchema"]),
        // .xlsx first sheet → rows of strings (communes work in Excel).
        .target(
            name: "IRVEXLSX",
            dependencies: ["IRVEFindings", .product(name: "ZIPFoundation", package: "ZIPFoundation")]),
        // Generic Table Schema model, loader and byte-level value checkers.
        .target(
            name: "IRVESchema", dependencies: ["IRVEFindings", "IRVEValues", "IRVEFiles", "CPCRE2"],
            swiftSettings: hotPath),
        // Columns a header match left over, placed by portal label or by content; shared by check and fix.
        .target(name: "IRVEColumns", dependencies: ["IRVEFindings", "IRVEValues", "IRVESchema", "IRVERead"]),
        // IRVE business rules beyond the schema (per row, and across rows per station).
        .target(name: "IRVERules", dependencies: ["IRVEFindings", "IRVERead"], swiftSettings: hotPath),
        // Schema engine over a row stream + IRVE schema detection.
        .target(
            name: "IRVEValidate",
            dependencies: [
                "IRVEFindings", "IRVEValues", "IRVEWording", "IRVEFiles", "IRVERead", "IRVESchema", "IRVESchemaCatalog",
                "IRVERules", "IRVEGeo", "IRVEColumns",
            ],
            swiftSettings: hotPath),
        // Geography: the embedded COG 2026 reference (communes, contours, postcodes, old codes), point in
        // polygon, and the coherence checks between coordinates, INSEE code, postcode and address.
        .target(
            name: "CGeoData",
            cSettings: [
                .define("IRVE_GEO_BIN", to: "\"\(packageDirectory)/Resources/geo/irve-geo-cog2026.bin\"")
            ]),
        .target(
            name: "IRVEGeo", dependencies: ["IRVEFindings", "IRVEValues", "IRVERead", "CGeoData"],
            swiftSettings: hotPath),
        // Repairs: header mapping, cell repairs, version upgrade, change log, atomic writing.
        .target(
            name: "IRVERepair",
            dependencies: [
                "IRVEFindings", "IRVEWording", "IRVEFiles", "IRVERead", "IRVESchema", "IRVESchemaCatalog", "IRVERules",
                "IRVEGeo", "IRVEValues", "IRVEXLSXWrite", "IRVEColumns",
            ],
            swiftSettings: hotPath),
        // data.gouv.fr: descriptive metadata from the data, quality score, publication plan, udata client, local state.
        .target(
            name: "IRVEPublish",
            dependencies: [
                "IRVEFindings", "IRVEWording", "IRVEValues", "IRVEFiles", "IRVERead", "IRVEValidate", "IRVEHTTP",
                .product(name: "GRDB", package: "GRDB.swift"),
            ]),
        // A territory's stations taken out of a national consolidation file, as a 2.3.1 draft.
        .target(
            name: "IRVEExtract",
            dependencies: [
                "IRVEFindings", "IRVEFiles", "IRVERead", "IRVEGeo", "IRVEValues", "IRVESchema", "IRVESchemaCatalog",
                "IRVERepair",
            ]),
        // A checked file as a map: stations over their communes' contours (SVG, HTML page, GeoJSON).
        .target(
            name: "IRVEMap",
            dependencies: [
                "IRVEFindings", "IRVEWording", "IRVEValues", "IRVERead", "IRVEGeo", "IRVEValidate",
            ]),
        // Text and JSON renderings of a validation report.
        .target(
            name: "IRVEReport",
            dependencies: [
                "IRVEFindings", "IRVEWording", "IRVEValidate", "IRVERules", "IRVERead", "IRVEFiles", "IRVEXLSXWrite",
                "IRVERepair", "IRVEHTTP",
            ]),
        // `irve survey`: what is already published on data.gouv.fr, found through the udata API,
        // downloaded (cached), checked, and summed up for an animator (text, CSV, JSON, HTML page).
        .target(
            name: "IRVESurvey",
            dependencies: [
                "IRVEFindings", "IRVEWording", "IRVEFiles", "IRVEHTTP", "IRVEValidate", "IRVEReport", "IRVEPublish",
            ]),
        // Every fuzz target as a plain function of bytes (see Fuzz/README.md).
        .target(
            name: "IRVEFuzzEntries",
            dependencies: [
                "IRVEFindings", "IRVEWording", "IRVERead", "IRVEXLSX", "IRVESchema", "IRVESchemaCatalog",
                "IRVEValidate",
                "IRVEGeo", "IRVERepair",
            ]),
        // `irve serve`: the web assistant on 127.0.0.1; it renders what the library modules say.
        .target(
            name: "IRVEWeb",
            dependencies: [
                "IRVEFindings", "IRVEWording", "IRVEFiles", "IRVEValidate", "IRVEReport", "IRVERepair", "IRVEMap",
                "IRVEPublish",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "NIOCore", package: "swift-nio"),
            ]),
        .executableTarget(
            name: "irve",
            dependencies: [
                "IRVEValidate", "IRVEReport", "IRVERules", "IRVERepair", "IRVEGeocode", "IRVEPublish", "IRVEFiles",
                "IRVEWording", "IRVEXLSXWrite", "IRVEExtract", "IRVEMap", "IRVEHTTP", "IRVEWeb", "IRVESurvey",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            linkerSettings: [
                // The Swift runtime and Foundation linked into the executable (the toolchain's static
                // libraries, nothing to install): without 11 000 symbol relocations against 20 shared
                // libraries, every run starts 5 ms sooner (19 to 14 ms on a 50-row file).
                // lld, the toolchain's linker: gold warns about glibc's mktemp in Foundation's archive.
                .unsafeFlags(["-static-stdlib", "-use-ld=lld"], .when(platforms: [.linux])),
                // What Foundation's static library needs, which `-static-stdlib` does not name.
                .linkedLibrary("CoreFoundation", .when(platforms: [.linux])),
                .linkedLibrary("_FoundationCShims", .when(platforms: [.linux])),
                .linkedLibrary("_FoundationCollections", .when(platforms: [.linux])),
                .linkedLibrary("_FoundationICU", .when(platforms: [.linux])),
                .linkedLibrary("FoundationInternationalization", .when(platforms: [.linux])),
                .linkedLibrary("FoundationEssentials", .when(platforms: [.linux])),
            ]),
        // Helpers shared by the test targets (paths, skips when ../shared is absent).
        .target(name: "IRVETestSupport", dependencies: ["IRVEFindings"], path: "Tests/IRVETestSupport"),
        .testTarget(name: "IRVEWordingTests", dependencies: ["IRVETestSupport", "IRVEWording", "IRVEFindings"]),
        .testTarget(name: "SchemaFilesTests", dependencies: ["IRVESchemaCatalog"]),
        .testTarget(
            name: "IRVEXLSXTests",
            dependencies: ["IRVEXLSX", "IRVEWording", .product(name: "ZIPFoundation", package: "ZIPFoundation")]),
        .testTarget(
            name: "IRVEXLSXWriteTests",
            dependencies: [
                "IRVETestSupport", "IRVEXLSXWrite", "IRVERead", "IRVESchema", "IRVESchemaCatalog", "IRVEWording",
                "IRVEValidate", "IRVEReport", "IRVERepair", "IRVEFindings",
            ], exclude: ["inspect_workbook.py"]),
        .testTarget(
            name: "IRVEGeoTests",
            dependencies: ["IRVETestSupport", "IRVEGeo", "IRVEValidate", "IRVERules", "IRVERepair"]),
        .testTarget(name: "IRVEReadTests", dependencies: ["IRVERead", "IRVEWording"]),
        .testTarget(name: "IRVESchemaTests", dependencies: ["IRVESchema", "IRVEWording"]),
        .testTarget(
            name: "IRVERepairTests",
            dependencies: [
                "IRVETestSupport", "IRVERepair", "IRVERules", "IRVEValidate", "IRVEValues", "IRVESchemaCatalog",
            ]),
        .testTarget(name: "IRVEValuesTests", dependencies: ["IRVEValues"]),
        .testTarget(
            name: "IRVEColumnsTests",
            dependencies: ["IRVEColumns", "IRVESchemaCatalog", "IRVEFindings", "IRVEWording"]),
        .testTarget(name: "IRVERulesTests", dependencies: ["IRVETestSupport", "IRVERules", "IRVEValidate"]),
        .testTarget(
            name: "IRVEValidateTests",
            dependencies: [
                "IRVETestSupport", "IRVEValidate", "IRVEReport", "IRVEFiles", "IRVESchemaCatalog", "IRVEWording",
            ]),
        .testTarget(name: "IRVECLITests", dependencies: ["IRVEValidate", "IRVERules"], exclude: ["file_server.py"]),
        .testTarget(name: "IRVEFilesTests", dependencies: ["IRVEFiles", "IRVEWording"]),
        .testTarget(
            name: "IRVEHTTPTests", dependencies: ["IRVEHTTP", "IRVEWording"], exclude: ["http_test_server.py"]),
        .testTarget(
            name: "IRVEExtractTests",
            dependencies: ["IRVETestSupport", "IRVEExtract", "IRVEFindings", "IRVEWording", "IRVERead"]),
        .testTarget(
            name: "IRVEMapTests",
            dependencies: ["IRVETestSupport", "IRVEMap", "IRVEValidate", "IRVEFindings", "IRVEGeo"]),
        .testTarget(name: "IRVEFuzzRegressionTests", dependencies: ["IRVEFuzzEntries"]),
        .testTarget(
            name: "IRVEPublishTests",
            dependencies: ["IRVETestSupport", "IRVEFindings", "IRVEPublish", "IRVEHTTP", "IRVEWording"]),
        .testTarget(
            name: "IRVESurveyTests",
            dependencies: ["IRVETestSupport", "IRVESurvey", "IRVEFindings", "IRVEWording", "IRVEPublish"]),
        .testTarget(
            name: "IRVEWebTests",
            dependencies: [
                "IRVETestSupport", "IRVEWeb", "IRVEValidate", "IRVEReport", "IRVEPublish", "IRVEHTTP",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ]),
        // The web assistant in headless Chromium (Selenium, Tests/Browser): skipped without .venv-browser.
        .testTarget(name: "IRVEWebE2ETests", dependencies: ["IRVETestSupport", "IRVEHTTP"]),
        .testTarget(
            name: "IRVEGeocodeTests",
            dependencies: [
                "IRVETestSupport", "IRVEGeocode", "IRVEGeo", "IRVEFindings", "IRVEWording", "IRVEValues",
            ]),
    ]
)
