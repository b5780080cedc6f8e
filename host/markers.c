/* markers.c - see markers.h */
#include "markers.h"

#include <stdlib.h>
#include <string.h>

#include "dateline.h"
#include "text.h"

enum cand_kind {
    C_CLEAR,  /* glued to a word: "tonight.1" */
    C_START,  /* opening a region: "2 The British …" */
    C_AFTER,  /* after a number and a stop: "1930,1", "November 17.1" */
    C_DATE,   /* a date that cannot be: "19181" (1918), "October 181" (18) */
    C_NUMBER, /* the end of a cited number: "despatch 631", "19181" */
    C_WEAK,   /* the end of any other number: taken when nothing else is */
};

typedef struct {
    size_t off;
    unsigned char len, keep;
    unsigned char kind;
    unsigned long n;
} cand_t;

typedef struct {
    cand_t *c;
    size_t n, cap;
    tg_arena *a;
    int oom;
} cands_t;

static void push(cands_t *cs, size_t off, size_t len, size_t keep, int kind, unsigned long n)
{
    if (cs->oom)
        return;
    if (cs->n == cs->cap) {
        size_t ncap = cs->cap ? cs->cap * 2 : 64;
        cand_t *nc = arena_alloc(cs->a, ncap * sizeof *nc);
        if (!nc) {
            cs->oom = 1;
            return;
        }
        if (cs->n)
            memcpy(nc, cs->c, cs->n * sizeof *nc);
        cs->c = nc;
        cs->cap = ncap;
    }
    cand_t *c = &cs->c[cs->n++];
    c->off = off;
    c->len = (unsigned char)len;
    c->keep = (unsigned char)keep;
    c->kind = (unsigned char)kind;
    c->n = n;
}

/* "[Page 12]" at s[i]: its length, else 0. */
static size_t page_marker_len(const char *s, size_t n, size_t i)
{
    if (n - i < 8 || memcmp(s + i, "[Page ", 6) != 0)
        return 0;
    for (size_t j = i + 6; j < n && j < i + 20; j++)
        if (s[j] == ']')
            return j + 1 - i;
    return 0;
}

static int next_ok(const char *s, size_t n, size_t j)
{
    if (j >= n)
        return 1;
    unsigned char c = (unsigned char)s[j];
    return is_space(c) || strchr(".,;:)]!?-/", c) != NULL || c >= 0x80;
}

/* A digit run of 1-3 digits without a leading zero, as a number. */
static int small_number(const char *s, size_t len, unsigned long *v)
{
    if (len == 0 || len > 3 || s[0] == '0')
        return 0;
    return parse_uint(s, len, v) == len;
}

/* Four digits of a year from 1500 to 2099. */
static int year_like(const char *s)
{
    return (s[0] == '1' && s[1] >= '5') || (s[0] == '2' && s[1] == '0');
}

/* Does the word before s[i] (after one space) introduce a cited number:
 * "No. 245", "despatch 63", "Your 189"? */
static int after_reference(const char *s, size_t i)
{
    static const char *const words[] = {
        "No.", "Nos.", "no.", "nos.", "number", "numbers", "despatch", "despatches",
        "telegram", "telegrams", "instruction", "instructions", "cable", "note", "notes",
        "letter", "memorandum", "Your", "your", "my", "My", "our", "his", "Circular",
        "circular", "Department’s", "Embassy’s", "Legation’s", "Deptel", "Embtel",
    };
    if (i < 2 || s[i - 1] != ' ')
        return 0;
    size_t e = i - 1, b = e;
    while (b > 0 && !is_space((unsigned char)s[b - 1]))
        b--;
    tg_str w = str_make(s + b, e - b);
    for (size_t k = 0; k < sizeof words / sizeof words[0]; k++)
        if (str_eq(w, words[k]))
            return 1;
    return 0;
}

/* Is the word before s[i] (after one space) a month name? */
static int after_month(const char *s, size_t i)
{
    if (i < 4 || s[i - 1] != ' ')
        return 0;
    size_t b = i - 1;
    while (b > 0 && is_alpha((unsigned char)s[b - 1]))
        b--;
    size_t len;
    return month_at(s + b, i - 1 - b, &len) != 0 && len == i - 1 - b;
}

