#ifndef IRVE_PCRE2_H
#define IRVE_PCRE2_H
/*
 * PCRE2 (8-bit) loaded at run time from the system's libpcre2-8.so.0, which every Debian/Ubuntu
 * system has (grep depends on it): building irve then needs no -dev package, so
 * `swift run irve check …` works on a fresh clone. Only the calls irve makes are declared here.
 */
#include <stddef.h>
#include <stdint.h>

#define IRVE_PCRE2_ANCHORED 0x80000000u
#define IRVE_PCRE2_NO_UTF_CHECK 0x40000000u
#define IRVE_PCRE2_CASELESS 0x00000008u
#define IRVE_PCRE2_UCP 0x00020000u
#define IRVE_PCRE2_UTF 0x00080000u
#define IRVE_PCRE2_JIT_COMPLETE 0x00000001u
#define IRVE_PCRE2_ERROR_NOMATCH (-1)
#define IRVE_PCRE2_ERROR_JIT_STACKLIMIT (-46)
#define IRVE_PCRE2_ERROR_MATCHLIMIT (-47)
#define IRVE_PCRE2_ERROR_DEPTHLIMIT (-53)

typedef struct irve_pcre2_code irve_pcre2_code;
typedef struct irve_pcre2_match_data irve_pcre2_match_data;
typedef struct irve_pcre2_match_context irve_pcre2_match_context;
typedef struct irve_pcre2_jit_stack irve_pcre2_jit_stack;

/* 1 when the library could be loaded; otherwise irve_pcre2_load_error() says why. */
int irve_pcre2_available(void);
const char *irve_pcre2_load_error(void);

irve_pcre2_code *irve_pcre2_compile(const uint8_t *pattern, size_t length, uint32_t options, int *errorcode, size_t *erroroffset);
int irve_pcre2_get_error_message(int errorcode, uint8_t *buffer, size_t bufflen);
int irve_pcre2_jit_compile(irve_pcre2_code *code, uint32_t options);
void irve_pcre2_code_free(irve_pcre2_code *code);
irve_pcre2_match_data *irve_pcre2_match_data_create_from_pattern(const irve_pcre2_code *code);
void irve_pcre2_match_data_free(irve_pcre2_match_data *data);
irve_pcre2_match_context *irve_pcre2_match_context_create(void);
void irve_pcre2_match_context_free(irve_pcre2_match_context *context);
int irve_pcre2_set_match_limit(irve_pcre2_match_context *context, uint32_t value);
int irve_pcre2_set_depth_limit(irve_pcre2_match_context *context, uint32_t value);
irve_pcre2_jit_stack *irve_pcre2_jit_stack_create(size_t startsize, size_t maxsize);
void irve_pcre2_jit_stack_assign(irve_pcre2_match_context *context, irve_pcre2_jit_stack *stack);
void irve_pcre2_jit_stack_free(irve_pcre2_jit_stack *stack);
int irve_pcre2_match(const irve_pcre2_code *code, const uint8_t *subject, size_t length, size_t startoffset,
                     uint32_t options, irve_pcre2_match_data *data, irve_pcre2_match_context *context);

#endif
