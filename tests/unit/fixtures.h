/*
 * fixtures.h - helpers shared by the cmocka tests: parse a string, compare
 * spans with C strings.
 */
#ifndef CABLE_TEST_FIXTURES_H
#define CABLE_TEST_FIXTURES_H

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <string.h>

#include <cmocka.h>

#include "telegram.h"

/* Assert that span s holds exactly the text want (NULL: absent). */
#define assert_span(s, want) assert_span_at((s), (want), __FILE__, __LINE__)

static inline void assert_span_at(tg_str s, const char *want, const char *file, int line)
{
    if (want == NULL) {
        if (s.n != 0)
            _fail(file, line);
        return;
    }
    if (s.n != strlen(want) || memcmp(s.s, want, s.n) != 0) {
        print_error("span \"%.*s\" != \"%s\"\n", (int)s.n, s.s ? s.s : "", want);
        _fail(file, line);
    }
}

/* Parse the first document of text into *doc. */
static inline void parse_text(const char *text, tg_doc *doc)
{
    size_t start, end;
    unsigned line = 1;
    size_t len = strlen(text);
    if (!tg_next_document(text, len, 0, &start, &end, &line)) {
        start = end = len;
    }
    assert_int_equal(tg_parse(text + start, end - start, line, 1, doc), TG_OK);
}

#endif
