import FuzzMain

// libFuzzer target "repairs": the body is FuzzTargets' "repairs" (replayed by the unit tests).
runFuzzTarget("repairs")
