/*
 * main.c - the cable command: options and subcommands.
 */
#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "corpus.h"
#include "docprint.h"
#include "exitcodes.h"

#ifndef CABLE_VERSION
#define CABLE_VERSION "0.1.0"
#endif

static const char usage_main[] =
    "usage: cable COMMAND [OPTIONS] [FILE|DIR|-]...\n"
    "\n"
    "Read FRUS documents (telegrams, despatches, memoranda) in their plain-text\n"
    "layout and answer questions about them.\n"
    "\n"
    "commands:\n"
    "  parse [--json] [FILE|DIR|-]...   print the document model of each document\n"
    "  check [FILE|DIR|-]...            print what the parser could not settle;\n"
    "                                   exit 1 if anything\n"
    "\n"
    "A directory means every *.txt below it, in sorted order; no file or '-'\n"
    "means standard input. 'cable COMMAND --help' tells more.\n"
    "\n"
    "options:\n"
    "  -h, --help      this help\n"
    "  -V, --version   the version\n"
    "\n"
    "exit status: 0 ok, 1 problems found (check), 2 usage or input error.\n";

static const char usage_parse[] =
    "usage: cable parse [--json] [FILE|DIR|-]...\n"
    "\n"
    "Parse each document and print its fields. Without --json, a short view\n"
    "for reading; with --json, one JSON object per document per line (JSON\n"
    "Lines), with the field names of the document model.\n"
    "\n"
    "options:\n"
    "  --json       JSON Lines\n"
    "  -h, --help   this help\n";

static const char usage_check[] =
    "usage: cable check [FILE|DIR|-]...\n"
    "\n"
    "Parse each document and print, as PATH:LINE: MESSAGE, what the parser\n"
    "noticed and could not settle: footnotes without a marker, a missing\n"
    "document number, invalid UTF-8 that was replaced. Exit 1 if there is\n"
    "anything to say, 0 if not.\n"
    "\n"
    "options:\n"
    "  -h, --help   this help\n";

static int is_help(const char *a)
{
    return strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0;
}

/* Output went wrong (a full disk): say so once and fail. A closed pipe
 * ends the process quietly through SIGPIPE before we get here. */
static int finish_output(void)
{
    if (fflush(stdout) != 0 || ferror(stdout)) {
        fprintf(stderr, "cable: writing output: %s\n", strerror(errno ? errno : EIO));
        return EXIT_USAGE;
    }
    return EXIT_OK;
}

/* ---- parse and check ---------------------------------------------------- */

typedef struct {
    int json;
    size_t warnings;
} parse_opts;

static int print_doc(const char *path, const tg_doc *doc, void *ud)
{
    parse_opts *o = ud;
    if (o->json)
        doc_print_json(stdout, path, doc);
    else
        doc_print_text(stdout, path, doc);
    return ferror(stdout) ? 1 : 0;
}

static int check_doc(const char *path, const tg_doc *doc, void *ud)
{
    parse_opts *o = ud;
    o->warnings += doc_print_warnings(stdout, path, doc);
    return ferror(stdout) ? 1 : 0;
}

/* Split argv into options (handled by `option`) and paths. */
static int collect_paths(int argc, char **argv, const char **paths, size_t *n,
                         int (*option)(const char *arg, parse_opts *o), parse_opts *o,
                         const char *usage)
{
    int only_paths = 0;
    *n = 0;
    for (int i = 0; i < argc; i++) {
        const char *a = argv[i];
        if (!only_paths && strcmp(a, "--") == 0) {
            only_paths = 1;
        } else if (!only_paths && a[0] == '-' && a[1] != '\0') {
            if (is_help(a)) {
                fputs(usage, stdout);
                return -1;
            }
            if (!option || !option(a, o)) {
                fprintf(stderr, "cable: unknown option '%s'\n%s", a, usage);
                return EXIT_USAGE;
            }
        } else {
            paths[(*n)++] = a;
        }
    }
    return 0;
}

static int parse_option(const char *a, parse_opts *o)
{
    if (strcmp(a, "--json") == 0) {
        o->json = 1;
        return 1;
    }
    return 0;
}

static int run_corpus(int argc, char **argv, corpus_visit visit,
                      int (*option)(const char *, parse_opts *), const char *usage,
                      parse_opts *o)
{
    const char **paths = calloc((size_t)argc + 1, sizeof *paths);
    if (!paths) {
        fputs("cable: out of memory\n", stderr);
        return EXIT_USAGE;
    }
    size_t n;
    int rc = collect_paths(argc, argv, paths, &n, option, o, usage);
    if (rc) {
        free(paths);
        return rc < 0 ? EXIT_OK : rc;
    }
    corpus_stats st = {0, 0, 0};
    corpus_each(paths, n, visit, o, &st);
    free(paths);
    rc = finish_output();
    if (rc == EXIT_OK && st.errors)
        rc = EXIT_USAGE;
    return rc;
}

static int cmd_parse(int argc, char **argv)
{
    parse_opts o = {0, 0};
    return run_corpus(argc, argv, print_doc, parse_option, usage_parse, &o);
}

static int cmd_check(int argc, char **argv)
{
    parse_opts o = {0, 0};
    int rc = run_corpus(argc, argv, check_doc, NULL, usage_check, &o);
    if (rc == EXIT_OK && o.warnings)
        rc = EXIT_FOUND;
    return rc;
}

int main(int argc, char **argv)
{
    static char outbuf[1 << 16];
    setvbuf(stdout, outbuf, _IOFBF, sizeof outbuf);
    if (argc < 2) {
        fputs(usage_main, stderr);
        return EXIT_USAGE;
    }
    const char *cmd = argv[1];
    if (is_help(cmd)) {
        fputs(usage_main, stdout);
        return EXIT_OK;
    }
    if (strcmp(cmd, "-V") == 0 || strcmp(cmd, "--version") == 0) {
        printf("cable %s\n", CABLE_VERSION);
        return finish_output();
    }
    if (strcmp(cmd, "parse") == 0)
        return cmd_parse(argc - 2, argv + 2);
    if (strcmp(cmd, "check") == 0)
        return cmd_check(argc - 2, argv + 2);
    fprintf(stderr, "cable: unknown command '%s' (try 'cable --help')\n", cmd);
    return EXIT_USAGE;
}
