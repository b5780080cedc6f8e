/*
 * markers.h - which digits in a document are footnote markers.
 *
 * FRUS text glues its footnote markers to what precedes them: to words
 * ("tonight.1", "Henderson,2"), to numbers ("despatch 631" is despatch 63
 * and footnote 1; "November 11, 19181" is 1918 and footnote 1), or opens an
 * enclosure with one ("2 The British Secretary …"). The footnotes at the
 * foot of the document say which numbers to look for, and markers come in
 * the order of their footnotes: that settles most cases.
 *
 * First pass: markers that cannot be read otherwise (digits glued to a word)
 * are taken in footnote order. Second pass: each footnote still without a
 * marker looks for a number ending in its own number, between the markers
 * of the footnotes before and after it.
 */
#ifndef CABLE_MARKERS_H
#define CABLE_MARKERS_H

#include <stddef.h>

#include "arena.h"
#include "telegram.h"

typedef struct {
    size_t off;          /* offset of the digit run in the document buffer */
    unsigned char len;   /* length of the digit run */
    unsigned char keep;  /* leading digits that stay in the text */
    unsigned long n;     /* the footnote number */
    size_t foot;         /* the footnote's index in numbers[] */
} tg_marker;

/*
 * Find the markers for footnotes numbered numbers[0..nfoot) in the text
 * regions regions[0..nregions), which lie in buf in increasing order.
 * Returns how many markers were stored in *out (an arena array sorted by
 * offset, at most one per footnote), or (size_t)-1 when memory runs out.
 */
size_t markers_find(tg_arena *a, const char *buf, const tg_str *regions, size_t nregions,
                    const unsigned long *numbers, size_t nfoot, tg_marker **out);

#endif
