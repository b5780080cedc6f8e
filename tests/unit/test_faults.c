/*
 * test_faults.c - running out of memory, at every allocation in turn:
 * the parser and the input clean-up return an error and leave nothing
 * behind (the sanitizer build checks for leaks), never a crash.
 */
#include "fixtures.h"

#include <stdlib.h>

#include "input.h"
#include "xalloc.h"

static const char DOC[] =
    "761.93/7–1245: Telegram\n\nNo. 577\nThe Ambassador in the Soviet Union ( Harriman ) to "
    "the President\n\ntop secret\n\nMoscow, July 11, 1945—4 p.m.\n[Received July 12]\n\n"
    "202. Soong had another talk with Stalin tonight.1 He [Page 863] agrees.\n\n"
    "Stalin insists on 19451 and on despatch No. 6312.\n\nHarriman\n\n"
    "  1. i. e., July 11.\n  2. Not printed.\n";

static void test_parser_out_of_memory(void **state)
{
    (void)state;
    int failures = 0, successes = 0;
    for (unsigned long n = 1; n < 200; n++) {
        tg_doc doc;
        xalloc_fail_after(n);
        tg_status st = tg_parse(DOC, sizeof DOC - 1, 1, 1, &doc);
        xalloc_fail_after(0);
        if (st == TG_OK) {
            successes++;
            assert_int_equal(doc.n_paragraphs, 2);
            tg_doc_free(&doc);
        } else {
            assert_int_equal(st, TG_NOMEM);
            assert_null(doc.arena); /* nothing left to free */
            failures++;
        }
    }
    assert_true(failures > 0);  /* some allocation was made to fail */
    assert_true(successes > 0); /* and past the last one, all is well */
}

static void test_clean_out_of_memory(void **state)
{
    (void)state;
    const char text[] = "No. 1\r\nBad \xff byte\r\nand \xfe another\r\n";
    for (unsigned long n = 1; n < 8; n++) {
        char *out;
        size_t len, nw;
        in_warning *w;
        xalloc_fail_after(n);
        int rc = input_clean(text, sizeof text - 1, &out, &len, &w, &nw);
        xalloc_fail_after(0);
        if (rc == 0) {
            assert_non_null(out);
            assert_int_equal(nw, 2);
            free(out);
            free(w);
        } else {
            assert_int_equal(rc, -1);
        }
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_parser_out_of_memory),
        cmocka_unit_test(test_clean_out_of_memory),
    };
    return cmocka_run_group_tests_name("faults", tests, NULL, NULL);
}
