/* heading.c - see heading.h */
#include "heading.h"

#include <string.h>

#include "text.h"

/* Offset of " to " outside parentheses, -1 when there is none. */
static long find_to(tg_str h)
{
    int depth = 0;
    for (size_t i = 0; i + 4 <= h.n; i++) {
        char c = h.s[i];
        if (c == '(' || c == '[')
            depth++;
        else if ((c == ')' || c == ']') && depth > 0)
            depth--;
        else if (depth == 0 && memcmp(h.s + i, " to ", 4) == 0)
            return (long)i;
    }
    return -1;
}

/* Words that open the title of an office rather than a person's name. */
static int starts_title(tg_str s)
{
    static const char *const openers[] = {
        "the ", "The ", "his ", "His ", "her ", "Her ", "all ", "All ", "certain ",
        "Certain ", "diplomatic ", "Diplomatic ", "consular ", "Consular ",
    };
    for (size_t i = 0; i < sizeof openers / sizeof openers[0]; i++)
        if (str_starts(s, openers[i]))
            return 1;
    return 0;
}

/* Fill one party from text such as "The Minister in Egypt (Fish)". */
static tg_party party_from(tg_str s)
{
    tg_party p = {{NULL, 0}, {NULL, 0}};
    s = str_trim(s);
    while (s.n && (s.s[s.n - 1] == '.' || s.s[s.n - 1] == ',' || s.s[s.n - 1] == ':'))
        s.n--;
    if (s.n == 0)
        return p;
    long open = -1;
    for (size_t i = 0; i < s.n; i++)
        if (s.s[i] == '(') {
            open = (long)i;
            break;
        }
    if (open > 0 && s.s[s.n - 1] == ')') {
        tg_str title = str_trim(str_make(s.s, (size_t)open));
        tg_str name = str_trim(str_make(s.s + open + 1, s.n - (size_t)open - 2));
        p.title = title;
        p.name = name;
        return p;
    }
    if (starts_title(s))
        p.title = s;
    else
        p.name = s;
    return p;
}

/* Split s at " and " / ", " outside parentheses into at most max parties. */
static size_t split_parties(tg_str s, tg_party *out, size_t max)
{
    size_t count = 0, from = 0;
    int depth = 0;
    for (size_t i = 0; i < s.n && count + 1 < max; i++) {
        char c = s.s[i];
        if (c == '(')
            depth++;
        else if (c == ')' && depth > 0)
            depth--;
        else if (depth == 0 && i + 5 <= s.n && memcmp(s.s + i, " and ", 5) == 0) {
            tg_str rest = str_make(s.s + i + 5, s.n - i - 5);
            /* "the President and the Secretary": only split before a new party */
            if (starts_title(rest) || str_starts(rest, "Mr") || str_starts(rest, "Sir ")) {
                out[count++] = party_from(str_make(s.s + from, i - from));
                from = i + 5;
                i += 4;
            }
        }
    }
    tg_party last = party_from(str_make(s.s + from, s.n - from));
    if (last.title.n || last.name.n)
        out[count++] = last;
    return count;
}

tg_status heading_parties(tg_doc *doc, tg_arena *a)
{
    enum { MAX_PARTIES = 8 };
    tg_str h = doc->heading;
    long to = find_to(h);
    if (to < 0)
        return TG_OK;
    tg_str from = str_make(h.s, (size_t)to);
    tg_str rest = str_make(h.s + to + 4, h.n - (size_t)to - 4);
    /* "Memorandum by the Secretary of State": the author follows "by" */
    long by = str_find(from, " by ");
    if (by >= 0)
        from = str_make(from.s + by + 4, from.n - (size_t)by - 4);
    tg_party *f = arena_calloc(a, MAX_PARTIES, sizeof *f);
    tg_party *t = arena_calloc(a, MAX_PARTIES, sizeof *t);
    if (!f || !t)
        return TG_NOMEM;
    doc->from = f;
    doc->n_from = split_parties(from, f, MAX_PARTIES);
    doc->to = t;
    doc->n_to = split_parties(rest, t, MAX_PARTIES);
    return TG_OK;
}

const char *heading_kind(const tg_doc *doc)
{
    tg_str h = doc->heading;
    if (doc->channel.n && str_find_i(doc->channel, "telegram") >= 0)
        return "telegram";
    for (size_t i = 0; i < doc->n_notes; i++)
        if (str_find_i(doc->notes[i], "telegram") >= 0)
            return "telegram";
    static const struct {
        const char *word, *kind;
    } kinds[] = {
        {"Memorandum", "memorandum"}, {"Telegram", "telegram"}, {"Note", "note"},
        {"Aide-Mémoire", "aide-memoire"}, {"Statement", "statement"},
        {"Press Release", "press release"}, {"Report", "report"},
        {"Circular", "circular"}, {"Minutes", "minutes"}, {"Treaty", "treaty"},
        {"Convention", "convention"}, {"Agreement", "agreement"},
        {"Protocol", "protocol"}, {"Proclamation", "proclamation"},
        {"Despatch", "despatch"}, {"Letter", "letter"},
    };
    for (size_t i = 0; i < sizeof kinds / sizeof kinds[0]; i++)
        if (str_starts(h, kinds[i].word))
            return kinds[i].kind;
    if (doc->n_from && doc->n_to) {
        if (doc->n_paragraphs && str_starts(doc->paragraphs[0].text, "Sir:"))
            return "despatch";
        return "letter";
    }
    return "document";
}
