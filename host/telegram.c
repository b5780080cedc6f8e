/*
 * telegram.c - the document parser (see telegram.h).
 *
 * A document is read as lines, grouped into blocks (runs of non-blank
 * lines). From the top: the source note, the "No. N" line, the heading, then
 * front matter (editorial notes, classification, dateline, received line),
 * the body blocks, and at the foot the indented, numbered footnotes. The
 * footnotes are read first: the numbers they carry decide which digits
 * glued to the text are footnote markers.
 */
#include "telegram.h"

#include <stdio.h>
#include <string.h>

#include "arena.h"
#include "dateline.h"
#include "heading.h"
#include "markers.h"
#include "text.h"

typedef struct {
    size_t off;      /* offset of the line in the document */
    size_t len;      /* length without trailing white space */
    size_t indent;   /* leading blanks */
} line_t;

typedef struct {
    size_t first, last; /* line indexes, inclusive */
} block_t;

typedef struct {
    const char *buf;
    size_t len;
    unsigned first_line;
    tg_doc *doc;
    tg_arena *a;
    line_t *lines;
    size_t nlines;
    block_t *blocks;
    size_t nblocks;
    unsigned char *anchored; /* per footnote: has its marker been seen */
    tg_marker *markers;      /* chosen by markers_find, sorted by offset */
    size_t received_line;    /* the line of "[Received …]", or SIZE_MAX */
    size_t n_markers, next_marker;
    size_t page_cap, notes_cap, warn_cap, lines_cap;
    int oom;
} ctx_t;

/* ---- lines and blocks ---------------------------------------------- */

static int line_blank(const line_t *l)
{
    return l->len == l->indent;
}

static tg_str line_str(const ctx_t *c, size_t i)
{
    const line_t *l = &c->lines[i];
    return str_make(c->buf + l->off + l->indent, l->len - l->indent);
}

static unsigned line_no(const ctx_t *c, size_t i)
{
    return c->first_line + (unsigned)i;
}

static int index_lines(ctx_t *c)
{
    size_t count = 1;
    for (size_t i = 0; i < c->len; i++)
        if (c->buf[i] == '\n')
            count++;
    c->lines = arena_calloc(c->a, count, sizeof *c->lines);
    if (!c->lines)
        return 0;
    size_t off = 0, n = 0;
    while (off <= c->len && n < count) {
        const char *nl = memchr(c->buf + off, '\n', c->len - off);
        size_t end = nl ? (size_t)(nl - c->buf) : c->len;
        size_t len = end - off;
        while (len && is_space((unsigned char)c->buf[off + len - 1]))
            len--;
        size_t ind = 0;
        while (ind < len && (c->buf[off + ind] == ' ' || c->buf[off + ind] == '\t'))
            ind++;
        c->lines[n].off = off;
        c->lines[n].len = len;
        c->lines[n].indent = ind;
        n++;
        if (!nl)
            break;
        off = end + 1;
    }
    c->nlines = n;
    return 1;
}

/* Group lines [from, to) into blocks of non-blank lines. */
static int index_blocks(ctx_t *c, size_t from, size_t to)
{
    c->blocks = arena_calloc(c->a, (to - from) / 2 + 1, sizeof *c->blocks);
    if (!c->blocks)
        return 0;
    c->nblocks = 0;
    for (size_t i = from; i < to;) {
        if (line_blank(&c->lines[i])) {
            i++;
            continue;
        }
        size_t j = i;
        while (j + 1 < to && !line_blank(&c->lines[j + 1]))
            j++;
        c->blocks[c->nblocks].first = i;
        c->blocks[c->nblocks].last = j;
        c->nblocks++;
        i = j + 1;
    }
    return 1;
}

/* The text of a block from its first line to its last, as written. */
static tg_str block_raw(const ctx_t *c, const block_t *b)
{
    const line_t *f = &c->lines[b->first], *l = &c->lines[b->last];
    return str_make(c->buf + f->off + f->indent, l->off + l->len - f->off - f->indent);
}

/* ---- growing arrays in the arena ----------------------------------- */

static void *grow(ctx_t *c, void *arr, size_t used, size_t *cap, size_t size)
{
    if (used < *cap)
        return arr;
    size_t ncap = *cap ? *cap * 2 : 8;
    void *n = arena_calloc(c->a, ncap, size);
    if (!n) {
        c->oom = 1;
        return NULL;
    }
    if (used)
        memcpy(n, arr, used * size);
    *cap = ncap;
    return n;
}

static void warn(ctx_t *c, unsigned line, const char *msg)
{
    tg_doc *d = c->doc;
    tg_warning *w = grow(c, d->warnings, d->n_warnings, &c->warn_cap, sizeof *w);
    if (!w)
        return;
    d->warnings = w;
    char *m = arena_strndup(c->a, msg, strlen(msg));
    if (!m) {
        c->oom = 1;
        return;
    }
    w[d->n_warnings].line = line;
    w[d->n_warnings].message = str_make(m, strlen(m));
    d->n_warnings++;
}

/* ---- "No. N" and the document boundaries ---------------------------- */

/* "No. 577": the document number line. */
static int number_line(tg_str s, tg_str *number)
{
    if (!str_starts(s, "No."))
        return 0;
    size_t i = 3;
    while (i < s.n && s.s[i] == ' ')
        i++;
    size_t j = i;
    while (j < s.n && is_digit((unsigned char)s.s[j]))
        j++;
    if (j == i || j != s.n)
        return 0;
    if (number)
        *number = str_make(s.s + i, j - i);
    return 1;
}

/* A one-line source note above a "No." line: a file number, "File No. …",
 * "[Translation.]" and the like. */
