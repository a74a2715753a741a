#ifndef IRVE_XLSXWRITER_H
#define IRVE_XLSXWRITER_H
/*
 * libxlsxwriter loaded at run time from the system's libxlsxwriter.so.4 (Debian: libxlsxwriter4),
 * like PCRE2, libcurl and zlib: building irve needs no -dev package, and irve runs without the
 * library until a command writes a workbook. Only the calls irve makes are declared, and the
 * library's structures stay in the .c file: Swift sees opaque handles and plain arguments.
 */
#include <stdint.h>

typedef struct irve_xlsx_workbook irve_xlsx_workbook;
typedef struct irve_xlsx_sheet irve_xlsx_sheet;
typedef struct irve_xlsx_format irve_xlsx_format;

/* 1 when the library could be loaded; otherwise irve_xlsx_load_error() says why (in French). */
int irve_xlsx_available(void);
const char *irve_xlsx_load_error(void);

/* constant_memory: rows are flushed to a temporary file as soon as a later row is written, so a
 * million-row sheet does not stay in memory (rows must then be written in order). */
irve_xlsx_workbook *irve_xlsx_workbook_new(const char *path, int constant_memory);
/* Writes the file and frees the workbook (also on error): returns libxlsxwriter's error number. */
int irve_xlsx_workbook_close(irve_xlsx_workbook *workbook);
const char *irve_xlsx_strerror(int error);

/* A workbook-level defined name, e.g. ("'Données'!IRVE_DATA", "='Données'!$A$1"). */
int irve_xlsx_define_name(irve_xlsx_workbook *workbook, const char *name, const char *formula);

irve_xlsx_sheet *irve_xlsx_add_sheet(irve_xlsx_workbook *workbook, const char *name);
irve_xlsx_format *irve_xlsx_add_format(irve_xlsx_workbook *workbook);

void irve_xlsx_format_bold(irve_xlsx_format *format);
void irve_xlsx_format_number(irve_xlsx_format *format, const char *number_format);
/* A solid fill of colour 0xRRGGBB. */
void irve_xlsx_format_fill(irve_xlsx_format *format, uint32_t rgb);
void irve_xlsx_format_wrap(irve_xlsx_format *format);
void irve_xlsx_format_top(irve_xlsx_format *format);

int irve_xlsx_write_string(irve_xlsx_sheet *sheet, uint32_t row, uint16_t col, const char *text,
                           irve_xlsx_format *format);
int irve_xlsx_write_number(irve_xlsx_sheet *sheet, uint32_t row, uint16_t col, double value,
                           irve_xlsx_format *format);
int irve_xlsx_write_blank(irve_xlsx_sheet *sheet, uint32_t row, uint16_t col, irve_xlsx_format *format);
int irve_xlsx_set_column(irve_xlsx_sheet *sheet, uint16_t first, uint16_t last, double width,
                         irve_xlsx_format *format);
int irve_xlsx_set_row(irve_xlsx_sheet *sheet, uint32_t row, double height, irve_xlsx_format *format);
void irve_xlsx_freeze(irve_xlsx_sheet *sheet, uint32_t row, uint16_t col);

/* A data validation over a range: a drop-down of `count` values when values is not NULL, otherwise
 * any value; the input message (title, text) when not NULL. */
int irve_xlsx_validation(irve_xlsx_sheet *sheet, uint32_t first_row, uint16_t first_col, uint32_t last_row,
                         uint16_t last_col, const char *const *values, int count, const char *title,
                         const char *message);
/* A cell comment (note) of `width` × `height` pixels. */
int irve_xlsx_comment(irve_xlsx_sheet *sheet, uint32_t row, uint16_t col, const char *text, const char *author,
                      uint16_t width, uint16_t height);

#endif
