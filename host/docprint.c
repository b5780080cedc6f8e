/* docprint.c - see docprint.h */
#include "docprint.h"

#include <string.h>

#include "json.h"

static void key_str(json_w *w, const char *key, tg_str s)
{
    json_key(w, key);
    if (s.n)
        json_string(w, s.s, s.n);
    else
        json_null(w);
}

static void write_parties(json_w *w, const char *key, const tg_party *p, size_t n)
{
    json_key(w, key);
    json_array(w);
    for (size_t i = 0; i < n; i++) {
        json_object(w);
        if (p[i].title.n)
            key_str(w, "title", p[i].title);
        if (p[i].name.n)
            key_str(w, "name", p[i].name);
        json_object_end(w);
    }
    json_array_end(w);
}

/* The number as an integer when it is all digits, else as a string. */
static void write_number(json_w *w, tg_str num)
{
    int digits = num.n > 0 && num.n < 10;
    for (size_t i = 0; i < num.n && digits; i++)
        digits = num.s[i] >= '0' && num.s[i] <= '9';
    if (digits) {
        long long v = 0;
        for (size_t i = 0; i < num.n; i++)
            v = v * 10 + (num.s[i] - '0');
        json_int(w, v);
    } else if (num.n) {
        json_string(w, num.s, num.n);
    } else {
        json_null(w);
    }
}

void doc_print_json(FILE *out, const char *path, const tg_doc *d)
{
    json_w w;
    json_init(&w, out);
    json_object(&w);
    json_key(&w, "path");
    json_string(&w, path, strlen(path));
    json_key(&w, "index");
    json_int(&w, d->index);
    json_key(&w, "line");
    json_int(&w, d->line);
    key_str(&w, "source", d->source);
    json_key(&w, "file_numbers");
    json_array(&w);
    for (size_t i = 0; i < d->n_file_numbers; i++)
        json_string(&w, d->file_numbers[i].s, d->file_numbers[i].n);
    json_array_end(&w);
    key_str(&w, "channel", d->channel);
    json_key(&w, "number");
    write_number(&w, d->number);
    key_str(&w, "heading", d->heading);
    write_parties(&w, "from", d->from, d->n_from);
    write_parties(&w, "to", d->to, d->n_to);
    json_key(&w, "kind");
    json_string(&w, d->kind, strlen(d->kind));
    json_key(&w, "notes");
    json_array(&w);
    for (size_t i = 0; i < d->n_notes; i++)
        json_string(&w, d->notes[i].s, d->notes[i].n);
    json_array_end(&w);
    key_str(&w, "classification", d->classification);
    json_key(&w, "dateline");
    if (d->has_dateline) {
        const tg_dateline *dl = &d->dateline;
        json_object(&w);
        key_str(&w, "text", dl->text);
        key_str(&w, "place", dl->place);
        key_str(&w, "date", (tg_str){dl->date, strlen(dl->date)});
        key_str(&w, "time", (tg_str){dl->time, strlen(dl->time)});
        key_str(&w, "received", dl->received);
        json_object_end(&w);
    } else {
        json_null(&w);
    }
    json_key(&w, "telegram_number");
    if (d->telegram_number >= 0)
        json_int(&w, d->telegram_number);
    else
        json_null(&w);
    json_key(&w, "paragraphs");
    json_array(&w);
    for (size_t i = 0; i < d->n_paragraphs; i++) {
        const tg_paragraph *p = &d->paragraphs[i];
        json_object(&w);
        key_str(&w, "text", p->text);
        key_str(&w, "raw", p->raw);
        json_key(&w, "line");
        json_int(&w, p->line);
        key_str(&w, "page", p->page);
        json_key(&w, "notes");
        json_array(&w);
        for (size_t k = 0; k < p->notes_n; k++)
            json_int(&w, (long long)d->para_notes[p->notes_at + k]);
        json_array_end(&w);
        json_key(&w, "line_starts");
        json_array(&w);
        for (size_t k = 0; k < p->lines_n; k++)
            json_int(&w, (long long)d->para_lines[p->lines_at + k]);
        json_array_end(&w);
        json_object_end(&w);
    }
    json_array_end(&w);
    json_key(&w, "footnotes");
    json_array(&w);
    for (size_t i = 0; i < d->n_footnotes; i++) {
        const tg_footnote *f = &d->footnotes[i];
        json_object(&w);
        json_key(&w, "n");
        json_int(&w, (long long)f->n);
        key_str(&w, "text", f->text);
        json_key(&w, "line");
        json_int(&w, f->line);
        json_key(&w, "paragraph");
        if (f->marker_line)
            json_int(&w, f->paragraph);
        else
            json_null(&w);
        json_key(&w, "marker_line");
        if (f->marker_line)
            json_int(&w, f->marker_line);
        else
            json_null(&w);
        json_key(&w, "offset");
        if (f->marker_line)
            json_int(&w, (long long)f->offset);
        else
            json_null(&w);
        json_object_end(&w);
    }
    json_array_end(&w);
    json_key(&w, "page_breaks");
    json_array(&w);
    for (size_t i = 0; i < d->n_page_breaks; i++) {
        const tg_page_break *b = &d->page_breaks[i];
        json_object(&w);
        key_str(&w, "page", b->page);
        json_key(&w, "paragraph");
        json_int(&w, b->paragraph);
        json_key(&w, "line");
        json_int(&w, b->line);
        json_key(&w, "offset");
        json_int(&w, (long long)b->offset);
        json_object_end(&w);
    }
    json_array_end(&w);
    key_str(&w, "signature", d->signature);
    key_str(&w, "office", d->office);
    key_str(&w, "text", d->text);
    json_key(&w, "warnings");
    json_array(&w);
    for (size_t i = 0; i < d->n_warnings; i++) {
        json_object(&w);
        json_key(&w, "line");
        json_int(&w, d->warnings[i].line);
        key_str(&w, "message", d->warnings[i].message);
        json_object_end(&w);
    }
    json_array_end(&w);
    json_object_end(&w);
    putc('\n', out);
}

