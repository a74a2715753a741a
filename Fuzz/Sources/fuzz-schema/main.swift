import FuzzMain

// libFuzzer target "schema": the body is FuzzTargets' "schema" (replayed by the unit tests).
runFuzzTarget("schema")
