/*
 * docprint.h - a parsed document written out: one JSON object (a line of
 * JSON Lines, with the field names of the document model) or a short view
 * for people.
 */
#ifndef CABLE_DOCPRINT_H
#define CABLE_DOCPRINT_H

#include <stdio.h>

#include "telegram.h"

void doc_print_json(FILE *out, const char *path, const tg_doc *doc);
void doc_print_text(FILE *out, const char *path, const tg_doc *doc);
/* "path:line: message" for each warning; returns how many. */
size_t doc_print_warnings(FILE *out, const char *path, const tg_doc *doc);

#endif
