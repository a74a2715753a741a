#include "irve_curl.h"
#include <dlfcn.h>
#include <pthread.h>
#include <stdio.h>

/* Function pointers resolved once from libcurl.so.4 (see the header for why). */
static int (*p_global_init)(long);
static const char *(*p_version)(void);
static void *(*p_easy_init)(void);
static void (*p_easy_cleanup)(void *);
static int (*p_easy_perform)(void *);
static const char *(*p_easy_strerror)(int);
static int (*p_easy_setopt)(void *, int, ...);
static int (*p_easy_getinfo)(void *, int, ...);
static void *(*p_slist_append)(void *, const char *);
static void (*p_slist_free_all)(void *);
static void *(*p_mime_init)(void *);
static void (*p_mime_free)(void *);
static void *(*p_mime_addpart)(void *);
static int (*p_mime_name)(void *, const char *);
static int (*p_mime_filename)(void *, const char *);
static int (*p_mime_type)(void *, const char *);
static int (*p_mime_data)(void *, const char *, size_t);
static int (*p_mime_filedata)(void *, const char *);

static pthread_once_t once = PTHREAD_ONCE_INIT;
static int loaded = 0;
static char load_error[256] = "";

#define RESOLVE(var, name)                                                     \
    do {                                                                       \
        *(void **)(&var) = dlsym(handle, name);                                \
        if (!var) {                                                            \
            snprintf(load_error, sizeof load_error, "symbole %s absent de libcurl", name); \
            return;                                                            \
        }                                                                      \
    } while (0)

static void load(void) {
    const char *names[] = {"libcurl.so.4", "libcurl-gnutls.so.4", "libcurl-nss.so.4", "libcurl.so", "libcurl.4.dylib", "libcurl.dylib"};
    void *handle = NULL;
    for (size_t i = 0; i < sizeof names / sizeof names[0] && !handle; i++) handle = dlopen(names[i], RTLD_NOW | RTLD_LOCAL);
    if (!handle) {
        snprintf(load_error, sizeof load_error, "bibliothèque libcurl introuvable (apt-get install libcurl4)");
        return;
    }
    RESOLVE(p_global_init, "curl_global_init");
    RESOLVE(p_version, "curl_version");
    RESOLVE(p_easy_init, "curl_easy_init");
    RESOLVE(p_easy_cleanup, "curl_easy_cleanup");
    RESOLVE(p_easy_perform, "curl_easy_perform");
    RESOLVE(p_easy_strerror, "curl_easy_strerror");
    RESOLVE(p_easy_setopt, "curl_easy_setopt");
    RESOLVE(p_easy_getinfo, "curl_easy_getinfo");
    RESOLVE(p_slist_append, "curl_slist_append");
    RESOLVE(p_slist_free_all, "curl_slist_free_all");
    RESOLVE(p_mime_init, "curl_mime_init");
    RESOLVE(p_mime_free, "curl_mime_free");
    RESOLVE(p_mime_addpart, "curl_mime_addpart");
    RESOLVE(p_mime_name, "curl_mime_name");
    RESOLVE(p_mime_filename, "curl_mime_filename");
    RESOLVE(p_mime_type, "curl_mime_type");
    RESOLVE(p_mime_data, "curl_mime_data");
    RESOLVE(p_mime_filedata, "curl_mime_filedata");
    /* CURL_GLOBAL_ALL (SSL | WIN32): not thread-safe in old libcurls, hence inside pthread_once. */
    if (p_global_init(3L) != 0) {
        snprintf(load_error, sizeof load_error, "curl_global_init a échoué");
        return;
    }
    loaded = 1;
}

int irve_curl_available(void) { pthread_once(&once, load); return loaded; }
const char *irve_curl_load_error(void) { pthread_once(&once, load); return load_error; }
const char *irve_curl_version(void) { return irve_curl_available() ? p_version() : ""; }

irve_curl *irve_curl_easy_init(void) { return irve_curl_available() ? (irve_curl *)p_easy_init() : NULL; }
void irve_curl_easy_cleanup(irve_curl *handle) { if (handle) p_easy_cleanup(handle); }
int irve_curl_easy_perform(irve_curl *handle) { return p_easy_perform(handle); }
const char *irve_curl_easy_strerror(int code) { return irve_curl_available() ? p_easy_strerror(code) : load_error; }

/* The variadic call is made here, with the argument type libcurl reads for that option kind. */
int irve_curl_setopt_long(irve_curl *handle, int option, long value) { return p_easy_setopt(handle, option, value); }
int irve_curl_setopt_string(irve_curl *handle, int option, const char *value) { return p_easy_setopt(handle, option, value); }
int irve_curl_setopt_pointer(irve_curl *handle, int option, void *value) { return p_easy_setopt(handle, option, value); }
int irve_curl_setopt_off_t(irve_curl *handle, int option, int64_t value) { return p_easy_setopt(handle, option, (long long)value); }
int irve_curl_setopt_callback(irve_curl *handle, int option, irve_curl_data_callback callback) { return p_easy_setopt(handle, option, callback); }
int irve_curl_setopt_slist(irve_curl *handle, int option, irve_curl_slist *list) { return p_easy_setopt(handle, option, (void *)list); }
int irve_curl_setopt_mime(irve_curl *handle, int option, irve_curl_mime *mime) { return p_easy_setopt(handle, option, (void *)mime); }

int irve_curl_getinfo_long(irve_curl *handle, int info, long *value) { return p_easy_getinfo(handle, info, value); }

irve_curl_slist *irve_curl_slist_append(irve_curl_slist *list, const char *string) {
    return (irve_curl_slist *)p_slist_append(list, string);
}
void irve_curl_slist_free_all(irve_curl_slist *list) { if (list) p_slist_free_all(list); }

irve_curl_mime *irve_curl_mime_init(irve_curl *handle) { return (irve_curl_mime *)p_mime_init(handle); }
void irve_curl_mime_free(irve_curl_mime *mime) { if (mime) p_mime_free(mime); }
irve_curl_mimepart *irve_curl_mime_addpart(irve_curl_mime *mime) { return (irve_curl_mimepart *)p_mime_addpart(mime); }
int irve_curl_mime_name(irve_curl_mimepart *part, const char *name) { return p_mime_name(part, name); }
int irve_curl_mime_filename(irve_curl_mimepart *part, const char *filename) { return p_mime_filename(part, filename); }
int irve_curl_mime_type(irve_curl_mimepart *part, const char *mimetype) { return p_mime_type(part, mimetype); }
int irve_curl_mime_data(irve_curl_mimepart *part, const char *data, size_t size) { return p_mime_data(part, data, size); }
int irve_curl_mime_filedata(irve_curl_mimepart *part, const char *path) { return p_mime_filedata(part, path); }
