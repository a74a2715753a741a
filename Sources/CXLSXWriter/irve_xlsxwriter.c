#include "irve_xlsxwriter.h"
#include <dlfcn.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The few structures irve fills, as libxlsxwriter 1.1 declares them (worksheet.h, workbook.h,
 * common.h): their layout has been stable since 1.0 (soname 4). */
typedef struct {
    int year, month, day, hour, min;
    double sec;
} lxw_datetime;

typedef struct {
    uint8_t constant_memory;
    char *tmpdir;
    uint8_t use_zip64;
} lxw_workbook_options;

typedef struct {
    uint8_t validate, criteria, ignore_blank, show_input, show_error, error_type, dropdown;
    double value_number;
    char *value_formula;
    char **value_list;
    lxw_datetime value_datetime;
    double minimum_number;
    char *minimum_formula;
    lxw_datetime minimum_datetime;
    double maximum_number;
    char *maximum_formula;
    lxw_datetime maximum_datetime;
    char *input_title, *input_message, *error_title, *error_message;
} lxw_data_validation;

typedef struct {
    uint8_t visible;
    char *author;
    uint16_t width, height;
    double x_scale, y_scale;
    uint32_t color;
    char *font_name;
    double font_size;
    uint8_t font_family;
    uint32_t start_row;
    uint16_t start_col;
    int32_t x_offset, y_offset;
} lxw_comment_options;

enum { LXW_VALIDATION_ON = 2, LXW_VALIDATION_OFF = 1 };
enum { LXW_VALIDATION_TYPE_LIST = 5, LXW_VALIDATION_TYPE_ANY = 16 };
enum { LXW_PATTERN_SOLID = 1, LXW_ALIGN_VERTICAL_TOP = 8 };

static void *(*p_workbook_new_opt)(const char *, lxw_workbook_options *);
static void *(*p_add_worksheet)(void *, const char *);
static void *(*p_add_format)(void *);
static int (*p_workbook_close)(void *);
static char *(*p_strerror)(int);
static int (*p_define_name)(void *, const char *, const char *);
static void (*p_set_bold)(void *);
static void (*p_set_num_format)(void *, const char *);
static void (*p_set_pattern)(void *, uint8_t);
static void (*p_set_bg_color)(void *, uint32_t);
static void (*p_set_text_wrap)(void *);
static void (*p_set_align)(void *, uint8_t);
static int (*p_write_string)(void *, uint32_t, uint16_t, const char *, void *);
static int (*p_write_number)(void *, uint32_t, uint16_t, double, void *);
static int (*p_write_blank)(void *, uint32_t, uint16_t, void *);
static int (*p_set_column)(void *, uint16_t, uint16_t, double, void *);
static int (*p_set_row)(void *, uint32_t, double, void *);
static void (*p_freeze_panes)(void *, uint32_t, uint16_t);
static int (*p_validation_range)(void *, uint32_t, uint16_t, uint32_t, uint16_t, lxw_data_validation *);
static int (*p_write_comment_opt)(void *, uint32_t, uint16_t, const char *, lxw_comment_options *);

static pthread_once_t once = PTHREAD_ONCE_INIT;
static int loaded = 0;
static char load_error[256] = "";

#define RESOLVE(var, name)                                                     \
    do {                                                                       \
        *(void **)(&var) = dlsym(handle, name);                                \
        if (!var) {                                                            \
            snprintf(load_error, sizeof load_error, "symbole %s absent de libxlsxwriter", name); \
            return;                                                            \
        }                                                                      \
    } while (0)

static void load(void) {
    const char *names[] = {"libxlsxwriter.so.4", "libxlsxwriter.so", "libxlsxwriter.dylib"};
    void *handle = NULL;
    for (size_t i = 0; i < sizeof names / sizeof names[0] && !handle; i++) handle = dlopen(names[i], RTLD_NOW | RTLD_LOCAL);
    if (!handle) {
        snprintf(load_error, sizeof load_error, "libxlsxwriter.so.4");
        return;
    }
    RESOLVE(p_workbook_new_opt, "workbook_new_opt");
    RESOLVE(p_add_worksheet, "workbook_add_worksheet");
    RESOLVE(p_add_format, "workbook_add_format");
    RESOLVE(p_workbook_close, "workbook_close");
    RESOLVE(p_strerror, "lxw_strerror");
    RESOLVE(p_define_name, "workbook_define_name");
    RESOLVE(p_set_bold, "format_set_bold");
    RESOLVE(p_set_num_format, "format_set_num_format");
    RESOLVE(p_set_pattern, "format_set_pattern");
    RESOLVE(p_set_bg_color, "format_set_bg_color");
    RESOLVE(p_set_text_wrap, "format_set_text_wrap");
    RESOLVE(p_set_align, "format_set_align");
    RESOLVE(p_write_string, "worksheet_write_string");
    RESOLVE(p_write_number, "worksheet_write_number");
    RESOLVE(p_write_blank, "worksheet_write_blank");
    RESOLVE(p_set_column, "worksheet_set_column");
    RESOLVE(p_set_row, "worksheet_set_row");
    RESOLVE(p_freeze_panes, "worksheet_freeze_panes");
    RESOLVE(p_validation_range, "worksheet_data_validation_range");
    RESOLVE(p_write_comment_opt, "worksheet_write_comment_opt");
    loaded = 1;
}

