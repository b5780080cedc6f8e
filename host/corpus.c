/* corpus.c - see corpus.h */
#define _POSIX_C_SOURCE 200809L
#include "corpus.h"

#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "input.h"

typedef struct {
    corpus_visit visit;
    void *ud;
    corpus_stats *stats;
    int progress; /* stderr is a terminal: show a counter */
} run_t;

static int each_file(const in_file *f, void *ud)
{
    run_t *r = ud;
    size_t pos = 0, start, end;
    unsigned line = 1, index = 0;
    size_t w = 0;
    r->stats->files++;
    while (tg_next_document(f->data, f->len, pos, &start, &end, &line)) {
        tg_doc doc;
        index++;
        if (tg_parse(f->data + start, end - start, line, index, &doc) != TG_OK) {
            fprintf(stderr, "cable: %s:%u: out of memory while parsing this document\n",
                    f->path, line);
            r->stats->errors++;
            return 0;
        }
        for (; w < f->n_warnings && f->warnings[w].line <= doc.last_line; w++)
            if (tg_doc_warn(&doc, f->warnings[w].line, f->warnings[w].message) != TG_OK)
                r->stats->errors++;
        r->stats->documents++;
        int rc = r->visit(f->path, &doc, r->ud);
        tg_doc_free(&doc);
        if (rc)
            return rc;
        /* the next document starts on the line after this one's range */
        for (size_t i = start; i < end; i++)
            line += f->data[i] == '\n';
        pos = end;
    }
    if (r->progress && r->stats->files % 256 == 0)
        fprintf(stderr, "\rcable: %zu files, %zu documents", r->stats->files,
                r->stats->documents);
    return 0;
}

int corpus_each(const char *const *paths, size_t n, corpus_visit visit, void *ud,
                corpus_stats *stats)
{
    run_t r = {visit, ud, stats, isatty(STDERR_FILENO) && getenv("CABLE_NO_PROGRESS") == NULL};
    stats->files = stats->documents = 0;
    stats->errors = 0;
    int rc = input_each(paths, n, each_file, &r, &stats->errors);
    if (r.progress && stats->files >= 256)
        fprintf(stderr, "\r\033[K");
    return rc;
}
