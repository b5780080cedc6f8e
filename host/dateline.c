/* dateline.c - see dateline.h */
#include "dateline.h"

#include <string.h>

#include "text.h"

static const char *const month_names[12] = {
    "January", "February", "March",     "April",   "May",      "June",
    "July",    "August",   "September", "October", "November", "December",
};

/* Abbreviations used in datelines and received lines, with their month. */
static const struct {
    const char *text;
    int month;
} month_abbrevs[] = {
    {"Jan.", 1}, {"Feb.", 2}, {"Mar.", 3},  {"Apr.", 4},  {"Aug.", 8},
    {"Sept.", 9}, {"Sep.", 9}, {"Oct.", 10}, {"Nov.", 11}, {"Dec.", 12},
};

int month_at(const char *s, size_t n, size_t *len)
{
    tg_str t = str_make(s, n);
    for (int m = 0; m < 12; m++) {
        size_t k = strlen(month_names[m]);
        if (str_starts(t, month_names[m]) && (k == n || !is_alpha((unsigned char)s[k]))) {
            *len = k;
            return m + 1;
        }
    }
    for (size_t i = 0; i < sizeof month_abbrevs / sizeof month_abbrevs[0]; i++) {
        if (str_starts(t, month_abbrevs[i].text)) {
            *len = strlen(month_abbrevs[i].text);
            return month_abbrevs[i].month;
        }
    }
    return 0;
}

static size_t skip_spaces(const char *s, size_t n, size_t i)
{
    while (i < n && is_space((unsigned char)s[i]))
        i++;
    return i;
}

/* "4 p.m.", "12:55 a. m.", "10.30 a.m.", "noon", "midnight". */
int time_parse(tg_str s, int *hour, int *minute)
{
    s = str_trim(s);
    if (str_starts(s, "12 ")) {
        tg_str w = str_make(s.s + 3, s.n - 3);
        if (str_starts_i(w, "noon") || str_starts_i(w, "midnight"))
            s = w;
    }
    if (str_starts_i(s, "noon")) {
        *hour = 12;
        *minute = 0;
        return 1;
    }
    if (str_starts_i(s, "midnight")) {
        *hour = 0;
        *minute = 0;
        return 1;
    }
    unsigned long h, m = 0;
    size_t i = parse_uint(s.s, s.n, &h);
    if (i == 0 || i > 2 || h > 24)
        return 0;
    if (i < s.n && (s.s[i] == ':' || s.s[i] == '.') && i + 2 < s.n &&
        is_digit((unsigned char)s.s[i + 1]) && is_digit((unsigned char)s.s[i + 2])) {
        parse_uint(s.s + i + 1, 2, &m);
        i += 3;
        if (m > 59)
            return 0;
    }
    i = skip_spaces(s.s, s.n, i);
    tg_str rest = str_make(s.s + i, s.n - i);
    int pm;
    if (str_starts_i(rest, "p.m") || str_starts_i(rest, "p. m") || str_starts_i(rest, "pm"))
        pm = 1;
    else if (str_starts_i(rest, "a.m") || str_starts_i(rest, "a. m") || str_starts_i(rest, "am"))
        pm = 0;
    else
        return 0;
    if (h > 12)
        return 0;
    if (pm && h < 12)
        h += 12;
    if (!pm && h == 12)
        h = 0;
    *hour = (int)h;
    *minute = (int)m;
    return 1;
}

/* A day number: 1 or 2 digits, an optional st/nd/rd/d/th. */
static size_t day_at(const char *s, size_t n, int *day)
{
    unsigned long d;
    size_t i = parse_uint(s, n, &d);
    if (i == 0 || i > 2 || d < 1 || d > 31)
        return 0;
    if (i + 2 <= n && (!memcmp(s + i, "st", 2) || !memcmp(s + i, "nd", 2) ||
                       !memcmp(s + i, "rd", 2) || !memcmp(s + i, "th", 2)))
        i += 2;
    else if (i < n && s[i] == 'd')
        i += 1;
    if (i < n && is_alpha((unsigned char)s[i]))
        return 0;
    *day = (int)d;
    return i;
}

/* A year of four digits; a footnote marker glued after it is ignored. */
static size_t year_at(const char *s, size_t n, int *year)
{
    unsigned long y;
    size_t i = parse_uint(s, n, &y);
    if (i < 4)
        return 0;
    if (i > 4) {
        parse_uint(s, 4, &y);
        if (i > 6)
            return 0;
    }
    if (y < 1500 || y > 2099)
        return 0;
    *year = (int)y;
    return i;
}