int irve_xlsx_available(void) { pthread_once(&once, load); return loaded; }
const char *irve_xlsx_load_error(void) { pthread_once(&once, load); return load_error; }

irve_xlsx_workbook *irve_xlsx_workbook_new(const char *path, int constant_memory) {
    if (!irve_xlsx_available()) return NULL;
    lxw_workbook_options options = {.constant_memory = constant_memory ? 1 : 0, .tmpdir = NULL, .use_zip64 = 1};
    return (irve_xlsx_workbook *)p_workbook_new_opt(path, &options);
}
int irve_xlsx_workbook_close(irve_xlsx_workbook *w) { return p_workbook_close(w); }
const char *irve_xlsx_strerror(int error) { return irve_xlsx_available() ? p_strerror(error) : load_error; }

int irve_xlsx_define_name(irve_xlsx_workbook *w, const char *name, const char *formula) {
    return p_define_name(w, name, formula);
}

irve_xlsx_sheet *irve_xlsx_add_sheet(irve_xlsx_workbook *w, const char *name) {
    return (irve_xlsx_sheet *)p_add_worksheet(w, name);
}
irve_xlsx_format *irve_xlsx_add_format(irve_xlsx_workbook *w) { return (irve_xlsx_format *)p_add_format(w); }

void irve_xlsx_format_bold(irve_xlsx_format *f) { p_set_bold(f); }
void irve_xlsx_format_number(irve_xlsx_format *f, const char *n) { p_set_num_format(f, n); }
void irve_xlsx_format_fill(irve_xlsx_format *f, uint32_t rgb) {
    p_set_pattern(f, LXW_PATTERN_SOLID);
    p_set_bg_color(f, rgb);
}
void irve_xlsx_format_wrap(irve_xlsx_format *f) { p_set_text_wrap(f); }
void irve_xlsx_format_top(irve_xlsx_format *f) { p_set_align(f, LXW_ALIGN_VERTICAL_TOP); }

int irve_xlsx_write_string(irve_xlsx_sheet *s, uint32_t row, uint16_t col, const char *text, irve_xlsx_format *f) {
    return p_write_string(s, row, col, text, f);
}
int irve_xlsx_write_number(irve_xlsx_sheet *s, uint32_t row, uint16_t col, double value, irve_xlsx_format *f) {
    return p_write_number(s, row, col, value, f);
}
int irve_xlsx_write_blank(irve_xlsx_sheet *s, uint32_t row, uint16_t col, irve_xlsx_format *f) {
    return p_write_blank(s, row, col, f);
}
int irve_xlsx_set_column(irve_xlsx_sheet *s, uint16_t first, uint16_t last, double width, irve_xlsx_format *f) {
    return p_set_column(s, first, last, width, f);
}
int irve_xlsx_set_row(irve_xlsx_sheet *s, uint32_t row, double height, irve_xlsx_format *f) {
    return p_set_row(s, row, height, f);
}
void irve_xlsx_freeze(irve_xlsx_sheet *s, uint32_t row, uint16_t col) { p_freeze_panes(s, row, col); }

int irve_xlsx_validation(irve_xlsx_sheet *s, uint32_t first_row, uint16_t first_col, uint32_t last_row,
                         uint16_t last_col, const char *const *values, int count, const char *title,
                         const char *message) {
    lxw_data_validation v;
    memset(&v, 0, sizeof v);
    /* value_list is NULL-terminated: copied so the caller's array needs no terminator. */
    char **list = NULL;
    if (values) {
        list = calloc((size_t)count + 1, sizeof *list);
        if (!list) return 1; /* LXW_ERROR_MEMORY_MALLOC_FAILED */
        for (int i = 0; i < count; i++) list[i] = (char *)values[i];
        v.validate = LXW_VALIDATION_TYPE_LIST;
        v.value_list = list;
    } else {
        v.validate = LXW_VALIDATION_TYPE_ANY;
    }
    v.input_title = (char *)title;
    v.input_message = (char *)message;
    v.show_input = message ? LXW_VALIDATION_ON : LXW_VALIDATION_OFF;
    int error = p_validation_range(s, first_row, first_col, last_row, last_col, &v);
    free(list);
    return error;
}

int irve_xlsx_comment(irve_xlsx_sheet *s, uint32_t row, uint16_t col, const char *text, const char *author,
                      uint16_t width, uint16_t height) {
    lxw_comment_options o;
    memset(&o, 0, sizeof o);
    o.author = (char *)author;
    o.width = width;
    o.height = height;
    return p_write_comment_opt(s, row, col, text, &o);
}
