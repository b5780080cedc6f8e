/*
 * test_telegram.c - the parser, field by field, on each layout variant.
 *
 * The documents below are written for these tests in the layout of the
 * corpus; none is copied from it.
 */
#include "fixtures.h"

#include <stdio.h>
#include <stdlib.h>

/* A telegram in the seed's layout: source, number, heading with "( X )",
 * classification, markers glued to words, a page break inside a sentence. */
static const char TELEGRAM[] =
    "893.00/9–1445: Telegram\n"
    "\n"
    "No. 412\n"
    "The Ambassador in China ( Hurley ) to the President and the Secretary of State\n"
    "\n"
    "top secret\n"
    "\n"
    "Personal for the President from Hurley.\n"
    "\n"
    "The Generalissimo received me this morning.1 He spoke at length of the railways\n"
    "and of the ports, and said that the [Page 514] agreement would hold.\n"
    "\n"
    "Wang asks me to tell you that the talks of last week,2 in his view, settled nothing.\n"
    "\n"
    "Hurley\n"
    "\n"
    "  1. i. e., September 14.\n"
    "  2. See telegram No. 398, ante, p. 500.\n";

static void test_telegram_fields(void **state)
{
    (void)state;
    tg_doc d;
    parse_text(TELEGRAM, &d);
    assert_span(d.source, "893.00/9–1445: Telegram");
    assert_int_equal(d.n_file_numbers, 1);
    assert_span(d.file_numbers[0], "893.00/9–1445");
    assert_span(d.channel, "Telegram");
    assert_span(d.number, "412");
    assert_span(d.heading,
                "The Ambassador in China (Hurley) to the President and the Secretary of State");
    assert_int_equal(d.n_from, 1);
    assert_span(d.from[0].title, "The Ambassador in China");
    assert_span(d.from[0].name, "Hurley");
    assert_int_equal(d.n_to, 2);
    assert_span(d.to[0].title, "the President");
    assert_span(d.to[1].title, "the Secretary of State");
    assert_string_equal(d.kind, "telegram");
    assert_span(d.classification, "top secret");
    assert_int_equal(d.has_dateline, 0);
    assert_int_equal(d.telegram_number, -1);
    assert_int_equal(d.n_paragraphs, 3);
    assert_span(d.paragraphs[1].text,
                "The Generalissimo received me this morning. He spoke at length of the railways "
                "and of the ports, and said that the agreement would hold.");
    assert_int_equal(d.paragraphs[1].line, 10);
    assert_int_equal(d.paragraphs[1].notes_n, 1);
    assert_int_equal(d.para_notes[d.paragraphs[1].notes_at], 1);
    assert_span(d.paragraphs[2].text,
                "Wang asks me to tell you that the talks of last week, in his view, settled "
                "nothing.");
    assert_span(d.paragraphs[2].page, "514");
    assert_int_equal(d.n_footnotes, 2);
    assert_int_equal(d.footnotes[0].n, 1);
    assert_span(d.footnotes[0].text, "i. e., September 14.");
    assert_int_equal(d.footnotes[0].line, 17);
    assert_int_equal(d.footnotes[0].paragraph, 2);
    assert_int_equal(d.footnotes[0].marker_line, 10);
    assert_int_equal(d.footnotes[1].paragraph, 3);
    assert_int_equal(d.n_page_breaks, 1);
    assert_span(d.page_breaks[0].page, "514");
    assert_int_equal(d.page_breaks[0].paragraph, 2);
    assert_int_equal(d.page_breaks[0].line, 11);
    assert_span(d.signature, "Hurley");
    assert_int_equal(d.n_warnings, 0);
    assert_true(strstr(d.text.s, "Personal for the President from Hurley.\n\nThe Generalissimo") ==
                d.text.s);
    tg_doc_free(&d);
}

/* A paraphrase with dateline, received line and telegram number. */
static const char PARAPHRASE[] =
    "500.A15a3/901: Telegram\n"
    "\n"
    "No. 120\n"
    "The Chairman of the American Delegation (Stimson) to the Acting Secretary of State\n"
    "\n"
    "[Paraphrase]\n"
    "\n"
    "London, April 12, 1930—4 p.m.\n"
    "[Received April 12—1:05 p.m.]\n"
    "\n"
    "219. Your 130, April 11, noon. The French have not answered.\n"
    "\n"
    "Stimson\n";