/* Is the text before the date a plausible place (or nothing)? */
static int place_ok(tg_str place)
{
    place = str_trim(place);
    if (place.n == 0)
        return 1;
    if (place.n > 100 || is_lower((unsigned char)place.s[0]))
        return 0;
    if (str_find(place, ": ") >= 0 || (str_find(place, ". ") >= 0 && str_words(place) > 8))
        return 0;
    /* the last word must not be a lower-case word: "received on" is prose */
    size_t k = place.n;
    while (k > 0 && (place.s[k - 1] == ',' || place.s[k - 1] == ']'))
        k--;
    size_t w = k;
    while (w > 0 && !is_space((unsigned char)place.s[w - 1]))
        w--;
    if (w < k && is_lower((unsigned char)place.s[w]))
        return 0;
    return 1;
}

/* Skip an editors' insertion ("[and 26]", "[1925]", "(?)") at s[i]. */
static size_t skip_insertion(const char *s, size_t n, size_t i)
{
    size_t j = skip_spaces(s, n, i);
    if (j < n && (s[j] == '[' || s[j] == '(')) {
        char close = s[j] == '[' ? ']' : ')';
        for (size_t k = j + 1; k < n && k < j + 40; k++)
            if (s[k] == close)
                return k + 1;
    }
    return i;
}

/* "Paris [undated.]": a place and no date. */
static int undated(tg_str line, tg_date_parts *out)
{
    long at = str_find_i(line, "undated");
    if (at < 0 || (size_t)at + 10 < line.n)
        return 0;
    tg_str place = str_make(line.s, (size_t)at);
    while (place.n && strchr("[(, ", place.s[place.n - 1]))
        place.n--;
    if (place.n == 0 || str_words(place) > 6 || !place_ok(place))
        return 0;
    memset(out, 0, sizeof *out);
    out->place = place;
    out->received = str_make(NULL, 0);
    out->date = str_make(line.s + at, line.n - (size_t)at);
    out->hour = -1;
    return 1;
}

int dateline_parse(tg_str line, tg_date_parts *out)
{
    line = str_trim(line);
    if (line.n == 0 || line.n > 200 || str_words(line) > 24)
        return 0;
    const char *s = line.s;
    size_t n = line.n;
    for (size_t i = 0; i < n; i++) {
        if (i > 0 && !is_space((unsigned char)s[i - 1]) && s[i - 1] != '[' && s[i - 1] != ',')
            continue;
        int month = 0, day = 0, year = 0;
        size_t mlen, start = i, j;
        if ((month = month_at(s + i, n - i, &mlen)) != 0) {
            /* Month D, YYYY */
            j = skip_spaces(s, n, i + mlen);
            size_t k = day_at(s + j, n - j, &day);
            if (!k)
                continue;
            j += k;
            j = skip_insertion(s, n, j);
        } else if (is_digit((unsigned char)s[i])) {
            /* D Month YYYY */
            size_t k = day_at(s + i, n - i, &day);
            if (!k)
                continue;
            j = skip_spaces(s, n, i + k);
            if ((month = month_at(s + j, n - j, &mlen)) == 0)
                continue;
            j += mlen;
        } else {
            continue;
        }
        size_t after_day = j;
        if (j < n && s[j] == ',')
            j++;
        j = skip_spaces(s, n, j);
        size_t k = year_at(s + j, n - j, &year);
        if (k)
            j = skip_insertion(s, n, j + k);
        else
            j = after_day;
        if (!place_ok(str_make(s, start)))
            return 0;
        /* what follows: an optional time, then only closing punctuation */
        size_t t = j;
        while (t < n && (s[t] == ',' || s[t] == '.' || is_space((unsigned char)s[t]) ||
                         s[t] == '-' || s[t] == ']' || s[t] == '['))
            t++;
        size_t dash;
        if (t + 3 <= n && (utf8_before(s, t + 3, &dash) & U_DASH) && dash == t)
            t += 3;
        int hour = -1, minute = 0;
        tg_str rest = str_trim(str_make(s + t, n - t));
        tg_str received = str_make(NULL, 0);
        long r = str_find(rest, "Received ");
        if (r > 0 && (rest.s[r - 1] == '(' || rest.s[r - 1] == '[')) {
            /* "Athens, February 23, 1884. (Received March 12.)" */
            received = str_make(rest.s + r + 9, rest.n - (size_t)r - 9);
            while (received.n && (received.s[received.n - 1] == ')' ||
                                  received.s[received.n - 1] == ']'))
                received.n--;
            received = str_trim(received);
            rest = str_trim(str_make(rest.s, (size_t)r - 1));
        }
        if (rest.n && time_parse(rest, &hour, &minute)) {
            j = n;
        } else {
            hour = -1;
            /* allow "." "]" or a footnote marker; anything longer is prose */
            if (rest.n > 4)
                return 0;
        }
        out->received = received;
        tg_str place = str_trim(str_make(s, start));
        while (place.n && (place.s[place.n - 1] == ',' || place.s[place.n - 1] == '[' ||
                           is_space((unsigned char)place.s[place.n - 1])))
            place.n--;
        out->place = place;
        out->date = str_trim(str_make(s + start, n - start));
        out->year = year;
        out->month = month;
        out->day = day;
        out->hour = hour;
        out->minute = minute;
        return 1;
    }
    return undated(line, out);
}
