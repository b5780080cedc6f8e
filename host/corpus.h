/*
 * corpus.h - documents one after another, from every file input.h finds.
 *
 * For each file the documents it holds are split and parsed, and the
 * callback sees each with its path; the warnings met while reading the file
 * (invalid UTF-8, …) are attached to the document whose lines hold them.
 * A document that cannot be parsed is reported and the run goes on.
 */
#ifndef CABLE_CORPUS_H
#define CABLE_CORPUS_H

#include <stddef.h>

#include "telegram.h"

/* Return non-zero to stop the run. */
typedef int (*corpus_visit)(const char *path, const tg_doc *doc, void *ud);

typedef struct {
    size_t files, documents;
    int errors; /* paths that could not be read, documents that failed */
} corpus_stats;

/* Returns the callback's non-zero value, or 0. */
int corpus_each(const char *const *paths, size_t n, corpus_visit visit, void *ud,
                corpus_stats *stats);

#endif
