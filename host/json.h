/*
 * json.h - a small streaming JSON writer over stdio.
 *
 * Strings are written as given (the input is clean UTF-8) with the escapes
 * RFC 8259 requires: quote, backslash and the control characters. Commas
 * between members and elements are placed by the writer.
 */
#ifndef CABLE_JSON_H
#define CABLE_JSON_H

#include <stddef.h>
#include <stdio.h>

typedef struct {
    FILE *out;
    int depth;
    unsigned char need_comma[64]; /* per open container */
} json_w;

void json_init(json_w *w, FILE *out);
void json_object(json_w *w);
void json_object_end(json_w *w);
void json_array(json_w *w);
void json_array_end(json_w *w);
void json_key(json_w *w, const char *key);
void json_string(json_w *w, const char *s, size_t n);
void json_int(json_w *w, long long v);
void json_null(json_w *w);

#endif
