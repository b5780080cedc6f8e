/*
 * text.h - small byte-level helpers shared by the parser modules.
 *
 * All of them read UTF-8 text as bytes; none allocates.
 */
#ifndef CABLE_TEXT_H
#define CABLE_TEXT_H

#include <stddef.h>

#include "telegram.h"

static inline int is_space(unsigned char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}
static inline int is_digit(unsigned char c) { return c >= '0' && c <= '9'; }
static inline int is_upper(unsigned char c) { return c >= 'A' && c <= 'Z'; }
static inline int is_lower(unsigned char c) { return c >= 'a' && c <= 'z'; }
static inline int is_alpha(unsigned char c) { return is_upper(c) || is_lower(c); }

static inline tg_str str_make(const char *s, size_t n)
{
    tg_str r = {s, n};
    return r;
}

/* s without leading and trailing white space. */
tg_str str_trim(tg_str s);
/* Does s begin with the ASCII text p (case-sensitive)? */
int str_starts(tg_str s, const char *p);
/* Same, ignoring ASCII case. */
int str_starts_i(tg_str s, const char *p);
int str_ends(tg_str s, const char *p);
/* Offset of the first occurrence of p in s, or -1. */
long str_find(tg_str s, const char *p);
/* Case-insensitive str_find for ASCII p. */
long str_find_i(tg_str s, const char *p);
int str_eq(tg_str s, const char *p);
/* Number of words (runs of non-space bytes). */
size_t str_words(tg_str s);
/* Parse a run of at most 9 digits at s; returns digits consumed, 0 if none. */
size_t parse_uint(const char *s, size_t n, unsigned long *value);

/*
 * The UTF-8 character that ends just before s[i]: its first byte offset in
 * *start, and whether it is one of the closing quotes (’ ”) in the return
 * value's bit 1, a dash (– —) in bit 2, another non-ASCII char in bit 4.
 */
enum { U_CLOSE_QUOTE = 1, U_DASH = 2, U_OTHER = 4 };
int utf8_before(const char *s, size_t i, size_t *start);

#endif
