/* arena.c - see arena.h */
#include "arena.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "xalloc.h"

#define ALIGN ((size_t)16)

struct block {
    struct block *next;
    size_t size, used;
    max_align_t data[];
};

struct tg_arena {
    struct block *head;
    size_t next_size;
};

static struct block *block_new(size_t size)
{
    if (size > SIZE_MAX - sizeof(struct block))
        return NULL;
    struct block *b = xmalloc(sizeof(struct block) + size);
    if (!b)
        return NULL;
    b->next = NULL;
    b->size = size;
    b->used = 0;
    return b;
}

tg_arena *arena_new(size_t first_block)
{
    tg_arena *a = xmalloc(sizeof *a);
    if (!a)
        return NULL;
    a->head = NULL;
    a->next_size = first_block < 1024 ? 1024 : first_block;
    return a;
}

void *arena_alloc(tg_arena *a, size_t size)
{
    if (size > SIZE_MAX - ALIGN)
        return NULL;
    size = (size + ALIGN - 1) & ~(ALIGN - 1);
    struct block *b = a->head;
    if (!b || b->size - b->used < size) {
        size_t want = a->next_size;
        while (want < size) {
            if (want > SIZE_MAX / 2)
                return NULL;
            want *= 2;
        }
        b = block_new(want);
        if (!b)
            return NULL;
        b->next = a->head;
        a->head = b;
        if (a->next_size < SIZE_MAX / 2)
            a->next_size *= 2;
    }
    void *p = (char *)b->data + b->used;
    b->used += size;
    return p;
}

void *arena_calloc(tg_arena *a, size_t count, size_t size)
{
    if (size && count > SIZE_MAX / size)
        return NULL;
    void *p = arena_alloc(a, count * size);
    if (p)
        memset(p, 0, count * size);
    return p;
}

char *arena_strndup(tg_arena *a, const char *s, size_t n)
{
    char *p = arena_alloc(a, n + 1);
    if (!p)
        return NULL;
    if (n)
        memcpy(p, s, n);
    p[n] = '\0';
    return p;
}

void arena_free(tg_arena *a)
{
    if (!a)
        return;
    struct block *b = a->head;
    while (b) {
        struct block *next = b->next;
        free(b);
        b = next;
    }
    free(a);
}
