#include "irve_zlib.h"
#include <dlfcn.h>
#include <pthread.h>
#include <stdio.h>

/* Function pointers resolved once from libz.so.1 (see the header for why). */
static void *(*p_gzopen)(const char *, const char *);
static int (*p_gzread)(void *, void *, unsigned);
static int (*p_gzclose)(void *);
static const char *(*p_gzerror)(void *, int *);
static int (*p_gzbuffer)(void *, unsigned);

static pthread_once_t once = PTHREAD_ONCE_INIT;
static int loaded = 0;
static char load_error[256] = "";

#define RESOLVE(var, name)                                                     \
    do {                                                                       \
        *(void **)(&var) = dlsym(handle, name);                                \
        if (!var) {                                                            \
            snprintf(load_error, sizeof load_error, "symbole %s absent", name); \
            return;                                                            \
        }                                                                      \
    } while (0)

static void load(void) {
    const char *names[] = {"libz.so.1", "libz.so", "libz.1.dylib", "libz.dylib"};
    void *handle = NULL;
    for (size_t i = 0; i < sizeof names / sizeof names[0] && !handle; i++) handle = dlopen(names[i], RTLD_NOW | RTLD_LOCAL);
    if (!handle) {
        snprintf(load_error, sizeof load_error, "bibliothèque zlib introuvable (apt-get install zlib1g)");
        return;
    }
    RESOLVE(p_gzopen, "gzopen");
    RESOLVE(p_gzread, "gzread");
    RESOLVE(p_gzclose, "gzclose");
    RESOLVE(p_gzerror, "gzerror");
    RESOLVE(p_gzbuffer, "gzbuffer");
    loaded = 1;
}

int irve_zlib_available(void) { pthread_once(&once, load); return loaded; }
const char *irve_zlib_load_error(void) { pthread_once(&once, load); return load_error; }

irve_gzfile *irve_gzopen(const char *path) {
    if (!irve_zlib_available()) return NULL;
    return (irve_gzfile *)p_gzopen(path, "rb");
}
int irve_gzread(irve_gzfile *file, void *buffer, unsigned length) { return p_gzread(file, buffer, length); }
int irve_gzclose(irve_gzfile *file) { return p_gzclose(file); }
const char *irve_gzerror(irve_gzfile *file) { int code = 0; return p_gzerror(file, &code); }
int irve_gzerror_code(irve_gzfile *file) { int code = 0; p_gzerror(file, &code); return code; }
int irve_gzbuffer(irve_gzfile *file, unsigned size) { return p_gzbuffer(file, size); }
