import FuzzMain

// libFuzzer target "xlsx": the body is FuzzTargets' "xlsx" (replayed by the unit tests).
runFuzzTarget("xlsx")