static int source_like(tg_str s)
{
    if (s.n == 0 || s.n > 300)
        return 0;
    if (str_starts(s, "[Translation") || str_starts(s, "[Extract") ||
        str_starts(s, "[Inclosure") || str_starts(s, "[Enclosure"))
        return 1;
    for (size_t i = 0; i < s.n; i++)
        if (is_digit((unsigned char)s.s[i]) || s.s[i] == ':')
            return 1;
    return 0;
}

typedef struct {
    const char *s;
    size_t off, len, indent;
} raw_line;

static raw_line raw_line_at(const char *buf, size_t len, size_t off)
{
    raw_line r = {buf, off, 0, 0};
    const char *nl = memchr(buf + off, '\n', len - off);
    size_t end = nl ? (size_t)(nl - buf) : len;
    size_t n = end - off;
    while (n && is_space((unsigned char)buf[off + n - 1]))
        n--;
    while (r.indent < n && (buf[off + r.indent] == ' ' || buf[off + r.indent] == '\t'))
        r.indent++;
    r.len = n;
    return r;
}

static size_t next_line_off(const char *buf, size_t len, size_t off)
{
    const char *nl = memchr(buf + off, '\n', len - off);
    return nl ? (size_t)(nl - buf) + 1 : len;
}

int tg_next_document(const char *buf, size_t len, size_t pos, size_t *start,
                     size_t *end, unsigned *line)
{
    /* skip blank lines */
    unsigned ln = *line;
    while (pos < len) {
        raw_line r = raw_line_at(buf, len, pos);
        if (r.len > r.indent)
            break;
        pos = next_line_off(buf, len, pos);
        ln++;
    }
    if (pos >= len)
        return 0;
    *start = pos;
    *line = ln;
    /* Walk the lines, remembering the last three, until a second "No." line
     * that opens a new document. */
    size_t off = pos, prev1 = (size_t)-1, prev2 = (size_t)-1, prev3 = (size_t)-1;
    int seen_number = 0;
    while (off < len) {
        raw_line r = raw_line_at(buf, len, off);
        size_t next = next_line_off(buf, len, off);
        int blank = r.len == r.indent;
        if (!blank && r.indent == 0 &&
            number_line(str_make(buf + off, r.len), NULL) && next < len) {
            raw_line nx = raw_line_at(buf, len, next);
            int prev_blank = prev1 == (size_t)-1 ||
                             raw_line_at(buf, len, prev1).len == raw_line_at(buf, len, prev1).indent;
            if (nx.len > nx.indent && prev_blank) {
                if (seen_number) {
                    size_t cut = off;
                    if (prev2 != (size_t)-1 && prev2 >= pos) {
                        raw_line s = raw_line_at(buf, len, prev2);
                        int above_blank = prev3 == (size_t)-1 || prev3 < pos ||
                                          raw_line_at(buf, len, prev3).len ==
                                              raw_line_at(buf, len, prev3).indent;
                        if (s.len > s.indent && s.indent == 0 && above_blank &&
                            source_like(str_make(buf + prev2, s.len)))
                            cut = prev2;
                    }
                    *end = cut;
                    return 1;
                }
                seen_number = 1;
            }
        }
        prev3 = prev2;
        prev2 = prev1;
        prev1 = off;
        off = next;
    }
    *end = len;
    return 1;
}

/* ---- clean text, footnote markers and page breaks ----------------------- */

typedef struct {
    char *out;          /* where clean text is written */
    size_t n;           /* bytes written */
    int paragraph;      /* what markers and page breaks are attached to */
    size_t para_index;  /* paragraphs[] index for notes, or SIZE_MAX */
} clean_t;

/* The marker met at m belongs to the footnote markers_find chose it for. */
static void anchor(ctx_t *c, clean_t *cl, const tg_marker *m, unsigned line)
{
    tg_doc *d = c->doc;
    if (m->foot >= d->n_footnotes || c->anchored[m->foot])
        return;
    tg_footnote *f = &d->footnotes[m->foot];
    c->anchored[m->foot] = 1;
    f->paragraph = cl->paragraph;
    f->marker_line = line;
    f->offset = cl->n + 1;
    if (cl->para_index != (size_t)-1) {
        unsigned long *notes = grow(c, d->para_notes, d->n_para_notes, &c->notes_cap,
                                    sizeof *notes);
        if (!notes)
            return;
        d->para_notes = notes;
        notes[d->n_para_notes++] = m->n;
        d->paragraphs[cl->para_index].notes_n++;
    }
}

/* "[Page 863]" at s[i]: its length, with the page number in *page. */
static size_t page_marker_at(const char *s, size_t n, size_t i, tg_str *page)
{
    if (n - i < 8 || memcmp(s + i, "[Page ", 6) != 0)
        return 0;
    size_t j = i + 6;
    while (j < n && j < i + 20 && s[j] != ']' && s[j] != '\n' && s[j] != '[')
        j++;
    if (j >= n || s[j] != ']' || j == i + 6)
        return 0;
    *page = str_make(s + i + 6, j - i - 6);
    return j + 1 - i;
}

static void add_page_break(ctx_t *c, tg_str page, int paragraph, unsigned line, size_t offset)
{
    tg_doc *d = c->doc;
    tg_page_break *pb = grow(c, d->page_breaks, d->n_page_breaks, &c->page_cap, sizeof *pb);
    if (!pb)
        return;
    d->page_breaks = pb;
    pb[d->n_page_breaks].page = page;
    pb[d->n_page_breaks].paragraph = paragraph;
    pb[d->n_page_breaks].line = line;
    pb[d->n_page_breaks].offset = offset;
    d->n_page_breaks++;
}

