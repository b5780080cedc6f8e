/*
 * test_input.c - input clean-up (CRLF, BOM, invalid UTF-8, NUL) and the
 * seed telegram of ../shared/corpus field by field, when it is there.
 */
#include "fixtures.h"

#include <stdio.h>
#include <stdlib.h>

#include "corpus.h"
#include "input.h"

static void test_clean_text_untouched(void **state)
{
    (void)state;
    char *out;
    size_t n, nw;
    in_warning *w;
    const char text[] = "No. 1\nCaf\xc3\xa9 \xe2\x80\x94 fine\n";
    assert_int_equal(input_clean(text, sizeof text - 1, &out, &n, &w, &nw), 0);
    assert_null(out);
    assert_int_equal(n, sizeof text - 1);
    assert_int_equal(nw, 0);
}

static void test_crlf_bom(void **state)
{
    (void)state;
    char *out;
    size_t n, nw;
    in_warning *w;
    const char text[] = "\xef\xbb\xbfNo. 1\r\nA to B\r\rend\r\n";
    assert_int_equal(input_clean(text, sizeof text - 1, &out, &n, &w, &nw), 0);
    assert_non_null(out);
    assert_int_equal(n, 18);
    assert_memory_equal(out, "No. 1\nA to B\n\nend\n", 18);
    assert_int_equal(nw, 0);
    free(out);
    free(w);
}

static void test_invalid_utf8(void **state)
{
    (void)state;
    char *out;
    size_t n, nw;
    in_warning *w;
    /* a stray continuation byte, an overlong '/', a surrogate, a NUL */
    const char text[] = "ok\n\x80 x\n\xc0\xaf\n\xed\xa0\x80\nA\0B\n";
    assert_int_equal(input_clean(text, sizeof text - 1, &out, &n, &w, &nw), 0);
    assert_non_null(out);
    assert_memory_equal(out, "ok\n\xef\xbf\xbd x\n", 9);
    assert_null(memchr(out, '\0', n));
    assert_int_equal(nw, 4);
    assert_int_equal(w[0].line, 2);
    assert_int_equal(w[1].line, 3);
    assert_int_equal(w[2].line, 4);
    assert_int_equal(w[3].line, 5);
    assert_string_equal(w[3].message, "NUL byte replaced by U+FFFD");
    free(out);
    free(w);
}

/* ---- the seed, read from ../shared when it is there ---------------------- */

#define SEED "../../../shared/corpus/seed/000_dcbc53b79538e1aa.txt"

typedef struct {
    int seen;
} seed_state;

static int check_seed(const char *path, const tg_doc *d, void *ud)
{
    (void)path;
    ((seed_state *)ud)->seen++;
    assert_span(d->source, "761.93/7–1245: Telegram");
    assert_span(d->file_numbers[0], "761.93/7–1245");
    assert_span(d->channel, "Telegram");
    assert_span(d->number, "577");
    assert_span(d->heading, "The Ambassador in the Soviet Union (Harriman) to the President "
                            "and the Secretary of State");
    assert_span(d->from[0].title, "The Ambassador in the Soviet Union");
    assert_span(d->from[0].name, "Harriman");
    assert_int_equal(d->n_to, 2);
    assert_span(d->to[1].title, "the Secretary of State");
    assert_string_equal(d->kind, "telegram");
    assert_span(d->classification, "top secret");
    assert_false(d->has_dateline);
    assert_int_equal(d->telegram_number, -1);
    assert_int_equal(d->n_paragraphs, 5);
    assert_int_equal(d->paragraphs[1].line, 10);
    assert_true(strncmp(d->paragraphs[1].text.s, "Soong had another talk with Stalin tonight. He",
                        46) == 0);
    assert_int_equal(d->n_footnotes, 1);
    assert_span(d->footnotes[0].text, "i. e., July 11.");
    assert_int_equal(d->footnotes[0].line, 18);
    assert_int_equal(d->footnotes[0].paragraph, 2);
    assert_int_equal(d->footnotes[0].marker_line, 10);
    assert_int_equal(d->n_page_breaks, 1);
    assert_span(d->page_breaks[0].page, "863");
    assert_int_equal(d->page_breaks[0].paragraph, 5);
    assert_int_equal(d->page_breaks[0].line, 16);
    assert_span(d->signature, NULL);
    assert_int_equal(d->n_warnings, 0);
    return 0;
}

static void test_seed(void **state)
{
    (void)state;
    FILE *f = fopen(SEED, "r");
    if (!f) {
        skip();
        return;
    }
    fclose(f);
    const char *paths[] = {SEED};
    seed_state st = {0};
    corpus_stats stats;
    assert_int_equal(corpus_each(paths, 1, check_seed, &st, &stats), 0);
    assert_int_equal(st.seen, 1);
    assert_int_equal(stats.errors, 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_clean_text_untouched),
        cmocka_unit_test(test_crlf_bom),
        cmocka_unit_test(test_invalid_utf8),
        cmocka_unit_test(test_seed),
    };
    return cmocka_run_group_tests_name("input", tests, NULL, NULL);
}
