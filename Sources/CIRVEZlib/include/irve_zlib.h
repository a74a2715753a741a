#ifndef IRVE_ZLIB_H
#define IRVE_ZLIB_H
/*
 * zlib's gzip file API loaded at run time from the system's libz.so.1, which every Debian/Ubuntu
 * system has (dpkg depends on it): building irve then needs no zlib1g-dev, as for PCRE2.
 * Only the calls the BAN importer makes are declared here.
 */
#include <stddef.h>

typedef struct irve_gzfile irve_gzfile;

/* 1 when the library could be loaded; otherwise irve_zlib_load_error() says why. */
int irve_zlib_available(void);
const char *irve_zlib_load_error(void);

/* gzopen/gzread/gzclose/gzerror; gzread returns -1 on error, 0 at the end. */
irve_gzfile *irve_gzopen(const char *path);
int irve_gzread(irve_gzfile *file, void *buffer, unsigned length);
int irve_gzclose(irve_gzfile *file);
const char *irve_gzerror(irve_gzfile *file);
/* zlib's error number: Z_BUF_ERROR (-5) after the end means the file stops inside the gzip stream. */
int irve_gzerror_code(irve_gzfile *file);
/* Larger internal buffer: fewer system calls on files of hundreds of MB. */
int irve_gzbuffer(irve_gzfile *file, unsigned size);

#endif
