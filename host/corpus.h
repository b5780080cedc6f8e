/*
 * corpus.h - documents one after another, from every file input.h finds.
 *
 * A cursor walks the files named on the command line and the documents each
 * holds; the warnings met while reading a file (invalid UTF-8, …) are
 * attached to the document whose lines hold them. A file that cannot be read
 * is reported and skipped: the walk goes on, and the count of errors says so.
 */
#ifndef CABLE_CORPUS_H
#define CABLE_CORPUS_H

#include <stddef.h>

#include "input.h"
#include "telegram.h"

typedef struct {
    size_t files, documents;
    int errors; /* paths that could not be read, documents that failed */
} corpus_stats;

typedef struct {
    in_list list;
    size_t next_file;
    in_file file;     /* the file being read (data NULL when none) */
    size_t pos;       /* where its next document starts */
    unsigned line;    /* the line of pos */
    unsigned index;   /* documents read from it */
    size_t warning;   /* its next warning to attach */
    int progress;     /* stderr is a terminal: show a counter */
    corpus_stats stats;
} corpus_cursor;

/* Start a walk over paths[0..n) (standard input when n == 0). Returns -1
 * when memory runs out. */
int corpus_open(corpus_cursor *c, const char *const *paths, size_t n);

/*
 * The next document into *doc (release with tg_doc_free), its file's path
 * in *path (valid until the next call). Returns 1, or 0 when no document
 * is left.
 */
int corpus_next(corpus_cursor *c, tg_doc *doc, const char **path);

void corpus_close(corpus_cursor *c);

/* Return non-zero to stop the walk. */
typedef int (*corpus_visit)(const char *path, const tg_doc *doc, void *ud);

/* Every document in turn; returns the callback's non-zero value, or 0. */
int corpus_each(const char *const *paths, size_t n, corpus_visit visit, void *ud,
                corpus_stats *stats);

#endif
