/*
 * telegram.h - the FRUS document parser: bytes in, document model out.
 *
 * The parser knows nothing of files or Lua. It reads a byte buffer that
 * holds one or more documents in the plain-text layout of the Foreign
 * Relations series and fills a tg_doc per document. Strings in a tg_doc are
 * spans: they point either into the caller's buffer or into the document's
 * own arena. The caller's buffer must outlive the tg_doc.
 *
 * Ownership: tg_parse() fills a tg_doc that the caller releases with
 * tg_doc_free(); nothing else needs freeing.
 */
#ifndef CABLE_TELEGRAM_H
#define CABLE_TELEGRAM_H

#include <stddef.h>

/* A span of bytes; not NUL-terminated. n == 0 means absent. */
typedef struct {
    const char *s;
    size_t n;
} tg_str;

typedef struct {
    tg_str title; /* office, as written ("The Ambassador in the Soviet Union") */
    tg_str name;  /* the person ("Harriman") */
} tg_party;

typedef struct {
    tg_str text;      /* clean: no markers, whitespace folded */
    tg_str raw;       /* as written, lines joined by '\n' */
    unsigned line;    /* first line in the input */
    tg_str page;      /* page in force at its start; n == 0 when unknown */
    size_t notes_at;  /* first index into tg_doc.para_notes */
    size_t notes_n;   /* how many footnote numbers are anchored in it */
    size_t lines_at;  /* first index into tg_doc.para_lines */
    size_t lines_n;   /* offsets in text where its 2nd, 3rd, … line begin */
} tg_paragraph;

typedef struct {
    unsigned long n;      /* its number, from 1 */
    tg_str text;          /* whitespace folded */
    unsigned line;        /* where its text stands */
    int paragraph;        /* where its marker stands: 1.., 0 heading, -1 dateline, -2 none */
    unsigned marker_line; /* 0 when no marker was found */
    size_t offset;        /* 1-based offset in the clean text (of the paragraph, heading
                             or dateline) where the marker stood */
} tg_footnote;

typedef struct {
    tg_str page;
    int paragraph;  /* the paragraph it stands in (1..), 0 before the body */
    unsigned line;
    size_t offset;  /* 1-based offset in the clean text where the page begins */
} tg_page_break;

typedef struct {
    unsigned line;
    tg_str message;
} tg_warning;

typedef struct {
    tg_str text;     /* the dateline as written, whitespace folded */
    tg_str place;
    char date[11];   /* YYYY-MM-DD, or "" */
    char time[6];    /* HH:MM, or "" */
    tg_str received; /* inside "[Received ...]" */
} tg_dateline;

typedef struct tg_doc {
    unsigned index; /* position in its buffer, from 1 */
    unsigned line;  /* line where it begins */
    unsigned last_line;

    tg_str source;
    tg_str *file_numbers;
    size_t n_file_numbers;
    tg_str channel;
    tg_str number;
    tg_str heading;
    tg_party *from;
    size_t n_from;
    tg_party *to;
    size_t n_to;
    const char *kind; /* static string */
    tg_str *notes;
    size_t n_notes;
    tg_str classification;
    int has_dateline;
    tg_dateline dateline;
    long telegram_number; /* -1 when absent */
    tg_paragraph *paragraphs;
    size_t n_paragraphs;
    unsigned long *para_notes; /* footnote numbers, grouped by paragraph */
    size_t n_para_notes;
    size_t *para_lines; /* 1-based offsets in paragraph text, grouped by paragraph */
    size_t n_para_lines;
    tg_footnote *footnotes;
    size_t n_footnotes;
    tg_page_break *page_breaks;
    size_t n_page_breaks;
    tg_str signature;
    tg_str office; /* "American Legation" where a signature would stand */
    tg_str text; /* clean paragraphs joined by a blank line */
    tg_warning *warnings;
    size_t n_warnings;

    struct tg_arena *arena; /* owns every derived string and array */
} tg_doc;

typedef enum {
    TG_OK = 0,
    TG_NOMEM = 1, /* an allocation failed; the tg_doc is empty */
} tg_status;

/*
 * Find the next document in buf[pos..len). On success stores its byte range
 * in *start and *end, and the line number of *start in *line (the caller
 * passes the line number of pos in *line), and returns 1; returns 0 when no
 * text is left. A buffer without any "No. N" line is one document.
 */
int tg_next_document(const char *buf, size_t len, size_t pos, size_t *start,
                     size_t *end, unsigned *line);

/*
 * Parse the document buf[0..len), whose first byte is on line first_line of
 * its input, into *doc. Never fails on bad text (it records warnings);
 * returns TG_NOMEM when memory runs out.
 */
tg_status tg_parse(const char *buf, size_t len, unsigned first_line,
                   unsigned index, tg_doc *doc);

/* Add a warning to a parsed document; message is copied. */
tg_status tg_doc_warn(tg_doc *doc, unsigned line, const char *message);

void tg_doc_free(tg_doc *doc);

#endif
