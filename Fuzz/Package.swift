// swift-tools-version:6.0
import PackageDescription

// libFuzzer targets for irve (see README.md). Built only by Fuzz/run.sh, with -sanitize=fuzzer and
// --sanitize=address: a plain `swift build` or `swift test` of the main package never sees them.
let targets = ["csv", "probe", "xlsx", "cells", "geopoint", "schema", "rules", "repairs"]

let package = Package(
    name: "irve-fuzz",
    dependencies: [.package(name: "irve", path: "..")],
    targets: [.target(name: "CFuzzDriver")] + targets.map { name in
        .executableTarget(name: "fuzz-\(name)", dependencies: [
            "CFuzzDriver", .product(name: "IRVEFuzzEntries", package: "irve"),
        ], path: "Sources/fuzz-\(name)")
    }
)