static void test_paraphrase_dateline(void **state)
{
    (void)state;
    tg_doc d;
    parse_text(PARAPHRASE, &d);
    assert_int_equal(d.n_notes, 1);
    assert_span(d.notes[0], "[Paraphrase]");
    assert_true(d.has_dateline);
    assert_span(d.dateline.text, "London, April 12, 1930—4 p.m.");
    assert_span(d.dateline.place, "London");
    assert_string_equal(d.dateline.date, "1930-04-12");
    assert_string_equal(d.dateline.time, "16:00");
    assert_span(d.dateline.received, "April 12—1:05 p.m.");
    assert_int_equal(d.telegram_number, 219);
    assert_int_equal(d.n_paragraphs, 1);
    assert_span(d.paragraphs[0].text, "219. Your 130, April 11, noon. The French have not answered.");
    assert_span(d.signature, "Stimson");
    assert_int_equal(d.n_from, 1);
    assert_span(d.from[0].name, "Stimson");
    tg_doc_free(&d);
}

/* Several file numbers, a circular telegram, a bracketed dateline at noon. */
static const char CIRCULAR[] =
    "711.00/12; 711.00/13: Circular telegram\n"
    "\n"
    "No. 7\n"
    "The Secretary of State to Diplomatic Representatives in Latin America\n"
    "\n"
    "[Washington,] June 7, 1930—noon.\n"
    "\n"
    "You will inform the Government to which you are accredited.\n"
    "\n"
    "Cotton\n";

static void test_circular(void **state)
{
    (void)state;
    tg_doc d;
    parse_text(CIRCULAR, &d);
    assert_int_equal(d.n_file_numbers, 2);
    assert_span(d.file_numbers[0], "711.00/12");
    assert_span(d.file_numbers[1], "711.00/13");
    assert_span(d.channel, "Circular telegram");
    assert_span(d.dateline.place, "[Washington,]");
    assert_string_equal(d.dateline.date, "1930-06-07");
    assert_string_equal(d.dateline.time, "12:00");
    assert_span(d.signature, "Cotton");
    tg_doc_free(&d);
}

/* "File No.", a note, a marker after a year, one glued to a cited number. */
static const char FILE_NO[] =
    "File No. 763.72/4400\n"
    "\n"
    "No. 31\n"
    "The Ambassador in Great Britain (Page) to the Secretary of State\n"
    "\n"
    "[Telegram]\n"
    "\n"
    "London, November 11, 19181—noon.\n"
    "\n"
    "6120. Referring to my despatch No. 8312 the Admiralty agrees.\n"
    "\n"
    "Page\n"
    "\n"
    "  1. The date is that of the armistice.\n"
    "  2. Not printed.\n";

static void test_markers_after_digits(void **state)
{
    (void)state;
    tg_doc d;
    parse_text(FILE_NO, &d);
    assert_span(d.source, "File No. 763.72/4400");
    assert_span(d.file_numbers[0], "File No. 763.72/4400");
    assert_span(d.channel, NULL);
    assert_string_equal(d.kind, "telegram");
    assert_span(d.dateline.text, "London, November 11, 1918—noon.");
    assert_string_equal(d.dateline.date, "1918-11-11");
    assert_int_equal(d.footnotes[0].paragraph, -1);
    assert_span(d.paragraphs[0].text, "6120. Referring to my despatch No. 831 the Admiralty agrees.");
    assert_int_equal(d.footnotes[1].paragraph, 1);
    assert_int_equal(d.telegram_number, 6120);
    assert_int_equal(d.n_warnings, 0);
    tg_doc_free(&d);
}

/* A 19th-century despatch: capital signature, address after it, a page
 * break on a line of its own, an enclosure opened by its marker. */
