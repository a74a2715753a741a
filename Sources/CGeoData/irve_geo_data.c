#include "irve_geo_data.h"
#include "irve_geo_stamp.h"

/* IRVE_GEO_BIN (the absolute path of the data file) comes from Package.swift. The stamp header
 * changes with the data, so the build system recompiles this file when the data change. */
#ifndef IRVE_GEO_BIN
#error "IRVE_GEO_BIN must name Resources/geo/irve-geo-cog2026.bin"
#endif

__asm__(
    ".section .rodata.irve_geo,\"a\",@progbits\n"
    ".balign 16\n"
    ".globl irve_geo_blob_start\n"
    "irve_geo_blob_start:\n"
    ".incbin \"" IRVE_GEO_BIN "\"\n"
    ".globl irve_geo_blob_end\n"
    "irve_geo_blob_end:\n"
    ".previous\n");

extern const uint8_t irve_geo_blob_start[];
extern const uint8_t irve_geo_blob_end[];

const uint8_t *irve_geo_data(void) { return irve_geo_blob_start; }
size_t irve_geo_size(void) { return (size_t)(irve_geo_blob_end - irve_geo_blob_start); }
const char *irve_geo_sha256(void) { return IRVE_GEO_SHA256; }
