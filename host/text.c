/* text.c - see text.h */
#include "text.h"

#include <string.h>

tg_str str_trim(tg_str s)
{
    while (s.n && is_space((unsigned char)s.s[0])) {
        s.s++;
        s.n--;
    }
    while (s.n && is_space((unsigned char)s.s[s.n - 1]))
        s.n--;
    return s;
}

int str_starts(tg_str s, const char *p)
{
    size_t n = strlen(p);
    return s.n >= n && memcmp(s.s, p, n) == 0;
}

static int lower(int c)
{
    return is_upper((unsigned char)c) ? c - 'A' + 'a' : c;
}

int str_starts_i(tg_str s, const char *p)
{
    size_t n = strlen(p);
    if (s.n < n)
        return 0;
    for (size_t i = 0; i < n; i++)
        if (lower(s.s[i]) != lower(p[i]))
            return 0;
    return 1;
}

int str_ends(tg_str s, const char *p)
{
    size_t n = strlen(p);
    return s.n >= n && memcmp(s.s + s.n - n, p, n) == 0;
}

int str_eq(tg_str s, const char *p)
{
    return s.n == strlen(p) && memcmp(s.s, p, s.n) == 0;
}

long str_find(tg_str s, const char *p)
{
    size_t n = strlen(p);
    if (n == 0)
        return 0;
    for (size_t i = 0; i + n <= s.n; i++)
        if (s.s[i] == p[0] && memcmp(s.s + i, p, n) == 0)
            return (long)i;
    return -1;
}

long str_find_i(tg_str s, const char *p)
{
    size_t n = strlen(p);
    for (size_t i = 0; i + n <= s.n; i++)
        if (str_starts_i(str_make(s.s + i, s.n - i), p))
            return (long)i;
    return -1;
}

size_t str_words(tg_str s)
{
    size_t words = 0;
    int in_word = 0;
    for (size_t i = 0; i < s.n; i++) {
        int sp = is_space((unsigned char)s.s[i]);
        if (!sp && !in_word)
            words++;
        in_word = !sp;
    }
    return words;
}

size_t parse_uint(const char *s, size_t n, unsigned long *value)
{
    size_t i = 0;
    unsigned long v = 0;
    while (i < n && i < 9 && is_digit((unsigned char)s[i])) {
        v = v * 10 + (unsigned long)(s[i] - '0');
        i++;
    }
    if (i < n && i == 9 && is_digit((unsigned char)s[i]))
        return 0; /* too long to be a count of anything we parse */
    *value = v;
    return i;
}

int utf8_before(const char *s, size_t i, size_t *start)
{
    size_t j = i;
    while (j > 0 && ((unsigned char)s[j - 1] & 0xC0) == 0x80 && i - j < 3)
        j--;
    if (j > 0 && (unsigned char)s[j - 1] >= 0xC0)
        j--;
    else {
        *start = i - 1;
        return 0;
    }
    *start = j;
    const unsigned char *u = (const unsigned char *)s + j;
    if (i - j == 3 && u[0] == 0xE2 && u[1] == 0x80) {
        if (u[2] == 0x99 || u[2] == 0x9D)
            return U_CLOSE_QUOTE;
        if (u[2] == 0x93 || u[2] == 0x94)
            return U_DASH;
    }
    return U_OTHER;
}
