import FuzzMain

// libFuzzer target "rules": the body is FuzzTargets' "rules" (replayed by the unit tests).
runFuzzTarget("rules")