/* Does ", May 18" (a month name after a comma or "of") follow s[j]? */
static int before_date(const char *s, size_t n, size_t j)
{
    if (j < n && s[j] == ',')
        j++;
    while (j < n && s[j] == ' ')
        j++;
    if (j + 3 < n && memcmp(s + j, "of ", 3) == 0)
        j += 3;
    size_t len;
    return j < n && month_at(s + j, n - j, &len) != 0;
}

static void scan_region(cands_t *cs, const char *buf, tg_str r)
{
    const char *s = r.s;
    size_t n = r.n;
    int at_start = 1;
    for (size_t i = 0; i < n;) {
        unsigned char ch = (unsigned char)s[i];
        if (is_space(ch)) {
            i++;
            continue;
        }
        size_t pm = ch == '[' ? page_marker_len(s, n, i) : 0;
        if (pm) {
            i += pm;
            continue;
        }
        if (!is_digit(ch)) {
            at_start = 0;
            i++;
            continue;
        }
        size_t j = i;
        while (j < n && is_digit((unsigned char)s[j]))
            j++;
        size_t len = j - i, off = (size_t)(s + i - buf);
        unsigned long v;
        if (!next_ok(s, n, j) || len > 12) {
            at_start = 0;
            i = j;
            continue;
        }
        if (at_start) {
            if (small_number(s + i, len, &v) && j + 1 < n && s[j] == ' ' &&
                (is_upper((unsigned char)s[j + 1]) || s[j + 1] == '[' || s[j + 1] == '(' ||
                 is_digit((unsigned char)s[j + 1])))
                push(cs, off, len, 0, C_START, v);
            /* "6 7 EXHIBIT A": several enclosures open together */
            at_start = j + 1 < n && s[j] == ' ' && is_digit((unsigned char)s[j + 1]);
            i = j;
            continue;
        }
        size_t pstart;
        int kind = i > 0 ? utf8_before(s, i, &pstart) : 0;
        unsigned char prev = i > 0 ? (unsigned char)s[i - 1] : ' ';
        int word_glued = kind == U_CLOSE_QUOTE || kind == U_OTHER || is_alpha(prev) ||
                         prev == ')' || prev == ']' || prev == ';' || prev == ':' || prev == '?' || prev == '!' ||
                         prev == '"' || prev == '\'';
        int punct_glued = prev == '.' || prev == ',';
        int after_digit_punct = punct_glued && i >= 2 && is_digit((unsigned char)s[i - 2]);
        if ((word_glued || (punct_glued && !after_digit_punct)) && small_number(s + i, len, &v)) {
            push(cs, off, len, 0, C_CLEAR, v);
        } else if (after_digit_punct && small_number(s + i, len, &v)) {
            push(cs, off, len, 0, C_AFTER, v);
        } else if (!word_glued && !punct_glued && len >= 5 && len <= 7 && year_like(s + i)) {
            /* "November 11, 19181": a year with its marker */
            if (small_number(s + i + 4, len - 4, &v))
                push(cs, off, len, 4, C_DATE, v);
        } else if (!word_glued && !punct_glued && len >= 2 && len <= 3 && after_month(s, i) &&
                   parse_uint(s + i, len, &v) == len && v > 31) {
            /* "October 181": a day of the month with its marker */
            if (small_number(s + j - 1, 1, &v))
                push(cs, off, len, len - 1, C_DATE, v);
        } else if (!word_glued && !punct_glued && len >= 2 && after_reference(s, i)) {
            /* "despatch No. 631": a number cited, which footnotes annotate;
             * but "my 171, May 18": a date follows, the marker would too */
            int kind_of = before_date(s, n, j) ? C_WEAK : C_NUMBER;
            for (size_t k = 1; k <= 3 && k < len; k++)
                if (small_number(s + j - k, k, &v))
                    push(cs, off, len, len - k, kind_of, v);
        } else if (!word_glued && !punct_glued && len >= 2) {
            for (size_t k = 1; k <= 2 && k < len; k++)
                if (small_number(s + j - k, k, &v))
                    push(cs, off, len, len - k, C_WEAK, v);
        }
        at_start = 0;
        i = j;
    }
}

typedef struct {
    unsigned long n; /* the candidate's footnote number */
    size_t i;        /* its index in the candidate list */
} by_number;

static int cmp_by_number(const void *a, const void *b)
{
    const by_number *x = a, *y = b;
    if (x->n != y->n)
        return x->n < y->n ? -1 : 1;
    return x->i < y->i ? -1 : x->i > y->i;
}

