/*
 * fuzz_parser.c - libFuzzer target: bytes -> input clean-up -> documents ->
 * the parser, and every field of every document read once.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "input.h"
#include "telegram.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Touch every span, so that a bad pointer or length shows. */
static size_t touch(tg_str s)
{
    size_t sum = 0;
    for (size_t i = 0; i < s.n; i++)
        sum += (unsigned char)s.s[i];
    return sum;
}

static size_t read_doc(const tg_doc *d)
{
    size_t sum = touch(d->source) + touch(d->number) + touch(d->heading) + touch(d->text) +
                 touch(d->signature) + touch(d->classification) + touch(d->channel);
    for (size_t i = 0; i < d->n_file_numbers; i++)
        sum += touch(d->file_numbers[i]);
    for (size_t i = 0; i < d->n_from; i++)
        sum += touch(d->from[i].title) + touch(d->from[i].name);
    for (size_t i = 0; i < d->n_to; i++)
        sum += touch(d->to[i].title) + touch(d->to[i].name);
    for (size_t i = 0; i < d->n_paragraphs; i++) {
        const tg_paragraph *p = &d->paragraphs[i];
        sum += touch(p->text) + touch(p->raw) + touch(p->page);
        for (size_t k = 0; k < p->notes_n; k++)
            sum += d->para_notes[p->notes_at + k];
        for (size_t k = 0; k < p->lines_n; k++)
            sum += d->para_lines[p->lines_at + k];
    }
    for (size_t i = 0; i < d->n_footnotes; i++)
        sum += touch(d->footnotes[i].text) + d->footnotes[i].offset;
    for (size_t i = 0; i < d->n_page_breaks; i++)
        sum += touch(d->page_breaks[i].page) + d->page_breaks[i].offset;
    for (size_t i = 0; i < d->n_warnings; i++)
        sum += touch(d->warnings[i].message);
    if (d->has_dateline)
        sum += touch(d->dateline.text) + touch(d->dateline.place) + touch(d->dateline.received) +
               strlen(d->dateline.date) + strlen(d->dateline.time);
    return sum;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char *clean;
    size_t len, nw;
    in_warning *w;
    if (input_clean((const char *)data, size, &clean, &len, &w, &nw) != 0)
        return 0;
    const char *buf = clean ? clean : (const char *)data;
    size_t pos = 0, start, end;
    unsigned line = 1, index = 0;
    volatile size_t sink = 0;
    while (tg_next_document(buf, len, pos, &start, &end, &line)) {
        if (end <= pos || end > len)
            abort(); /* the splitter must always move forward */
        tg_doc doc;
        if (tg_parse(buf + start, end - start, line, ++index, &doc) == TG_OK) {
            sink += read_doc(&doc);
            tg_doc_free(&doc);
        }
        for (size_t i = start; i < end; i++)
            line += buf[i] == '\n';
        pos = end;
    }
    (void)sink;
    free(clean);
    free(w);
    return 0;
}
