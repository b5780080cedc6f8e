/* input.c - see input.h */
#define _POSIX_C_SOURCE 200809L
#include "input.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "xalloc.h"

enum { MAX_DEPTH = 64, MAX_WARNINGS = 100 };

/* ---- UTF-8 clean-up ---------------------------------------------------- */

/* Length of the valid UTF-8 sequence at s, or 0 when it is invalid. */
static size_t utf8_valid(const unsigned char *s, size_t n)
{
    unsigned char c = s[0];
    if (c < 0x80)
        return c ? 1 : 0;
    size_t len;
    unsigned min;
    unsigned cp;
    if (c >= 0xC2 && c <= 0xDF) {
        len = 2;
        cp = c & 0x1F;
        min = 0x80;
    } else if (c >= 0xE0 && c <= 0xEF) {
        len = 3;
        cp = c & 0x0F;
        min = 0x800;
    } else if (c >= 0xF0 && c <= 0xF4) {
        len = 4;
        cp = c & 0x07;
        min = 0x10000;
    } else {
        return 0;
    }
    if (n < len)
        return 0;
    for (size_t i = 1; i < len; i++) {
        if ((s[i] & 0xC0) != 0x80)
            return 0;
        cp = (cp << 6) | (s[i] & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
        return 0;
    return len;
}

static int needs_cleaning(const unsigned char *s, size_t n)
{
    if (n >= 3 && s[0] == 0xEF && s[1] == 0xBB && s[2] == 0xBF)
        return 1;
    for (size_t i = 0; i < n;) {
        if (s[i] == '\r' || s[i] == 0)
            return 1;
        if (s[i] < 0x80) {
            i++;
            continue;
        }
        size_t k = utf8_valid(s + i, n - i);
        if (!k)
            return 1;
        i += k;
    }
    return 0;
}

static int add_warning(in_warning **w, size_t *nw, unsigned line, const char *msg)
{
    if (*nw >= MAX_WARNINGS)
        return 0;
    if (*nw > 0 && (*w)[*nw - 1].line == line && (*w)[*nw - 1].message == msg)
        return 0; /* one warning per line and kind is enough */
    in_warning *n = xrealloc(*w, (*nw + 1) * sizeof **w);
    if (!n)
        return -1;
    *w = n;
    n[*nw].line = line;
    n[*nw].message = msg;
    (*nw)++;
    return 0;
}

int input_clean(const char *data, size_t len, char **out, size_t *out_len,
                in_warning **warnings, size_t *nw)
{
    const unsigned char *s = (const unsigned char *)data;
    *out = NULL;
    *out_len = len;
    *warnings = NULL;
    *nw = 0;
    if (!needs_cleaning(s, len))
        return 0;
    if (len > ((size_t)-1) / 3 - 1)
        return -1;
    char *o = xmalloc(len * 3 + 1);
    if (!o)
        return -1;
    size_t n = 0, i = 0;
    unsigned line = 1;
    if (len >= 3 && s[0] == 0xEF && s[1] == 0xBB && s[2] == 0xBF)
        i = 3;
    static const char bad_utf8[] = "invalid UTF-8 replaced by U+FFFD";
    static const char nul_byte[] = "NUL byte replaced by U+FFFD";
    while (i < len) {
        unsigned char c = s[i];
        if (c == '\r') {
            o[n++] = '\n';
            line++;
            i += (i + 1 < len && s[i + 1] == '\n') ? 2 : 1;
            continue;
        }
        if (c == '\n')
            line++;
        size_t k = utf8_valid(s + i, len - i);
        if (k) {
            memcpy(o + n, s + i, k);
            n += k;
            i += k;
            continue;
        }
        if (add_warning(warnings, nw, line, c == 0 ? nul_byte : bad_utf8) < 0) {
            free(o);
            free(*warnings);
            *warnings = NULL;
            *nw = 0;
            return -1;
        }
        memcpy(o + n, "\xEF\xBF\xBD", 3);
        n += 3;
        i++;
    }
    *out = o;
    *out_len = n;
    return 0;
}

/* ---- reading --------------------------------------------------------- */

/* Read all of fd into a new buffer; the size may change while we read. */
static int read_all(int fd, char **buf, size_t *len)
{
    size_t cap = 65536, n = 0;
    struct stat st;
    if (fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_size > 0)
        cap = (size_t)st.st_size + 1;
    char *b = xmalloc(cap);
    if (!b)
        return ENOMEM;
    for (;;) {
        if (n == cap) {
            if (cap > ((size_t)-1) / 2) {
                free(b);
                return ENOMEM;
            }
            char *nb = xrealloc(b, cap * 2);
            if (!nb) {
                free(b);
                return ENOMEM;
            }
            b = nb;
            cap *= 2;
        }
        ssize_t r = read(fd, b + n, cap - n);
        if (r < 0) {
            if (errno == EINTR)
                continue;
            int e = errno;
            free(b);
            return e;
        }
        if (r == 0)
            break;
        n += (size_t)r;
    }
    *buf = b;
    *len = n;
    return 0;
}

/* Read and clean what fd holds into f. */
static int load_fd(int fd, const char *path, in_file *f)
{
    char *raw = NULL;
    size_t len = 0;
    int e = read_all(fd, &raw, &len);
    if (e) {
        fprintf(stderr, "cable: %s: %s\n", path, strerror(e));
        return -1;
    }
    char *clean;
    size_t clean_len;
    in_warning *w;
    size_t nw;
    if (input_clean(raw, len, &clean, &clean_len, &w, &nw) < 0) {
        fprintf(stderr, "cable: %s: out of memory\n", path);
        free(raw);
        return -1;
    }
    f->path = path;
    f->data = clean ? clean : raw;
    f->len = clean_len;
    f->warnings = w;
    f->n_warnings = nw;
    f->owned_raw = raw;
    f->owned_clean = clean;
    f->owned_warnings = w;
    return 0;
}

int input_load(const char *path, in_file *f)
{
    memset(f, 0, sizeof *f);
    if (strcmp(path, "-") == 0)
        return load_fd(STDIN_FILENO, path, f);
    int fd = open(path, O_RDONLY);
    if (fd < 0) {
        fprintf(stderr, "cable: %s: %s\n", path, strerror(errno));
        return -1;
    }
    int rc = load_fd(fd, path, f);
    close(fd);
    return rc;
}

void input_unload(in_file *f)
{
    free(f->owned_raw);
    free(f->owned_clean);
    free(f->owned_warnings);
    memset(f, 0, sizeof *f);
}

/* ---- the list of files ------------------------------------------------ */

static int list_add(in_list *l, const char *path)
{
    if (l->n == l->cap) {
        size_t ncap = l->cap ? l->cap * 2 : 16;
        char **np = xrealloc(l->paths, ncap * sizeof *np);
        if (!np)
            return -1;
        l->paths = np;
        l->cap = ncap;
    }
    size_t len = strlen(path);
    char *copy = xmalloc(len + 1);
    if (!copy)
        return -1;
    memcpy(copy, path, len + 1);
    l->paths[l->n++] = copy;
    return 0;
}

void input_list_free(in_list *l)
{
    for (size_t i = 0; i < l->n; i++)
        free(l->paths[i]);
    free(l->paths);
    memset(l, 0, sizeof *l);
}

/* ---- directories --------------------------------------------------------- */

typedef struct {
    dev_t dev;
    ino_t ino;
} dir_id;

typedef struct {
    dir_id stack[MAX_DEPTH];
    size_t depth;
} walk_t;

static int cmp_names(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static int has_txt_suffix(const char *name)
{
    size_t n = strlen(name);
    return n > 4 && strcmp(name + n - 4, ".txt") == 0;
}

static int walk_dir(const char *path, walk_t *w, in_list *out, int *errors)
{
    struct stat st;
    if (stat(path, &st) != 0) {
        fprintf(stderr, "cable: %s: %s\n", path, strerror(errno));
        (*errors)++;
        return 0;
    }
    for (size_t i = 0; i < w->depth; i++)
        if (w->stack[i].dev == st.st_dev && w->stack[i].ino == st.st_ino) {
            fprintf(stderr, "cable: %s: directory loop, skipped\n", path);
            (*errors)++;
            return 0;
        }
    if (w->depth >= MAX_DEPTH) {
        fprintf(stderr, "cable: %s: directories nested too deep, skipped\n", path);
        (*errors)++;
        return 0;
    }
    DIR *d = opendir(path);
    if (!d) {
        fprintf(stderr, "cable: %s: %s\n", path, strerror(errno));
        (*errors)++;
        return 0;
    }
    char **names = NULL;
    size_t n = 0, cap = 0;
    int rc = 0;
    struct dirent *de;
    while ((de = readdir(d)) != NULL) {
        if (de->d_name[0] == '.')
            continue; /* ".", "..", and hidden files */
        if (n == cap) {
            size_t ncap = cap ? cap * 2 : 64;
            char **nn = xrealloc(names, ncap * sizeof *names);
            if (!nn) {
                rc = -1;
                break;
            }
            names = nn;
            cap = ncap;
        }
        size_t plen = strlen(path), nlen = strlen(de->d_name);
        char *full = xmalloc(plen + nlen + 2);
        if (!full) {
            rc = -1;
            break;
        }
        memcpy(full, path, plen);
        size_t k = plen;
        if (k == 0 || full[k - 1] != '/')
            full[k++] = '/';
        memcpy(full + k, de->d_name, nlen + 1);
        names[n++] = full;
    }
    closedir(d);
    if (rc < 0) {
        fprintf(stderr, "cable: %s: out of memory\n", path);
        (*errors)++;
    } else {
        if (n > 1)
            qsort(names, n, sizeof *names, cmp_names);
        w->stack[w->depth].dev = st.st_dev;
        w->stack[w->depth].ino = st.st_ino;
        w->depth++;
        for (size_t i = 0; i < n && rc == 0; i++) {
            struct stat es;
            if (stat(names[i], &es) != 0) {
                if (lstat(names[i], &es) == 0 && S_ISLNK(es.st_mode)) {
                    fprintf(stderr, "cable: %s: broken link, skipped\n", names[i]);
                    (*errors)++;
                }
                continue;
            }
            if (S_ISDIR(es.st_mode))
                rc = walk_dir(names[i], w, out, errors);
            else if (S_ISREG(es.st_mode) && has_txt_suffix(names[i]))
                rc = list_add(out, names[i]);
        }
        w->depth--;
    }
    for (size_t i = 0; i < n; i++)
        free(names[i]);
    free(names);
    return rc;
}

int input_list(const char *const *paths, size_t n, in_list *out, int *errors)
{
    memset(out, 0, sizeof *out);
    if (n == 0)
        return list_add(out, "-");
    for (size_t i = 0; i < n; i++) {
        int rc;
        struct stat st;
        if (strcmp(paths[i], "-") != 0 && stat(paths[i], &st) == 0 && S_ISDIR(st.st_mode)) {
            walk_t w;
            w.depth = 0;
            rc = walk_dir(paths[i], &w, out, errors);
        } else {
            rc = list_add(out, paths[i]); /* a missing file is reported when read */
        }
        if (rc < 0) {
            fprintf(stderr, "cable: out of memory\n");
            return -1;
        }
    }
    return 0;
}
