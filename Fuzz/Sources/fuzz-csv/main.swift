import FuzzMain

// libFuzzer target "csv": the body is FuzzTargets' "csv" (replayed by the unit tests).
runFuzzTarget("csv")