static void field(FILE *out, const char *label, tg_str s)
{
    if (s.n)
        fprintf(out, "  %-15s%.*s\n", label, (int)s.n, s.s);
}

static void parties(FILE *out, const char *label, const tg_party *p, size_t n)
{
    if (!n)
        return;
    fprintf(out, "  %-15s", label);
    for (size_t i = 0; i < n; i++) {
        if (i)
            fputs("; ", out);
        if (p[i].title.n)
            fprintf(out, "%.*s", (int)p[i].title.n, p[i].title.s);
        if (p[i].title.n && p[i].name.n)
            fputc(' ', out);
        if (p[i].name.n)
            fprintf(out, "(%.*s)", (int)p[i].name.n, p[i].name.s);
    }
    fputc('\n', out);
}

/* The first `width` bytes of s, cut at a character boundary. */
static int cut(tg_str s, size_t width)
{
    if (s.n <= width)
        return (int)s.n;
    size_t n = width;
    while (n > 0 && ((unsigned char)s.s[n] & 0xC0) == 0x80)
        n--;
    return (int)n;
}

static const char *plural(size_t n)
{
    return n == 1 ? "" : "s";
}

void doc_print_text(FILE *out, const char *path, const tg_doc *d)
{
    fprintf(out, "%s:%u: ", path, d->line);
    if (d->number.n)
        fprintf(out, "No. %.*s, ", (int)d->number.n, d->number.s);
    fprintf(out, "%s\n", d->kind);
    field(out, "source", d->source);
    field(out, "heading", d->heading);
    parties(out, "from", d->from, d->n_from);
    parties(out, "to", d->to, d->n_to);
    for (size_t i = 0; i < d->n_notes; i++)
        field(out, "note", d->notes[i]);
    field(out, "classification", d->classification);
    if (d->has_dateline) {
        field(out, "dateline", d->dateline.text);
        field(out, "place", d->dateline.place);
        if (d->dateline.date[0])
            fprintf(out, "  %-15s%s%s%s\n", "date", d->dateline.date,
                    d->dateline.time[0] ? " " : "", d->dateline.time);
        field(out, "received", d->dateline.received);
    }
    if (d->telegram_number >= 0)
        fprintf(out, "  %-15s%ld\n", "telegram no.", d->telegram_number);
    fprintf(out, "  %-15s%zu paragraph%s, %zu footnote%s, %zu page break%s\n", "body",
            d->n_paragraphs, plural(d->n_paragraphs), d->n_footnotes, plural(d->n_footnotes),
            d->n_page_breaks, plural(d->n_page_breaks));
    for (size_t i = 0; i < d->n_paragraphs; i++) {
        tg_str t = d->paragraphs[i].text;
        int n = cut(t, 72);
        fprintf(out, "  %3zu  %.*s%s\n", i + 1, n, t.s, (size_t)n < t.n ? "…" : "");
    }
    field(out, "signature", d->signature);
    field(out, "office", d->office);
    for (size_t i = 0; i < d->n_footnotes; i++) {
        tg_str t = d->footnotes[i].text;
        int n = cut(t, 66);
        fprintf(out, "  footnote %-6lu%.*s%s\n", d->footnotes[i].n, n, t.s,
                (size_t)n < t.n ? "…" : "");
    }
    fputc('\n', out);
}

size_t doc_print_warnings(FILE *out, const char *path, const tg_doc *d)
{
    for (size_t i = 0; i < d->n_warnings; i++)
        fprintf(out, "%s:%u: %.*s\n", path, d->warnings[i].line, (int)d->warnings[i].message.n,
                d->warnings[i].message.s);
    return d->n_warnings;
}