static const char DESPATCH[] =
    "No. 88.]\n"
    "\n"
    "No. 140\n"
    "Mr. Dayton to Mr. Seward.\n"
    "\n"
    "Paris, August 2, 1862.\n"
    "\n"
    "Sir: I have the honor to enclose the note of the minister of foreign affairs.\n"
    "\n"
    "[Page 402]\n"
    "\n"
    "I am, sir, your obedient servant,\n"
    "\n"
    "WM. L. DAYTON.\n"
    "\n"
    "Hon. William H. Seward,\n"
    "Secretary of State.\n"
    "\n"
    "1 The minister of foreign affairs to Mr. Dayton. Paris, July 30, 1862. Sir: The "
    "government of the Emperor has read with care the note which you did it the honor to "
    "address to it.\n"
    "\n"
    "  1. [Inclosure.]\n";

static void test_despatch(void **state)
{
    (void)state;
    tg_doc d;
    parse_text(DESPATCH, &d);
    assert_span(d.source, "No. 88.]");
    assert_span(d.number, "140");
    assert_span(d.from[0].name, "Mr. Dayton");
    assert_span(d.to[0].name, "Mr. Seward");
    assert_span(d.dateline.place, "Paris");
    assert_string_equal(d.dateline.date, "1862-08-02");
    assert_string_equal(d.dateline.time, "");
    assert_span(d.signature, "WM. L. DAYTON.");
    assert_int_equal(d.n_paragraphs, 4);
    assert_span(d.paragraphs[1].text, "I am, sir, your obedient servant,");
    assert_span(d.paragraphs[1].page, "402");
    assert_span(d.paragraphs[2].text, "Hon. William H. Seward, Secretary of State.");
    assert_true(strncmp(d.paragraphs[3].text.s, "The minister of foreign affairs", 31) == 0);
    assert_int_equal(d.footnotes[0].paragraph, 4);
    assert_int_equal(d.n_page_breaks, 1);
    assert_int_equal(d.page_breaks[0].paragraph, 2);
    assert_string_equal(d.kind, "despatch");
    tg_doc_free(&d);
}

/* An address above the dateline, a despatch serial, received in parentheses. */
static const char ADDRESSED[] =
    "No. 77\n"
    "Mr. Fish to Mr. Washburne.\n"
    "\n"
    "No. 12.]\n"
    "\n"
    "Department of State,\n"
    "Washington, May 3, 1871. (Received May 20.)\n"
    "\n"
    "Sir: Your despatch has been received.\n"
    "\n"
    "HAMILTON FISH.\n";

static void test_address_dateline(void **state)
{
    (void)state;
    tg_doc d;
    parse_text(ADDRESSED, &d);
    assert_int_equal(d.n_notes, 1);
    assert_span(d.notes[0], "No. 12.]");
    assert_span(d.dateline.text, "Washington, May 3, 1871. (Received May 20.)");
    assert_span(d.dateline.place, "Department of State, Washington");
    assert_string_equal(d.dateline.date, "1871-05-03");
    assert_int_equal(d.n_paragraphs, 1);
    assert_span(d.signature, "HAMILTON FISH.");
    tg_doc_free(&d);
}

/* A marker in the received line, a cited telegram with its date, two
 * markers opening an enclosure, and the editors' "[File copy not signed]". */
static const char RECEIVED[] =
    "500.A15a3/700: Telegram\n"
    "\n"
    "No. 25\n"
    "The Chairman of the American Delegation (Stimson) to the Secretary of State\n"
    "\n"
    "London, February 23, 1930—11 a.m.\n"
    "[Received February 23—12 noon.1]\n"
    "\n"
    "80. Your No. 131, February 22. The British agree.2\n"
    "\n"
    "3 4 The British Memorandum Handed to the Delegation\n"
    "\n"
    "[File copy not signed]\n"
    "\n"
    "  1. Telegram in three sections.\n"
    "  2. Not printed.\n"
    "  3. [Enclosure]\n"
    "  4. File translation revised.\n";

