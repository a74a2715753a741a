import FuzzMain

// libFuzzer target "geopoint": the body is FuzzTargets' "geopoint" (replayed by the unit tests).
runFuzzTarget("geopoint")