/* A new line of the paragraph being cleaned starts at the next byte. */
static void line_start(ctx_t *c, clean_t *cl)
{
    if (cl->para_index == (size_t)-1)
        return;
    tg_doc *d = c->doc;
    size_t *lines = grow(c, d->para_lines, d->n_para_lines, &c->lines_cap, sizeof *lines);
    if (!lines)
        return;
    d->para_lines = lines;
    lines[d->n_para_lines++] = cl->n + 1 + (cl->n > 0);
    d->paragraphs[cl->para_index].lines_n++;
}

/* The marker at buffer offset off, if markers_find chose one there. */
static const tg_marker *marker_at(ctx_t *c, size_t off)
{
    while (c->next_marker < c->n_markers && c->markers[c->next_marker].off < off)
        c->next_marker++;
    if (c->next_marker < c->n_markers && c->markers[c->next_marker].off == off)
        return &c->markers[c->next_marker];
    return NULL;
}

/* Write the clean form of s[0..n) (first line `line`) to cl->out: white
 * space folded, page markers and footnote markers taken out. */
static void clean_span(ctx_t *c, clean_t *cl, const char *s, size_t n, unsigned line)
{
    int space = 0;
    for (size_t i = 0; i < n;) {
        unsigned char ch = (unsigned char)s[i];
        if (is_space(ch)) {
            if (ch == '\n') {
                line++;
                line_start(c, cl);
            }
            space = 1;
            i++;
            continue;
        }
        tg_str page;
        size_t pm = ch == '[' ? page_marker_at(s, n, i, &page) : 0;
        if (pm) {
            add_page_break(c, page, cl->paragraph, line, cl->n + 1 + (cl->n > 0));
            space = cl->n > 0;
            i += pm;
            continue;
        }
        const tg_marker *m = NULL;
        if (is_digit(ch) && (i == 0 || !is_digit((unsigned char)s[i - 1])))
            m = marker_at(c, (size_t)(s + i - c->buf));
        if (m) {
            if (m->keep) {
                if (space && cl->n)
                    cl->out[cl->n++] = ' ';
                space = 0;
                memcpy(cl->out + cl->n, s + i, m->keep);
                cl->n += m->keep;
            }
            anchor(c, cl, m, line);
            i += m->len;
            continue;
        }
        if (space && cl->n)
            cl->out[cl->n++] = ' ';
        space = 0;
        cl->out[cl->n++] = (char)ch;
        i++;
    }
}

/* A clean copy of a span in the arena (paragraph is where markers belong). */
static tg_str clean_copy(ctx_t *c, tg_str raw, unsigned line, int paragraph, size_t para_index)
{
    char *out = arena_alloc(c->a, raw.n + 1);
    if (!out) {
        c->oom = 1;
        return str_make(NULL, 0);
    }
    clean_t cl = {out, 0, paragraph, para_index};
    clean_span(c, &cl, raw.s, raw.n, line);
    return str_make(out, cl.n);
}

/* Fold white space only (no markers): source notes, footnote texts. */
static tg_str fold_copy(ctx_t *c, tg_str raw)
{
    char *out = arena_alloc(c->a, raw.n + 1);
    if (!out) {
        c->oom = 1;
        return str_make(NULL, 0);
    }
    size_t n = 0;
    int space = 0;
    for (size_t i = 0; i < raw.n; i++) {
        if (is_space((unsigned char)raw.s[i])) {
            space = 1;
            continue;
        }
        if (space && n)
            out[n++] = ' ';
        space = 0;
        out[n++] = raw.s[i];
    }
    return str_make(out, n);
}

/* "( Harriman )" -> "(Harriman)", in place. */
static tg_str tidy_parens(tg_str s)
{
    char *p = (char *)s.s;
    size_t n = 0;
    for (size_t i = 0; i < s.n; i++) {
        if (s.s[i] == ' ' && n && p[n - 1] == '(')
            continue;
        if (s.s[i] == ')' && n && p[n - 1] == ' ')
            n--;
        p[n++] = s.s[i];
    }
    return str_make(p, n);
}

/* ---- footnotes ------------------------------------------------------ */

/* "  12. Not printed." -> 12 and the text. */
static int footnote_line(const ctx_t *c, size_t i, unsigned long *num, tg_str *text)
{
    const line_t *l = &c->lines[i];
    if (l->indent == 0 || line_blank(l))
        return 0;
    tg_str s = line_str(c, i);
    size_t k = parse_uint(s.s, s.n, num);
    if (k == 0 || k > 6 || k + 1 >= s.n || s.s[k] != '.' || s.s[k + 1] != ' ')
        return 0;
    *text = str_trim(str_make(s.s + k + 2, s.n - k - 2));
    return 1;
}

/* Find the footnotes at the foot; returns the line where they begin. */
static size_t read_footnotes(ctx_t *c, size_t body_from)
{
    size_t end = c->nlines, first = c->nlines;
    size_t i = end;
    while (i > body_from) {
        const line_t *l = &c->lines[i - 1];
        if (line_blank(l) || l->indent > 0) {
            unsigned long num;
            tg_str t;
            if (!line_blank(l) && footnote_line(c, i - 1, &num, &t))
                first = i - 1;
            else if (!line_blank(l) && first == c->nlines)
                break; /* indented text that is not a footnote: a quotation */
            i--;
            continue;
        }
        break;
    }
    if (first == c->nlines)
        return c->nlines;
    tg_doc *d = c->doc;
    size_t cap = 0;
    for (size_t k = first; k < end; k++)
        if (!line_blank(&c->lines[k]))
            cap++;
    d->footnotes = arena_calloc(c->a, cap, sizeof *d->footnotes);
    c->anchored = arena_calloc(c->a, cap ? cap : 1, 1);
    if (!d->footnotes || !c->anchored) {
        c->oom = 1;
        return first;
    }
    /* each footnote's text runs from its number to its last continuation
     * line; it is folded once, when the next footnote starts */
    const char *text_start = NULL;
    size_t text_end = 0;
    for (size_t k = first; k <= end; k++) {
        unsigned long num;
        tg_str t;
        if (k < end && line_blank(&c->lines[k]))
            continue;
        int starts = k < end && footnote_line(c, k, &num, &t);
        if ((starts || k == end) && text_start) {
            d->footnotes[d->n_footnotes - 1].text =
                fold_copy(c, str_make(text_start, text_end - (size_t)(text_start - c->buf)));
            text_start = NULL;
        }
        if (k == end)
            break;
        if (starts) {
            tg_footnote *f = &d->footnotes[d->n_footnotes++];
            f->n = num;
            f->line = line_no(c, k);
            f->paragraph = -2;
            f->marker_line = 0;
            text_start = t.s;
            text_end = (size_t)(t.s - c->buf) + t.n;
        } else if (text_start) {
            const line_t *l = &c->lines[k]; /* a continuation line */
            text_end = l->off + l->len;
        }
    }
    return first;
}

