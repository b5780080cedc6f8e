/*
 * dateline.h - reading the dateline of a document: place, date and time.
 *
 * "London, April 10, 1930—4 p.m."  -> place "London", 1930-04-10, 16:00
 * "[Washington,] June 7, 1930."     -> place "[Washington,]", 1930-06-07
 * "Paris, 20 July 1919."            -> place "Paris", 1919-07-20
 */
#ifndef CABLE_DATELINE_H
#define CABLE_DATELINE_H

#include "telegram.h"

typedef struct {
    tg_str place;  /* as written before the date, trailing ", " removed */
    tg_str date;   /* the date text as written, with the time */
    int year, month, day; /* year 0 when the text gives none */
    int hour, minute;     /* hour -1 when no time is given */
    tg_str received;      /* "(Received March 12.)" after the date: inside */
} tg_date_parts;

/* Month number (1-12) of a month name or abbreviation at s, 0 if none;
 * *len receives the bytes it spans (with a trailing '.'). */
int month_at(const char *s, size_t n, size_t *len);

/*
 * Does line look like a dateline? Fills *out and returns 1 when it holds a
 * day and a month (a year is optional) and nothing that reads like prose.
 */
int dateline_parse(tg_str line, tg_date_parts *out);

/* Parse a time such as "4 p.m.", "12:55 a. m.", "noon", "midnight". */
int time_parse(tg_str s, int *hour, int *minute);

#endif
