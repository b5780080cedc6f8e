/*
 * heading.h - who wrote to whom: the parties and the kind of a document,
 * read from its heading ("The Ambassador in the Soviet Union (Harriman) to
 * the President and the Secretary of State").
 */
#ifndef CABLE_HEADING_H
#define CABLE_HEADING_H

#include "arena.h"
#include "telegram.h"

/*
 * Split a clean heading into doc->from and doc->to, arrays in doc's arena.
 * Returns TG_NOMEM when the arena cannot grow.
 */
tg_status heading_parties(tg_doc *doc, tg_arena *a);

/* The kind of document ("telegram", "memorandum", ...): a static string. */
const char *heading_kind(const tg_doc *doc);

#endif
