/* corpus.c - see corpus.h */
#define _POSIX_C_SOURCE 200809L
#include "corpus.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

int corpus_open(corpus_cursor *c, const char *const *paths, size_t n)
{
    memset(c, 0, sizeof *c);
    c->progress = isatty(STDERR_FILENO) && getenv("CABLE_NO_PROGRESS") == NULL;
    return input_list(paths, n, &c->list, &c->stats.errors);
}

static void show_progress(corpus_cursor *c)
{
    if (c->progress && c->stats.files % 256 == 0)
        fprintf(stderr, "\rcable: %zu files, %zu documents", c->stats.files,
                c->stats.documents);
}

/* Open the next readable file; 0 when none is left. */
static int next_file(corpus_cursor *c)
{
    while (c->next_file < c->list.n) {
        const char *path = c->list.paths[c->next_file++];
        if (input_load(path, &c->file) != 0) {
            c->stats.errors++;
            continue;
        }
        c->stats.files++;
        show_progress(c);
        c->pos = 0;
        c->line = 1;
        c->index = 0;
        c->warning = 0;
        return 1;
    }
    return 0;
}

int corpus_next(corpus_cursor *c, tg_doc *doc, const char **path)
{
    for (;;) {
        if (!c->file.data && !next_file(c))
            return 0;
        in_file *f = &c->file;
        size_t start, end;
        if (!tg_next_document(f->data, f->len, c->pos, &start, &end, &c->line)) {
            if (c->index == 0)
                fprintf(stderr, "cable: %s: no document in it (the file is empty or blank)\n",
                        f->path);
            input_unload(f);
            continue;
        }
        c->index++;
        unsigned line = c->line;
        for (size_t i = start; i < end; i++)
            c->line += f->data[i] == '\n';
        c->pos = end;
        if (tg_parse(f->data + start, end - start, line, c->index, doc) != TG_OK) {
            fprintf(stderr, "cable: %s:%u: out of memory while parsing this document\n",
                    f->path, line);
            c->stats.errors++;
            continue;
        }
        for (; c->warning < f->n_warnings && f->warnings[c->warning].line <= doc->last_line;
             c->warning++)
            if (tg_doc_warn(doc, f->warnings[c->warning].line, f->warnings[c->warning].message) !=
                TG_OK)
                c->stats.errors++;
        c->stats.documents++;
        *path = f->path;
        return 1;
    }
}

void corpus_close(corpus_cursor *c)
{
    if (c->file.data)
        input_unload(&c->file);
    if (c->progress && c->stats.files >= 256)
        fprintf(stderr, "\r\033[K");
    input_list_free(&c->list);
}

int corpus_each(const char *const *paths, size_t n, corpus_visit visit, void *ud,
                corpus_stats *stats)
{
    corpus_cursor c;
    int rc = 0;
    if (corpus_open(&c, paths, n) == 0) {
        tg_doc doc;
        const char *path;
        while (rc == 0 && corpus_next(&c, &doc, &path)) {
            rc = visit(path, &doc, ud);
            tg_doc_free(&doc);
        }
    } else {
        c.stats.errors++;
    }
    *stats = c.stats;
    corpus_close(&c);
    return rc;
}