/* ---- front matter ----------------------------------------------------- */

static int note_like(tg_str s)
{
    /* "No. 21.]": the serial number of a despatch, under its heading */
    if (str_starts(s, "No. ") && s.n < 16 && (str_ends(s, ".]") || str_ends(s, ".")))
        return 1;
    if (s.n < 3 || s.n > 80 || s.s[0] != '[')
        return 0;
    if (str_starts(s, "[Received") || str_starts(s, "[Page "))
        return 0;
    return s.s[s.n - 1] == ']' || str_ends(s, "].");
}

static int classification_like(tg_str s)
{
    static const char *const words[] = {"secret", "confidential", "restricted",
                                        "urgent", "personal", "private"};
    if (s.n == 0 || s.n > 50)
        return 0;
    for (size_t i = 0; i < s.n; i++)
        if (!is_lower((unsigned char)s.s[i]) && s.s[i] != ' ' && s.s[i] != '-' &&
            s.s[i] != '.')
            return 0;
    for (size_t i = 0; i < sizeof words / sizeof words[0]; i++)
        if (str_find(s, words[i]) >= 0)
            return 1;
    return 0;
}

/* "[Received April 10—12:55 p.m.]" -> "April 10—12:55 p.m." */
static int received_like(tg_str s, tg_str *inner)
{
    if (!str_starts(s, "[Received") || s.s[s.n - 1] != ']')
        return 0;
    *inner = str_trim(str_make(s.s + 9, s.n - 10));
    return 1;
}

/* v as exactly `width` decimal digits, zero-padded. */
static void put_digits(char *out, unsigned v, int width)
{
    for (int i = width - 1; i >= 0; i--) {
        out[i] = (char)('0' + v % 10);
        v /= 10;
    }
}

/* Clean the dateline's first line and read place, date and time from it. */
static void set_dateline(ctx_t *c, size_t address, size_t line)
{
    tg_doc *d = c->doc;
    tg_dateline *dl = &d->dateline;
    dl->text = clean_copy(c, line_str(c, line), line_no(c, line), -1, (size_t)-1);
    tg_date_parts parts;
    if (!dateline_parse(dl->text, &parts))
        return;
    dl->place = parts.place;
    /* "(Received March 12.)" after the date stays in the dateline's text:
     * `received` is the bracketed line of telegrams, as the editions mark it */
    if (address < line) {
        /* "Department of State,\nWashington, …": the place is both lines */
        const line_t *f = &c->lines[address];
        tg_str above = str_make(c->buf + f->off + f->indent,
                                c->lines[line - 1].off + c->lines[line - 1].len - f->off - f->indent);
        char *out = arena_alloc(c->a, above.n + 1 + parts.place.n);
        if (!out) {
            c->oom = 1;
            return;
        }
        tg_str folded = fold_copy(c, above);
        memcpy(out, folded.s, folded.n);
        size_t n = folded.n;
        if (parts.place.n) {
            out[n++] = ' ';
            memcpy(out + n, parts.place.s, parts.place.n);
            n += parts.place.n;
        }
        dl->place = str_make(out, n);
    }
    if (parts.year) {
        put_digits(dl->date, (unsigned)parts.year, 4);
        dl->date[4] = '-';
        put_digits(dl->date + 5, (unsigned)parts.month, 2);
        dl->date[7] = '-';
        put_digits(dl->date + 8, (unsigned)parts.day, 2);
        dl->date[10] = '\0';
    }
    if (parts.hour >= 0) {
        put_digits(dl->time, (unsigned)parts.hour, 2);
        dl->time[2] = ':';
        put_digits(dl->time + 3, (unsigned)parts.minute, 2);
        dl->time[5] = '\0';
    }
}

/* ---- signatures --------------------------------------------------------- */

/* Lower-case words that may stand in a name or an office below it. */
static int particle(tg_str w)
{
    static const char *const words[] = {"de", "da", "di", "del", "della", "van", "von", "y",
                                        "and", "la", "le", "du", "dos", "das", "der", "of",
                                        "the", "ten", "zu", "e", "for", "d’", "al", "el"};
    for (size_t i = 0; i < sizeof words / sizeof words[0]; i++)
        if (str_eq(w, words[i]))
            return 1;
    return 0;
}