static int cmp_marker(const void *a, const void *b)
{
    const tg_marker *x = a, *y = b;
    return x->off < y->off ? -1 : x->off > y->off;
}

size_t markers_find(tg_arena *a, const char *buf, const tg_str *regions, size_t nregions,
                    const unsigned long *numbers, size_t nfoot, tg_marker **out)
{
    *out = NULL;
    if (nfoot == 0)
        return 0;
    cands_t cs = {NULL, 0, 0, a, 0};
    for (size_t r = 0; r < nregions; r++)
        scan_region(&cs, buf, regions[r]);
    /* per footnote: the candidate chosen, or none */
    size_t *chosen = arena_alloc(a, nfoot * sizeof *chosen);
    tg_marker *m = arena_alloc(a, nfoot * sizeof *m);
    if (cs.oom || !chosen || !m)
        return (size_t)-1;
    const size_t NONE = (size_t)-1;
    for (size_t f = 0; f < nfoot; f++)
        chosen[f] = NONE;

    /* pass 1: clear markers, in footnote order */
    size_t next = 0; /* the footnote expected next */
    for (size_t i = 0; i < cs.n && next < nfoot; i++) {
        const cand_t *c = &cs.c[i];
        if (c->kind >= C_DATE)
            continue;
        for (size_t f = next; f < nfoot && f < next + 3; f++) {
            if (numbers[f] != c->n || (c->kind != C_CLEAR && f != next))
                continue;
            chosen[f] = i;
            next = f + 1;
            break;
        }
    }
    /* pass 2: each footnote still without a marker, between its neighbours;
     * candidates are looked up through an index sorted by (number, place) */
    by_number *by_n = arena_alloc(a, (cs.n ? cs.n : 1) * sizeof *by_n);
    if (!by_n)
        return (size_t)-1;
    for (size_t i = 0; i < cs.n; i++) {
        by_n[i].n = cs.c[i].n;
        by_n[i].i = i;
    }
    qsort(by_n, cs.n, sizeof *by_n, cmp_by_number);
    /* the window of footnote f: after the marker of the footnote before it
     * (running, as pass 2 goes on), before the first later one of pass 1 */
    size_t *next_chosen = arena_alloc(a, (nfoot + 1) * sizeof *next_chosen);
    if (!next_chosen)
        return (size_t)-1;
    next_chosen[nfoot] = cs.n;
    for (size_t f = nfoot; f-- > 0;)
        next_chosen[f] = chosen[f] != NONE ? chosen[f] : next_chosen[f + 1];
    size_t lo = 0;
    for (size_t f = 0; f < nfoot; f++) {
        if (chosen[f] != NONE) {
            lo = chosen[f] + 1;
            continue;
        }
        size_t hi = next_chosen[f + 1];
        /* first index entry with number numbers[f] and position >= lo */
        size_t l = 0, r = cs.n;
        while (l < r) {
            size_t mid = l + (r - l) / 2;
            if (by_n[mid].n < numbers[f] || (by_n[mid].n == numbers[f] && by_n[mid].i < lo))
                l = mid + 1;
            else
                r = mid;
        }
        size_t best = NONE;
        size_t taken_off = lo > 0 ? cs.c[lo - 1].off : (size_t)-1;
        for (size_t k = l; k < cs.n && by_n[k].n == numbers[f] && by_n[k].i < hi; k++) {
            const cand_t *c = &cs.c[by_n[k].i];
            if (c->off == taken_off)
                continue; /* the digits of the marker before */
            if (best == NONE || c->kind < cs.c[best].kind)
                best = by_n[k].i;
            if (cs.c[best].kind < C_NUMBER)
                break;
        }
        chosen[f] = best;
        if (best != NONE)
            lo = best + 1;
    }
    size_t count = 0;
    for (size_t f = 0; f < nfoot; f++) {
        if (chosen[f] == NONE)
            continue;
        const cand_t *c = &cs.c[chosen[f]];
        m[count].off = c->off;
        m[count].len = c->len;
        m[count].keep = c->keep;
        m[count].n = c->n;
        m[count].foot = f;
        count++;
    }
    qsort(m, count, sizeof *m, cmp_marker);
    /* two footnotes may not share one run of digits */
    size_t kept = 0;
    for (size_t i = 0; i < count; i++)
        if (kept == 0 || m[kept - 1].off != m[i].off)
            m[kept++] = m[i];
    count = kept;
    *out = m;
    return count;
}
