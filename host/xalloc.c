/* xalloc.c - see xalloc.h */
#include "xalloc.h"

#include <stdlib.h>

static unsigned long fail_countdown;

void xalloc_fail_after(unsigned long n)
{
    fail_countdown = n;
}

/* True when the test build is told to fail this allocation. */
static int should_fail(void)
{
#ifdef CABLE_FAULTS
    if (fail_countdown && --fail_countdown == 0)
        return 1;
#endif
    return 0;
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
