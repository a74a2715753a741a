import CFuzzDriver
import Foundation
import IRVEFuzzEntries

// libFuzzer target "csv": the body is FuzzTargets' "csv" (replayed by the unit tests).
let target = FuzzTargets.named("csv")

@_cdecl("LLVMFuzzerTestOneInput")
func fuzzOne(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    target?(UnsafeRawBufferPointer(start: data, count: size))
    return 0
}

atexit { FuzzTargets.removeScratchFiles() }
exit(irve_fuzz_main(CommandLine.argc, CommandLine.unsafeArgv) { data, size in fuzzOne(data, size) })
