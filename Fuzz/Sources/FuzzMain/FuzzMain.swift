import CFuzzDriver
import Foundation
import IRVEFuzzEntries

/// The body that libFuzzer calls, chosen once by `runFuzzTarget` (a C callback cannot capture it).
nonisolated(unsafe) private var selected: (@Sendable (UnsafeRawBufferPointer) -> Void)?

@_cdecl("LLVMFuzzerTestOneInput")
func fuzzOne(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    selected?(UnsafeRawBufferPointer(start: data, count: size))
    return 0
}

/// Runs libFuzzer's driver on the `FuzzTargets` body called `name`: the same body the unit tests replay.
public func runFuzzTarget(_ name: String) -> Never {
    selected = FuzzTargets.named(name)
    atexit { FuzzTargets.removeScratchFiles() }
    exit(irve_fuzz_main(CommandLine.argc, CommandLine.unsafeArgv) { data, size in fuzzOne(data, size) })
}
