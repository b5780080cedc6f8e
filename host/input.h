/*
 * input.h - where documents come from: files, directories, standard input.
 *
 * A directory stands for every "*.txt" file below it, in byte order of the
 * path; "-" stands for standard input. Each file is read whole and made
 * clean UTF-8 text before the parser sees it: a byte-order mark is dropped,
 * CRLF and lone CR become LF, and invalid UTF-8 or NUL bytes are replaced by
 * U+FFFD, each with a warning that names the line.
 */
#ifndef CABLE_INPUT_H
#define CABLE_INPUT_H

#include <stddef.h>

typedef struct {
    unsigned line;
    const char *message; /* static text */
} in_warning;

typedef struct {
    const char *path; /* as given, or joined below a directory */
    const char *data; /* clean UTF-8, not NUL-terminated */
    size_t len;
    const in_warning *warnings;
    size_t n_warnings;
    char *owned_raw, *owned_clean; /* what input_unload frees */
    in_warning *owned_warnings;
} in_file;

typedef struct {
    char **paths;
    size_t n, cap;
} in_list;

/*
 * The files named by paths[0..n) (standard input, "-", when n == 0), with
 * directories replaced by the "*.txt" files below them, into *out (release
 * with input_list_free). Problems with a directory (unreadable, a loop of
 * links) are reported on stderr as "cable: PATH: reason" and counted in
 * *errors; the listing goes on. Returns -1 only when memory runs out.
 */
int input_list(const char *const *paths, size_t n, in_list *out, int *errors);
void input_list_free(in_list *l);

/*
 * Read one file ("-": standard input) and make it clean into *f (release
 * with input_unload). Returns 0, or -1 after reporting "cable: PATH: reason".
 */
int input_load(const char *path, in_file *f);
void input_unload(in_file *f);

/*
 * Make data[0..len) clean (see above) into a new buffer in *out (to free),
 * its length in *out_len; warnings in *warnings (to free), count in *nw.
 * When the data is clean already, *out is NULL and nothing is allocated.
 * Returns 0, or -1 when memory runs out.
 */
int input_clean(const char *data, size_t len, char **out, size_t *out_len,
                in_warning **warnings, size_t *nw);

#endif