/* Could this line be (part of) a signature: a name, or an office under it? */
static int name_line(tg_str s)
{
    /* "[seal]" beside the names of a treaty's signatories */
    while (str_starts(s, "[seal]"))
        s = str_trim(str_make(s.s + 6, s.n - 6));
    if (s.n == 0)
        return 1;
    if (s.n >= 2 && s.s[0] == '[' && s.s[s.n - 1] == ']')
        s = str_make(s.s + 1, s.n - 2);
    if (s.n < 2 || s.n > 70)
        return 0;
    unsigned char c0 = (unsigned char)s.s[0];
    if (!is_upper(c0) && c0 < 0x80)
        return 0;
    if (str_words(s) > 8)
        return 0;
    static const char *const not_names[] = {
        "No. ",   "Hon.",      "Hon ",     "His ",      "Her ",   "The ",    "To ",
        "Mr. ",   "Mrs. ",     "Messrs",   "Sir",       "My ",    "Dear ",   "Your ",
        "Gentlemen", "Excellency", "I ",   "We ",       "It ",    "This ",   "Accept",
        "Believe", "Yours",    "Sincerely", "Respectfully", "Very ", "With ", "Faithfully",
        "Cordially", "Copy",   "Enclosure", "Inclosure", "Signed", "[Signed", "Translation",
        "[Translation", "Paraphrase", "[Paraphrase", "[Enclosure", "[Inclosure"};
    if (str_find(s, "[etc") >= 0 || str_find(s, "&c") >= 0)
        return 0;
    if (str_ends(s, "PROCLAMATION"))
        return 0;
    int letters = 0;
    for (size_t i = 0; i < s.n && !letters; i++)
        letters = is_alpha((unsigned char)s.s[i]);
    if (!letters)
        return 0;
    for (size_t i = 0; i < sizeof not_names / sizeof not_names[0]; i++)
        if (str_starts(s, not_names[i]))
            return 0;
    char last = s.s[s.n - 1];
    if (last == ':' || last == '?' || last == ';')
        return 0;
    for (size_t i = 0; i < s.n; i++) {
        unsigned char ch = (unsigned char)s.s[i];
        if (is_digit(ch)) {
            /* an ordinal ("1st Lt.") may stand in a rank; other numbers not */
            size_t j = i;
            while (j < s.n && is_digit((unsigned char)s.s[j]))
                j++;
            tg_str rest = str_make(s.s + j, s.n - j);
            size_t k = str_starts(rest, "st") || str_starts(rest, "nd") ||
                               str_starts(rest, "rd") || str_starts(rest, "th")
                           ? 2
                           : str_starts(rest, "d") ? 1 : 0;
            if (!k || (j + k < s.n && is_alpha((unsigned char)s.s[j + k])))
                return 0;
            i = j + k - 1;
            continue;
        }
        if (ch == ':' || ch == '?' || ch == '!' || ch == ';')
            return 0;
    }
    /* every lower-case word must be a particle */
    size_t i = 0;
    while (i < s.n) {
        while (i < s.n && is_space((unsigned char)s.s[i]))
            i++;
        size_t j = i;
        while (j < s.n && !is_space((unsigned char)s.s[j]))
            j++;
        if (j > i && is_lower((unsigned char)s.s[i])) {
            tg_str w = str_make(s.s + i, j - i);
            while (w.n && (w.s[w.n - 1] == ',' || w.s[w.n - 1] == '.'))
                w.n--;
            if (!particle(w))
                return 0;
        }
        i = j;
    }
    return 1;
}

/* "For the Secretary of State:" above the name. */
static int for_line(tg_str s)
{
    if (s.n >= 80)
        return 0;
    if ((str_starts(s, "(For ") && s.s[s.n - 1] == ')') || str_starts(s, "[For]"))
        return 1;
    return (str_starts(s, "For ") || str_starts(s, "By ") || str_starts(s, "In the absence")) &&
           s.s[s.n - 1] == ':';
}

/* The lines of block b that make its signature, or 0 if it is not one. */
static int signature_block(const ctx_t *c, const block_t *b, size_t *from)
{
    size_t first = b->first;
    if (b->last - b->first + 1 > 4)
        return 0;
    if (for_line(line_str(c, first)) && first < b->last)
        first++;
    for (size_t i = first; i <= b->last; i++)
        if (!name_line(line_str(c, i)))
            return 0;
    *from = first;
    return 1;
}

/* Ordinary prose: a block that no signature stands before. */
static int prose_block(const ctx_t *c, const block_t *b)
{
    tg_str raw = block_raw(c, b);
    if (str_words(raw) < 12)
        return 0;
    tg_str page;
    size_t pm;
    while ((pm = page_marker_at(raw.s, raw.n, 0, &page)) != 0)
        raw = str_trim(str_make(raw.s + pm, raw.n - pm));
    if (raw.n && raw.s[0] == '[' && raw.s[raw.n - 1] == ']')
        return 0; /* an editors' note */
    /* an enclosure opened by its footnote marker ("2 The British …") */
    size_t k = 0;
    while (k < raw.n && is_digit((unsigned char)raw.s[k]))
        k++;
    if (k > 0 && k < 4 && k < raw.n && raw.s[k] == ' ')
        return 0;
    if (str_starts(raw, "The same") || str_starts(raw, "[Inclosure") ||
        str_starts(raw, "[Enclosure") || str_starts(raw, "[Subenclosure"))
        return 0;
    return 1;
}

/* Is the name on this block written in capitals (old style: "J. S. BLACK.")? */
static int capitals_block(const ctx_t *c, const block_t *b)
{
    tg_str s = line_str(c, b->first);
    size_t upper = 0, lower = 0;
    for (size_t i = 0; i < s.n; i++) {
        if (is_upper((unsigned char)s.s[i]))
            upper++;
        else if (is_lower((unsigned char)s.s[i]))
            lower++;
    }
    return upper >= 3 && lower <= upper / 4;
}

/* "Sincerely yours,", "I have [etc.]": the words a signature follows. */
static int closing_block(const ctx_t *c, const block_t *b)
{
    tg_str s = block_raw(c, b);
    if (s.n > 120)
        return 0;
    static const char *const closings[] = {"I have", "Accept", "Believe", "Yours",
                                           "Sincerely", "Very", "Respectfully",
                                           "Faithfully", "Cordially", "Your obedient"};
    for (size_t i = 0; i < sizeof closings / sizeof closings[0]; i++)
        if (str_starts(s, closings[i]))
            return str_find(s, "[etc") >= 0 || str_ends(s, ",") || str_find_i(s, "yours") >= 0;
    return 0;
}

