import FuzzMain

// libFuzzer target "probe": the body is FuzzTargets' "probe" (replayed by the unit tests).
runFuzzTarget("probe")
