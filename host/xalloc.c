/* xalloc.c - see xalloc.h */
#include "xalloc.h"

#include <stdlib.h>

static unsigned long fail_countdown;

void xalloc_fail_after(unsigned long n)
{
    fail_countdown = n;
}

/* True when a test has asked for this allocation to fail. */
static int should_fail(void)
{
    return fail_countdown && --fail_countdown == 0;
}

void *xmalloc(size_t size)
{
    if (should_fail())
        return NULL;
    return malloc(size ? size : 1);
}

void *xrealloc(void *p, size_t size)
{
    if (should_fail())
        return NULL;
    return realloc(p, size ? size : 1);
}
