#ifndef IRVE_FUZZ_DRIVER_H
#define IRVE_FUZZ_DRIVER_H
#include <stddef.h>
#include <stdint.h>

/// Runs libFuzzer's driver (command line, corpus, mutations) on `callback`.
/// SwiftPM links every executable with its own `main`, so the targets call the driver themselves
/// instead of relying on the `main` that `-sanitize=fuzzer` brings.
int irve_fuzz_main(int argc, char **argv, int (*callback)(const uint8_t *data, size_t size));

#endif