static void test_received_marker(void **state)
{
    (void)state;
    tg_doc d;
    parse_text(RECEIVED, &d);
    assert_span(d.dateline.received, "February 23—12 noon.");
    assert_int_equal(d.footnotes[0].paragraph, -1);
    assert_int_equal(d.footnotes[0].marker_line, 7);
    assert_span(d.paragraphs[0].text, "80. Your No. 131, February 22. The British agree.");
    assert_int_equal(d.footnotes[1].paragraph, 1);
    assert_span(d.paragraphs[1].text, "The British Memorandum Handed to the Delegation");
    assert_int_equal(d.footnotes[2].paragraph, 2);
    assert_int_equal(d.footnotes[3].paragraph, 2);
    assert_int_equal(d.n_paragraphs, 2);
    assert_int_equal(d.n_notes, 1);
    assert_span(d.notes[0], "[File copy not signed]");
    assert_span(d.signature, NULL);
    assert_int_equal(d.n_warnings, 0);
    tg_doc_free(&d);
}

/* A table: cells separated by tabs, kept as one multi-line block. */
static const char TABLE[] =
    "No. 9\n"
    "Memorandum by the Economic Adviser (Feis)\n"
    "\n"
    "[Washington,] March 3, 1934.\n"
    "\n"
    "The figures are these:\n"
    "\n"
    "Cotton\t1932\t1,200\n"
    "Wheat\t1933\t900\n"
    "\n"
    "H[erbert] F[eis]\n";

static void test_table_and_memorandum(void **state)
{
    (void)state;
    tg_doc d;
    parse_text(TABLE, &d);
    assert_span(d.source, NULL);
    assert_int_equal(d.n_file_numbers, 0);
    assert_string_equal(d.kind, "memorandum");
    assert_int_equal(d.n_paragraphs, 2);
    assert_span(d.paragraphs[1].raw, "Cotton\t1932\t1,200\nWheat\t1933\t900");
    assert_span(d.paragraphs[1].text, "Cotton 1932 1,200 Wheat 1933 900");
    assert_span(d.signature, "H[erbert] F[eis]");
    tg_doc_free(&d);
}

/* Many documents in one buffer, split at their source notes. */
static void test_split_documents(void **state)
{
    (void)state;
    char buf[4096];
    int n = snprintf(buf, sizeof buf, "%s\n\n%s\n%s", TELEGRAM, PARAPHRASE, CIRCULAR);
    assert_true(n > 0 && (size_t)n < sizeof buf);
    size_t pos = 0, start, end, len = (size_t)n;
    unsigned line = 1;
    const char *numbers[] = {"412", "120", "7"};
    unsigned lines[] = {1, 21, 35};
    size_t count = 0;
    while (tg_next_document(buf, len, pos, &start, &end, &line)) {
        assert_true(count < 3);
        tg_doc d;
        assert_int_equal(tg_parse(buf + start, end - start, line, (unsigned)count + 1, &d), TG_OK);
        assert_span(d.number, numbers[count]);
        assert_int_equal(d.line, lines[count]);
        tg_doc_free(&d);
        for (size_t i = start; i < end; i++)
            line += buf[i] == '\n';
        pos = end;
        count++;
    }
    assert_int_equal(count, 3);
}

/* ---- broken input ---------------------------------------------------- */

static void test_empty(void **state)
{
    (void)state;
    size_t start, end;
    unsigned line = 1;
    assert_int_equal(tg_next_document("", 0, 0, &start, &end, &line), 0);
    assert_int_equal(tg_next_document("\n \n\t\n", 5, 0, &start, &end, &line), 0);
    tg_doc d;
    assert_int_equal(tg_parse("", 0, 1, 1, &d), TG_OK);
    assert_int_equal(d.n_paragraphs, 0);
    assert_int_equal(d.n_warnings, 1); /* no "No." line */
    tg_doc_free(&d);
}

static void test_binary(void **state)
{
    (void)state;
    char buf[4096];
    unsigned seed = 12345;
    for (size_t i = 0; i < sizeof buf; i++) {
        seed = seed * 1103515245u + 12345u;
        buf[i] = (char)(seed >> 16);
    }
    size_t pos = 0, start, end;
    unsigned line = 1;
    while (tg_next_document(buf, sizeof buf, pos, &start, &end, &line)) {
        tg_doc d;
        assert_int_equal(tg_parse(buf + start, end - start, line, 1, &d), TG_OK);
        tg_doc_free(&d);
        assert_true(end > pos);
        pos = end;
    }
}

