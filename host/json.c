/* json.c - see json.h */
#include "json.h"

#include <string.h>

void json_init(json_w *w, FILE *out)
{
    w->out = out;
    w->depth = 0;
    w->need_comma[0] = 0;
}

/* A value is about to be written: a comma if it is not the first. */
static void before_value(json_w *w)
{
    if (w->depth > 0 && w->depth < 64) {
        if (w->need_comma[w->depth])
            putc(',', w->out);
        w->need_comma[w->depth] = 1;
    }
}

static void open_container(json_w *w, int c)
{
    before_value(w);
    putc(c, w->out);
    w->depth++;
    if (w->depth < 64)
        w->need_comma[w->depth] = 0;
}

static void close_container(json_w *w, int c)
{
    putc(c, w->out);
    if (w->depth > 0)
        w->depth--;
}

void json_object(json_w *w) { open_container(w, '{'); }
void json_object_end(json_w *w) { close_container(w, '}'); }
void json_array(json_w *w) { open_container(w, '['); }
void json_array_end(json_w *w) { close_container(w, ']'); }

static void write_string(FILE *out, const char *s, size_t n)
{
    static const char hex[] = "0123456789abcdef";
    putc('"', out);
    size_t run = 0; /* bytes that need no escape, written in one go */
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        fwrite(s + run, 1, i - run, out);
        run = i + 1;
        putc('\\', out);
        switch (c) {
        case '"': putc('"', out); break;
        case '\\': putc('\\', out); break;
        case '\n': putc('n', out); break;
        case '\t': putc('t', out); break;
        case '\r': putc('r', out); break;
        default:
            fputs("u00", out);
            putc(hex[c >> 4], out);
            putc(hex[c & 15], out);
        }
    }
    fwrite(s + run, 1, n - run, out);
    putc('"', out);
}

void json_key(json_w *w, const char *key)
{
    before_value(w);
    write_string(w->out, key, strlen(key));
    putc(':', w->out);
    /* the value that follows takes no comma of its own */
    if (w->depth < 64)
        w->need_comma[w->depth] = 0;
}

void json_string(json_w *w, const char *s, size_t n)
{
    before_value(w);
    write_string(w->out, s, n);
    if (w->depth < 64 && w->depth > 0)
        w->need_comma[w->depth] = 1;
}

void json_int(json_w *w, long long v)
{
    before_value(w);
    fprintf(w->out, "%lld", v);
}

void json_null(json_w *w)
{
    before_value(w);
    fputs("null", w->out);
}