/* What follows a signature: an editors' note ("[Regarding the …") or the
 * title of an enclosure ("Executive Order No. 2604", "Public Statement
 * Issued …", "The British Embassy to the Department of State"). */
static int enclosure_start(const ctx_t *c, const block_t *b)
{
    tg_str s = line_str(c, b->first);
    static const char *const openers[] = {
        "[", "Executive Order", "Proclamation", "Public Statement", "Statement", "Memorandum",
        "Annex", "Enclosure", "Inclosure", "Draft", "Aide-Mémoire", "Note Verbale", "Text of"};
    for (size_t i = 0; i < sizeof openers / sizeof openers[0]; i++)
        if (str_starts(s, openers[i]))
            return 1;
    /* "The X to the Y …": a heading of its own */
    long to = str_find(s, " to the ");
    return str_starts(s, "The ") && to > 0 && to < 120;
}

/* "American Legation", "Am[erican] Mission": an office, not a person. */
static int institution(tg_str s)
{
    static const char *const offices[] = {"Legation", "Embassy", "Mission", "Delegation",
                                          "Consulate", "Consulate General"};
    if (str_words(s) > 4)
        return 0;
    for (size_t i = 0; i < sizeof offices / sizeof offices[0]; i++)
        if (str_ends(s, offices[i]))
            return 1;
    return 0;
}

/* Index of the signature among blocks [from, to), or to if none. */
static size_t find_signature(const ctx_t *c, size_t from, size_t to, size_t *sig_line)
{
    /* the last block of ordinary prose: no signature stands before it */
    size_t last_prose = from;
    for (size_t k = to; k-- > from + 1;)
        if (prose_block(c, &c->blocks[k])) {
            last_prose = k;
            break;
        }
    for (size_t i = from + 1; i < to; i++) {
        size_t first;
        const block_t *b = &c->blocks[i];
        if (!signature_block(c, b, &first))
            continue;
        int later_prose = last_prose > i;
        if (!later_prose || capitals_block(c, b) || closing_block(c, &c->blocks[i - 1]) ||
            (i + 1 < to && enclosure_start(c, &c->blocks[i + 1]))) {
            *sig_line = first;
            return i;
        }
    }
    return to;
}

/* ---- the document ----------------------------------------------------- */

static void parse_source(ctx_t *c, size_t from, size_t to)
{
    tg_doc *d = c->doc;
    size_t first = to, last = from;
    for (size_t i = from; i < to; i++)
        if (!line_blank(&c->lines[i])) {
            if (first == to)
                first = i;
            last = i;
        }
    if (first == to)
        return;
    const line_t *f = &c->lines[first], *l = &c->lines[last];
    d->source = fold_copy(c, str_make(c->buf + f->off + f->indent,
                                      l->off + l->len - f->off - f->indent));
    tg_str s = d->source;
    tg_str numbers = s;
    long colon = -1;
    for (size_t i = 0; i + 1 < s.n; i++)
        if (s.s[i] == ':' && s.s[i + 1] == ' ')
            colon = (long)i;
    if (colon >= 0) {
        tg_str ch = str_trim(str_make(s.s + colon + 2, s.n - (size_t)colon - 2));
        if (str_find_i(ch, "telegram") >= 0 || str_find_i(ch, "cablegram") >= 0 ||
            str_find_i(ch, "radiogram") >= 0) {
            d->channel = ch;
            numbers = str_make(s.s, (size_t)colon);
        }
    }
    size_t count = 1;
    for (size_t i = 0; i < numbers.n; i++)
        count += numbers.s[i] == ';';
    d->file_numbers = arena_calloc(c->a, count, sizeof *d->file_numbers);
    if (!d->file_numbers) {
        c->oom = 1;
        return;
    }
    size_t start = 0;
    for (size_t i = 0; i <= numbers.n; i++) {
        if (i == numbers.n || numbers.s[i] == ';') {
            tg_str part = str_trim(str_make(numbers.s + start, i - start));
            if (part.n)
                d->file_numbers[d->n_file_numbers++] = part;
            start = i + 1;
        }
    }
}

/* "202. Your telegram…": the telegram's own number opening its text. */
static long leading_number(tg_str text)
{
    unsigned long v;
    size_t k = parse_uint(text.s, text.n, &v);
    if (k == 0 || k > 5 || k + 1 >= text.n || text.s[k] != '.' || text.s[k + 1] != ' ')
        return -1;
    return (long)v;
}

static int telegram_like(const tg_doc *d)
{
    if (d->channel.n || d->dateline.received.n)
        return 1;
    for (size_t i = 0; i < d->n_notes; i++)
        if (str_find_i(d->notes[i], "telegram") >= 0)
            return 1;
    return 0;
}

static void add_paragraph(ctx_t *c, const block_t *b)
{
    tg_doc *d = c->doc;
    tg_str raw = block_raw(c, b);
    tg_paragraph *p = &d->paragraphs[d->n_paragraphs];
    memset(p, 0, sizeof *p);
    p->raw = raw;
    p->line = line_no(c, b->first);
    p->notes_at = d->n_para_notes;
    p->lines_at = d->n_para_lines;
    if (d->n_page_breaks)
        p->page = d->page_breaks[d->n_page_breaks - 1].page;
    size_t breaks_before = d->n_page_breaks;
    p->text = clean_copy(c, raw, p->line, (int)d->n_paragraphs + 1, d->n_paragraphs);
    if (p->text.n == 0)
        return; /* only page markers: they belong to the paragraph that follows */
    /* a page marker opening the paragraph puts it on that page */
    if (d->n_page_breaks > breaks_before && str_starts(raw, "[Page "))
        p->page = d->page_breaks[breaks_before].page;
    d->n_paragraphs++;
}

