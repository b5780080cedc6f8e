/*
 * xalloc.h - the allocation functions every C module of cable calls.
 *
 * They are malloc and realloc; xalloc_fail_after(n) makes the n-th
 * allocation from now fail, which is how the tests prove that running out
 * of memory is reported, never a crash. (A binary built with CABLE_FAULTS
 * reads n from the environment, CABLE_FAIL_ALLOC.)
 */
#ifndef CABLE_XALLOC_H
#define CABLE_XALLOC_H

#include <stddef.h>

void *xmalloc(size_t size);
void *xrealloc(void *p, size_t size);
/* Make the n-th allocation from now fail (n >= 1); 0 turns failures off. */
void xalloc_fail_after(unsigned long n);

#endif
