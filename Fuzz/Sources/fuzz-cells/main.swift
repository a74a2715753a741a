import FuzzMain

// libFuzzer target "cells": the body is FuzzTargets' "cells" (replayed by the unit tests).
runFuzzTarget("cells")
