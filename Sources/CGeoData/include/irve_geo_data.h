#ifndef IRVE_GEO_DATA_H
#define IRVE_GEO_DATA_H
/*
 * The geographic reference (Resources/geo/irve-geo-cog2026.bin, built by Scripts/build-geo.py)
 * embedded in the executable's read-only data: the loader maps it with the program, pages are
 * read only when touched, and nothing is parsed at start-up — `irve check` on a small file
 * stays fast, and a copied binary never loses its data.
 */
#include <stddef.h>
#include <stdint.h>

const uint8_t *irve_geo_data(void);
size_t irve_geo_size(void);
/* The SHA-256 the build script recorded, to detect a stale object file in tests. */
const char *irve_geo_sha256(void);

#endif
