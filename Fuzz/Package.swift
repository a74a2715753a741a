// swift-tools-version:6.0
import PackageDescription

// libFuzzer targets for irve (see README.md). Built only by Fuzz/run.sh, with -sanitize=fuzzer and
// --sanitize=address: a plain `swift build` or `swift test` of the main package never sees them.
let targets = ["csv", "probe", "xlsx", "cells", "geopoint", "schema", "rules", "repairs"]

let package = Package(
    name: "irve-fuzz",
    dependencies: [.package(name: "irve", path: "..")],
    targets: [
        .target(name: "CFuzzDriver"),
        // The one entry point every target shares: libFuzzer's driver on a FuzzTargets body.
        .target(name: "FuzzMain", dependencies: [
            "CFuzzDriver", .product(name: "IRVEFuzzEntries", package: "irve"),
        ]),
    ] + targets.map { name in
        .executableTarget(name: "fuzz-\(name)", dependencies: ["FuzzMain"], path: "Sources/fuzz-\(name)")
    }
)
