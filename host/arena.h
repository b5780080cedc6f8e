/*
 * arena.h - a bump allocator: many small allocations, one release.
 *
 * A parsed document keeps every string and array it derives in one arena, so
 * tg_doc_free() is a single walk over a few blocks.
 */
#ifndef CABLE_ARENA_H
#define CABLE_ARENA_H

#include <stddef.h>

typedef struct tg_arena tg_arena;

tg_arena *arena_new(size_t first_block);
/* Uninitialised memory aligned for any type; NULL when out of memory. */
void *arena_alloc(tg_arena *a, size_t size);
/* Zeroed array of count elements of size bytes; NULL on overflow or OOM. */
void *arena_calloc(tg_arena *a, size_t count, size_t size);
/* A copy of s[0..n) with a NUL after it; NULL when out of memory. */
char *arena_strndup(tg_arena *a, const char *s, size_t n);
void arena_free(tg_arena *a);

#endif