static void test_long_line(void **state)
{
    (void)state;
    size_t n = 10u << 20;
    char *buf = malloc(n + 64);
    assert_non_null(buf);
    memcpy(buf, "No. 1\nA to B\n\n", 14);
    for (size_t i = 14; i < n; i++)
        buf[i] = (i % 7) ? 'a' : ' ';
    tg_doc d;
    assert_int_equal(tg_parse(buf, n, 1, 1, &d), TG_OK);
    assert_int_equal(d.n_paragraphs, 1);
    assert_true(d.paragraphs[0].text.n > n / 2);
    tg_doc_free(&d);
    free(buf);
}

static void test_nul_bytes(void **state)
{
    (void)state;
    static const char buf[] = "No. 2\nA to B\n\nText\0with a NUL.1\n\n  1. Note.\n";
    tg_doc d;
    assert_int_equal(tg_parse(buf, sizeof buf - 1, 1, 1, &d), TG_OK);
    assert_int_equal(d.n_paragraphs, 1);
    assert_int_equal(d.paragraphs[0].text.n, 16); /* the NUL kept: input.c replaces it */
    assert_int_equal(d.footnotes[0].marker_line, 4);
    tg_doc_free(&d);
}

static void test_footnote_without_marker(void **state)
{
    (void)state;
    tg_doc d;
    parse_text("No. 3\nA to B\n\nNothing refers below.\n\n  1. Orphan.\n", &d);
    assert_int_equal(d.n_footnotes, 1);
    assert_int_equal(d.footnotes[0].marker_line, 0);
    assert_int_equal(d.n_warnings, 1);
    assert_span(d.warnings[0].message, "footnote 1 has no marker in the text");
    assert_int_equal(d.warnings[0].line, 6);
    tg_doc_free(&d);
}

static void test_marker_without_footnote(void **state)
{
    (void)state;
    tg_doc d;
    parse_text("No. 4\nA to B\n\nHe came tonight.1 It was 1945.\n", &d);
    /* without footnotes no digits are markers: the text stays as written */
    assert_span(d.paragraphs[0].text, "He came tonight.1 It was 1945.");
    assert_int_equal(d.n_footnotes, 0);
    tg_doc_free(&d);
}

/* An office where a signature would stand is neither signature nor text. */
static void test_office_signs(void **state)
{
    (void)state;
    tg_doc d;
    parse_text("No. 8\nThe Minister in Sweden (Morris) to the Secretary of State\n\n"
               "Stockholm, May 2, 1918.\n\n1566. The visit was uneventful and the King "
               "spoke of nothing but the weather during the whole of his stay here.\n\n"
               "American Legation\n", &d);
    assert_int_equal(d.n_paragraphs, 1);
    assert_span(d.signature, NULL);
    assert_span(d.office, "American Legation");
    tg_doc_free(&d);
}

static void test_only_heading(void **state)
{
    (void)state;
    tg_doc d;
    parse_text("No. 5\nThe Secretary of State to the Minister in Egypt (Fish)\n", &d);
    assert_span(d.number, "5");
    assert_span(d.to[0].name, "Fish");
    assert_int_equal(d.n_paragraphs, 0);
    assert_span(d.signature, NULL);
    assert_int_equal(d.n_warnings, 0);
    tg_doc_free(&d);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_telegram_fields),
        cmocka_unit_test(test_paraphrase_dateline),
        cmocka_unit_test(test_circular),
        cmocka_unit_test(test_markers_after_digits),
        cmocka_unit_test(test_despatch),
        cmocka_unit_test(test_address_dateline),
        cmocka_unit_test(test_received_marker),
        cmocka_unit_test(test_table_and_memorandum),
        cmocka_unit_test(test_split_documents),
        cmocka_unit_test(test_empty),
        cmocka_unit_test(test_binary),
        cmocka_unit_test(test_long_line),
        cmocka_unit_test(test_nul_bytes),
        cmocka_unit_test(test_footnote_without_marker),
        cmocka_unit_test(test_marker_without_footnote),
        cmocka_unit_test(test_office_signs),
        cmocka_unit_test(test_only_heading),
    };
    return cmocka_run_group_tests_name("telegram", tests, NULL, NULL);
}