static void add_signature(ctx_t *c, const block_t *b, size_t first_line)
{
    tg_doc *d = c->doc;
    block_t s = {first_line, b->last};
    tg_str sig = tidy_parens(clean_copy(c, block_raw(c, &s), line_no(c, first_line),
                                        (int)d->n_paragraphs, (size_t)-1));
    d->signature = sig;
}

static void join_text(ctx_t *c)
{
    tg_doc *d = c->doc;
    size_t total = 0;
    for (size_t i = 0; i < d->n_paragraphs; i++)
        total += d->paragraphs[i].text.n + 2;
    char *out = arena_alloc(c->a, total + 1);
    if (!out) {
        c->oom = 1;
        return;
    }
    size_t n = 0;
    for (size_t i = 0; i < d->n_paragraphs; i++) {
        if (i) {
            out[n++] = '\n';
            out[n++] = '\n';
        }
        memcpy(out + n, d->paragraphs[i].text.s, d->paragraphs[i].text.n);
        n += d->paragraphs[i].text.n;
    }
    d->text = str_make(out, n);
}

static void check_footnotes(ctx_t *c)
{
    tg_doc *d = c->doc;
    char msg[96];
    for (size_t i = 0; i < d->n_footnotes; i++) {
        if (!c->anchored[i]) {
            snprintf(msg, sizeof msg, "footnote %lu has no marker in the text",
                     d->footnotes[i].n);
            warn(c, d->footnotes[i].line, msg);
        }
        if (i && d->footnotes[i].n != d->footnotes[i - 1].n + 1) {
            snprintf(msg, sizeof msg, "footnote %lu follows footnote %lu", d->footnotes[i].n,
                     d->footnotes[i - 1].n);
            warn(c, d->footnotes[i].line, msg);
        }
    }
}

/* The line of block b that is a dateline, or SIZE_MAX. Lines above it may
 * be an address ("Department of State,"), lines below a received line. */
static size_t dateline_in(const ctx_t *c, const block_t *b)
{
    if (b->last - b->first >= 4)
        return (size_t)-1;
    for (size_t i = b->first; i <= b->last; i++) {
        tg_str s = line_str(c, i);
        tg_date_parts dp;
        if (dateline_parse(s, &dp))
            return i;
        if (s.n > 80 || !str_ends(s, ","))
            return (size_t)-1;
    }
    return (size_t)-1;
}

/* What each block after the heading is. */
enum { B_NOTE, B_CLASSIFICATION, B_DATELINE, B_RECEIVED, B_BODY, B_SIGNATURE,
       B_OFFICE /* "American Legation" where a signature stands: no person, no paragraph */ };

/* Sort the blocks after the heading into front matter, body and signature;
 * roles[i] for block i. Returns the dateline's line, or SIZE_MAX. */
static size_t classify_blocks(ctx_t *c, unsigned char *roles, size_t *sig_line,
                              size_t *address)
{
    tg_doc *d = c->doc;
    size_t dateline = (size_t)-1, bi = 0;
    int have_class = 0, have_received = 0;
    size_t dl;
    for (; bi < c->nblocks; bi++) {
        const block_t *b = &c->blocks[bi];
        tg_str first = line_str(c, b->first);
        tg_str inner;
        if (b->first == b->last && note_like(first) && dateline == (size_t)-1) {
            roles[bi] = B_NOTE;
            d->notes[d->n_notes++] = first;
        } else if (b->first == b->last && classification_like(first) && !have_class) {
            roles[bi] = B_CLASSIFICATION;
            d->classification = first;
            have_class = 1;
        } else if (dateline == (size_t)-1 && (dl = dateline_in(c, b)) != (size_t)-1) {
            roles[bi] = B_DATELINE;
            dateline = dl;
            *address = b->first;
            d->has_dateline = 1;
            for (size_t k = dl + 1; k <= b->last; k++)
                if (received_like(line_str(c, k), &inner)) {
                    d->dateline.received = inner;
                    c->received_line = k;
                    have_received = 1;
                }
        } else if (b->first == b->last && received_like(first, &inner) && !have_received) {
            roles[bi] = B_RECEIVED;
            d->dateline.received = inner;
            c->received_line = b->first;
            d->has_dateline = 1;
            have_received = 1;
        } else {
            break;
        }
    }
    for (size_t i = bi; i < c->nblocks; i++) {
        const block_t *b = &c->blocks[i];
        tg_str only = line_str(c, b->first);
        /* "[File copy not signed.]": the editors' word where a signature
         * would stand, not a paragraph */
        if (b->first == b->last && only.n > 2 && only.s[0] == '[' &&
            only.s[only.n - 1] == ']' && str_find_i(only, "signed") >= 0 && only.n < 80) {
            roles[i] = B_NOTE;
            d->notes[d->n_notes++] = only;
        } else {
            roles[i] = B_BODY;
        }
    }
    size_t sig = find_signature(c, bi, c->nblocks, sig_line);
    if (sig < c->nblocks)
        roles[sig] = institution(line_str(c, *sig_line)) ? B_OFFICE : B_SIGNATURE;
    return dateline;
}

