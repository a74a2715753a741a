#include "irve_pcre2.h"
#include <dlfcn.h>
#include <pthread.h>
#include <stdio.h>

/* Function pointers resolved once from libpcre2-8.so.0 (see the header for why). */
static void *(*p_compile)(const uint8_t *, size_t, uint32_t, int *, size_t *, void *);
static int (*p_get_error_message)(int, uint8_t *, size_t);
static int (*p_jit_compile)(void *, uint32_t);
static void (*p_code_free)(void *);
static void *(*p_match_data_create_from_pattern)(const void *, void *);
static void (*p_match_data_free)(void *);
static void *(*p_match_context_create)(void *);
static void (*p_match_context_free)(void *);
static int (*p_set_match_limit)(void *, uint32_t);
static int (*p_set_depth_limit)(void *, uint32_t);
static void *(*p_jit_stack_create)(size_t, size_t, void *);
static void (*p_jit_stack_assign)(void *, void *, void *);
static void (*p_jit_stack_free)(void *);
static int (*p_match)(const void *, const uint8_t *, size_t, size_t, uint32_t, void *, void *);

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
    const char *names[] = {"libpcre2-8.so.0", "libpcre2-8.so", "libpcre2-8.0.dylib", "libpcre2-8.dylib"};
    void *handle = NULL;
    for (size_t i = 0; i < sizeof names / sizeof names[0] && !handle; i++) handle = dlopen(names[i], RTLD_NOW | RTLD_LOCAL);
    if (!handle) {
        snprintf(load_error, sizeof load_error, "bibliothèque libpcre2-8 introuvable (apt-get install libpcre2-8-0)");
        return;
    }
    RESOLVE(p_compile, "pcre2_compile_8");
    RESOLVE(p_get_error_message, "pcre2_get_error_message_8");
    RESOLVE(p_jit_compile, "pcre2_jit_compile_8");
    RESOLVE(p_code_free, "pcre2_code_free_8");
    RESOLVE(p_match_data_create_from_pattern, "pcre2_match_data_create_from_pattern_8");
    RESOLVE(p_match_data_free, "pcre2_match_data_free_8");
    RESOLVE(p_match_context_create, "pcre2_match_context_create_8");
    RESOLVE(p_match_context_free, "pcre2_match_context_free_8");
    RESOLVE(p_set_match_limit, "pcre2_set_match_limit_8");
    RESOLVE(p_set_depth_limit, "pcre2_set_depth_limit_8");
    RESOLVE(p_jit_stack_create, "pcre2_jit_stack_create_8");
    RESOLVE(p_jit_stack_assign, "pcre2_jit_stack_assign_8");
    RESOLVE(p_jit_stack_free, "pcre2_jit_stack_free_8");
    RESOLVE(p_match, "pcre2_match_8");
    loaded = 1;
}

int irve_pcre2_available(void) { pthread_once(&once, load); return loaded; }
const char *irve_pcre2_load_error(void) { pthread_once(&once, load); return load_error; }

irve_pcre2_code *irve_pcre2_compile(const uint8_t *pattern, size_t length, uint32_t options, int *errorcode, size_t *erroroffset) {
    if (!irve_pcre2_available()) { *errorcode = 0; *erroroffset = 0; return NULL; }
    return (irve_pcre2_code *)p_compile(pattern, length, options, errorcode, erroroffset, NULL);
}
int irve_pcre2_get_error_message(int errorcode, uint8_t *buffer, size_t bufflen) {
    return irve_pcre2_available() ? p_get_error_message(errorcode, buffer, bufflen) : -1;
}
int irve_pcre2_jit_compile(irve_pcre2_code *code, uint32_t options) { return p_jit_compile(code, options); }
void irve_pcre2_code_free(irve_pcre2_code *code) { p_code_free(code); }
irve_pcre2_match_data *irve_pcre2_match_data_create_from_pattern(const irve_pcre2_code *code) {
    return (irve_pcre2_match_data *)p_match_data_create_from_pattern(code, NULL);
}
void irve_pcre2_match_data_free(irve_pcre2_match_data *data) { p_match_data_free(data); }
irve_pcre2_match_context *irve_pcre2_match_context_create(void) { return (irve_pcre2_match_context *)p_match_context_create(NULL); }
void irve_pcre2_match_context_free(irve_pcre2_match_context *context) { p_match_context_free(context); }
int irve_pcre2_set_match_limit(irve_pcre2_match_context *context, uint32_t value) { return p_set_match_limit(context, value); }
int irve_pcre2_set_depth_limit(irve_pcre2_match_context *context, uint32_t value) { return p_set_depth_limit(context, value); }
irve_pcre2_jit_stack *irve_pcre2_jit_stack_create(size_t startsize, size_t maxsize) {
    return (irve_pcre2_jit_stack *)p_jit_stack_create(startsize, maxsize, NULL);
}
void irve_pcre2_jit_stack_assign(irve_pcre2_match_context *context, irve_pcre2_jit_stack *stack) { p_jit_stack_assign(context, NULL, stack); }
void irve_pcre2_jit_stack_free(irve_pcre2_jit_stack *stack) { p_jit_stack_free(stack); }
int irve_pcre2_match(const irve_pcre2_code *code, const uint8_t *subject, size_t length, size_t startoffset,
                     uint32_t options, irve_pcre2_match_data *data, irve_pcre2_match_context *context) {
    return p_match(code, subject, length, startoffset, options, data, context);
}