/* Decide which digits are footnote markers, over the text in order. */
static void place_markers(ctx_t *c, tg_str heading, size_t dateline, const unsigned char *roles)
{
    tg_doc *d = c->doc;
    if (d->n_footnotes == 0)
        return;
    tg_str *regions = arena_calloc(c->a, c->nblocks + 3, sizeof *regions);
    unsigned long *numbers = arena_calloc(c->a, d->n_footnotes, sizeof *numbers);
    if (!regions || !numbers) {
        c->oom = 1;
        return;
    }
    size_t nr = 0;
    if (heading.n)
        regions[nr++] = heading;
    if (dateline != (size_t)-1)
        regions[nr++] = line_str(c, dateline);
    if (d->dateline.received.n)
        regions[nr++] = d->dateline.received; /* "[Received … noon.1]" */
    for (size_t i = 0; i < c->nblocks; i++)
        if (roles[i] == B_BODY || roles[i] == B_SIGNATURE)
            regions[nr++] = block_raw(c, &c->blocks[i]);
    for (size_t i = 0; i < d->n_footnotes; i++)
        numbers[i] = d->footnotes[i].n;
    size_t n = markers_find(c->a, c->buf, regions, nr, numbers, d->n_footnotes, &c->markers);
    if (n == (size_t)-1)
        c->oom = 1;
    else
        c->n_markers = n;
}

static void parse_body(ctx_t *c, size_t num, size_t heading_end, size_t foot)
{
    tg_doc *d = c->doc;
    if (!index_blocks(c, heading_end, foot)) {
        c->oom = 1;
        return;
    }
    d->paragraphs = arena_calloc(c->a, c->nblocks + 1, sizeof *d->paragraphs);
    d->notes = arena_calloc(c->a, c->nblocks + 1, sizeof *d->notes);
    unsigned char *roles = arena_calloc(c->a, c->nblocks + 1, 1);
    if (!d->paragraphs || !d->notes || !roles) {
        c->oom = 1;
        return;
    }
    size_t sig_line = 0, address = 0;
    size_t dateline = classify_blocks(c, roles, &sig_line, &address);
    tg_str heading = str_make(NULL, 0);
    if (num < c->nlines) {
        const line_t *f = &c->lines[num + 1], *l = &c->lines[heading_end - 1];
        heading = str_make(c->buf + f->off + f->indent, l->off + l->len - f->off - f->indent);
    }
    place_markers(c, heading, dateline, roles);
    if (c->oom)
        return;
    /* clean everything in text order: markers are met in that order */
    if (heading.n) {
        d->heading = tidy_parens(clean_copy(c, heading, line_no(c, num + 1), 0, (size_t)-1));
        if (heading_parties(d, c->a) != TG_OK) {
            c->oom = 1;
            return;
        }
    }
    if (dateline != (size_t)-1)
        set_dateline(c, address, dateline);
    if (d->dateline.received.n)
        d->dateline.received = clean_copy(c, d->dateline.received, line_no(c, c->received_line),
                                          -1, (size_t)-1);
    for (size_t i = 0; i < c->nblocks && !c->oom; i++) {
        if (roles[i] == B_BODY)
            add_paragraph(c, &c->blocks[i]);
        else if (roles[i] == B_SIGNATURE)
            add_signature(c, &c->blocks[i], sig_line);
        else if (roles[i] == B_OFFICE)
            d->office = fold_copy(c, block_raw(c, &c->blocks[i]));
    }
    d->telegram_number = -1;
    if (d->n_paragraphs && telegram_like(d))
        d->telegram_number = leading_number(d->paragraphs[0].text);
}

static void parse_doc(ctx_t *c)
{
    tg_doc *d = c->doc;
    if (!index_lines(c)) {
        c->oom = 1;
        return;
    }
    /* the "No. N" line with the heading right under it */
    size_t num = c->nlines;
    for (size_t i = 0; i + 1 < c->nlines; i++) {
        if (c->lines[i].indent == 0 && number_line(line_str(c, i), &d->number) &&
            !line_blank(&c->lines[i + 1])) {
            num = i;
            break;
        }
    }
    size_t heading_end = 0;
    if (num < c->nlines) {
        parse_source(c, 0, num);
        heading_end = num + 1;
        while (heading_end < c->nlines && !line_blank(&c->lines[heading_end]))
            heading_end++;
    } else {
        d->number = str_make(NULL, 0);
        warn(c, c->first_line, "no \"No. N\" line: the document number and heading are missing");
    }
    size_t foot = read_footnotes(c, heading_end);
    if (c->oom)
        return;
    parse_body(c, num, heading_end, foot);
    if (c->oom)
        return;
    check_footnotes(c);
    join_text(c);
    d->kind = heading_kind(d);
}

tg_status tg_parse(const char *buf, size_t len, unsigned first_line, unsigned index,
                   tg_doc *doc)
{
    memset(doc, 0, sizeof *doc);
    doc->index = index;
    doc->line = first_line;
    doc->telegram_number = -1;
    doc->kind = "document";
    doc->arena = arena_new(len * 3 + 4096);
    if (!doc->arena)
        return TG_NOMEM;
    ctx_t c;
    memset(&c, 0, sizeof c);
    c.buf = buf;
    c.len = len;
    c.first_line = first_line;
    c.doc = doc;
    c.a = doc->arena;
    static unsigned char none[1];
    c.anchored = none;
    c.received_line = (size_t)-1;
    parse_doc(&c);
    doc->last_line = first_line + (unsigned)(c.nlines ? c.nlines - 1 : 0);
    if (c.oom) {
        tg_doc_free(doc);
        return TG_NOMEM;
    }
    return TG_OK;
}

tg_status tg_doc_warn(tg_doc *doc, unsigned line, const char *message)
{
    ctx_t c;
    memset(&c, 0, sizeof c);
    c.doc = doc;
    c.a = doc->arena;
    c.warn_cap = doc->n_warnings; /* the array is full: the next one grows it */
    warn(&c, line, message);
    return c.oom ? TG_NOMEM : TG_OK;
}

void tg_doc_free(tg_doc *doc)
{
    if (!doc)
        return;
    arena_free(doc->arena);
    memset(doc, 0, sizeof *doc);
}
