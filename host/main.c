/*
 * main.c - the cable command: options and subcommands. The work is done
 * elsewhere: corpus.c and docprint.c for parse and check, luahost.c for
 * everything that runs Lua.
 */
#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "corpus.h"
#include "docprint.h"
#include "exitcodes.h"
#include "luahost.h"
#include "xalloc.h"

#ifndef CABLE_VERSION
#define CABLE_VERSION "0.2.0"
#endif

static const char usage_main[] =
    "usage: cable COMMAND [OPTIONS] [FILE|DIR|-]...\n"
    "\n"
    "Read FRUS documents (telegrams, despatches, memoranda) in their plain-text\n"
    "layout and answer questions about them with Lua scripts and reports.\n"
    "\n"
    "commands:\n"
    "  run SCRIPT.lua [FILE|DIR|-]... [-- ARG...]  run a script over documents\n"
    "  -e 'CHUNK' [FILE|DIR|-]...                  run a chunk once per document (`doc` is set)\n"
    "  report NAME [OPTIONS] [FILE|DIR|-]...       run a bundled report\n"
    "  reports                                     list the bundled reports\n"
    "  parse [--json] [FILE|DIR|-]...              print the document model\n"
    "  grep PATTERN [FILE|DIR|-]...                search with an LPeg `re` pattern\n"
    "  check [FILE|DIR|-]...                       print what the parser could not settle\n"
    "  repl [FILE|DIR|-]...                        interactive Lua with the documents loaded\n"
    "\n"
    "A directory means every *.txt below it, in sorted order; no file or '-'\n"
    "means standard input. 'cable COMMAND --help' tells more.\n"
    "\n"
    "options (before or after the command):\n"
    "  -o FORMAT          text (default), json, csv or md, for reports and cable.output\n"
    "                     (threads also writes dot, for Graphviz)\n"
    "  --sandbox          run the script in an allow-listed environment\n"
    "  --timeout SECONDS  stop a script that runs longer\n"
    "  --max-memory MB    stop a script that holds more memory\n"
    "  --keep-going       go on with the next document when Document() fails\n"
    "  --lua-path DIRS    directories (':'-separated) searched for lua/ modules and\n"
    "                     scripts/ reports before the built-in ones (also CABLE_PATH)\n"
    "  -h, --help         this help;  -V, --version  the version\n"
    "\n"
    "exit status: 0 ok; 1 nothing found (grep) or problems found (check); 2 usage\n"
    "or input error; 3 a script failed to load; 4 a script failed while running.\n";

static const char usage_parse[] =
    "usage: cable parse [--json] [FILE|DIR|-]...\n"
    "\n"
    "Parse each document and print its fields. Without --json, a short view\n"
    "for reading; with --json, one JSON object per document per line (JSON\n"
    "Lines), with the field names of the document model.\n";

static const char usage_check[] =
    "usage: cable check [FILE|DIR|-]...\n"
    "\n"
    "Parse each document and print, as PATH:LINE: MESSAGE, what the parser\n"
    "noticed and could not settle: footnotes without a marker, a missing\n"
    "document number, invalid UTF-8 that was replaced. Exit 1 if there is\n"
    "anything to say, 0 if not.\n";

static const char usage_run[] =
    "usage: cable run [OPTIONS] SCRIPT.lua [FILE|DIR|-]... [-- ARG...]\n"
    "\n"
    "Run a Lua 5.4 script over the documents. If the script defines\n"
    "Document(doc), it is called once per document, then Finish() if defined;\n"
    "otherwise the script reads them itself with\n"
    "  for doc in cable.documents() do ... end\n"
    "The words after '--' are the script's `arg` (arg[0] is its path).\n"
    "Globals: cable, lpeg, re, arg. See the README for the document fields.\n";

static const char usage_chunk[] =
    "usage: cable -e 'CHUNK' [OPTIONS] [FILE|DIR|-]...\n"
    "\n"
    "Compile CHUNK once and run it for each document, with `doc` set:\n"
    "  cable -e 'print(doc.number, doc.from[1].name)' telegram.txt\n";

static const char usage_report[] =
    "usage: cable report NAME [-o FORMAT] [OPTIONS] [FILE|DIR|-]...\n"
    "\n"
    "Run the bundled report NAME (sandboxed). 'cable reports' lists them;\n"
    "'cable report NAME --help' tells what one does and its options.\n";

static const char usage_reports[] =
    "usage: cable reports\n"
    "\n"
    "List the bundled reports, one line each.\n";

static const char usage_grep[] =
    "usage: cable grep PATTERN [FILE|DIR|-]...\n"
    "\n"
    "Search the clean text of each paragraph with an LPeg `re` pattern\n"
    "(for instance 'Port %s+ Arthur' or '{\"Stalin\" / \"Soong\"} %s+ \"insists\"').\n"
    "Each hit prints as\n"
    "  PATH:LINE: [No. 577 ¶2 p. 862] …context…\n"
    "Exit 0 when something was found, 1 when nothing, 2 on a bad pattern.\n";

static const char usage_repl[] =
    "usage: cable repl [FILE|DIR|-]...\n"
    "\n"
    "An interactive Lua prompt with the documents in `docs` and the first in\n"
    "`doc`; the values of an expression are printed as Lua values. Without a\n"
    "terminal, lines are read from standard input without a prompt.\n";

typedef struct {
    lh_options lua;
    int json;
    const char *chunk;        /* -e */
    const char *command;
    const char **words;       /* the command's own words, in order */
    size_t n_words;
    const char **args;        /* after "--" */
    size_t n_args;
    int help, version;
} cli_t;

static int finish_output(void)
{
    if (fflush(stdout) != 0 || ferror(stdout)) {
        fprintf(stderr, "cable: writing output: %s\n", strerror(errno ? errno : EIO));
        return EXIT_USAGE;
    }
    return EXIT_OK;
}

static int bad_usage(const char *fmt, const char *what)
{
    fputs("cable: ", stderr);
    fprintf(stderr, fmt, what);
    fputs(" (try 'cable --help')\n", stderr);
    return EXIT_USAGE;
}

/* A number option's value, or -1 when it is not a positive number. */
static double positive(const char *s)
{
    char *end;
    errno = 0;
    double v = strtod(s, &end);
    if (errno || end == s || *end || !(v > 0) || v > 1e9)
        return -1;
    return v;
}

/* The options of every command may stand anywhere before "--"; for
 * `report` the words the report defines go to the report. */
static int parse_cli(int argc, char **argv, cli_t *c)
{
    memset(c, 0, sizeof *c);
    c->words = calloc((size_t)argc + 1, sizeof *c->words);
    if (!c->words)
        return bad_usage("%s", "out of memory");
    const char *env_path = getenv("CABLE_PATH");
    c->lua.lua_path = env_path && *env_path ? env_path : NULL;
    c->lua.format = "text";
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        const char *value = i + 1 < argc ? argv[i + 1] : NULL;
        int takes = 0;
        if (strcmp(a, "--") == 0) {
            c->args = (const char **)argv + i + 1;
            c->n_args = (size_t)(argc - i - 1);
            break;
        } else if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0) {
            if (c->command && strcmp(c->command, "report") == 0 && c->n_words > 0)
                c->words[c->n_words++] = a; /* the report's own help */
            else
                c->help = 1;
        } else if (strcmp(a, "-V") == 0 || strcmp(a, "--version") == 0) {
            c->version = 1;
        } else if (strcmp(a, "-o") == 0) {
            takes = 1;
            if (!value)
                return bad_usage("%s needs a format: text, json, csv or md", a);
            if (strcmp(value, "text") && strcmp(value, "json") && strcmp(value, "csv") &&
                strcmp(value, "md") && strcmp(value, "dot"))
                return bad_usage("unknown format '%s': text, json, csv, md (or dot, for threads)",
                                 value);
            c->lua.format = value;
        } else if (strcmp(a, "-e") == 0) {
            takes = 1;
            if (!value)
                return bad_usage("%s needs a chunk of Lua", a);
            c->chunk = value;
        } else if (strcmp(a, "--sandbox") == 0) {
            c->lua.sandbox = 1;
        } else if (strcmp(a, "--keep-going") == 0) {
            c->lua.keep_going = 1;
        } else if (strcmp(a, "--timeout") == 0) {
            takes = 1;
            if (!value || (c->lua.timeout = positive(value)) < 0)
                return bad_usage("%s needs a number of seconds", a);
        } else if (strcmp(a, "--max-memory") == 0) {
            takes = 1;
            double mb;
            if (!value || (mb = positive(value)) < 0 || mb > 1048576)
                return bad_usage("%s needs a number of megabytes", a);
            c->lua.max_memory = (size_t)(mb * 1048576.0);
        } else if (strcmp(a, "--lua-path") == 0) {
            takes = 1;
            if (!value)
                return bad_usage("%s needs directories", a);
            c->lua.lua_path = value;
        } else if (strcmp(a, "--json") == 0 && c->command && strcmp(c->command, "parse") == 0) {
            c->json = 1;
        } else if (!c->command && !c->chunk && a[0] != '-') {
            c->command = a;
        } else if (a[0] == '-' && a[1] != '\0' &&
                   !(c->command && strcmp(c->command, "report") == 0 && c->n_words > 0)) {
            return bad_usage("unknown option '%s'", a);
        } else {
            c->words[c->n_words++] = a;
        }
        i += takes;
    }
    return EXIT_OK;
}

/* ---- parse and check ------------------------------------------------------ */

typedef struct {
    int json;
    size_t warnings;
} print_opts;

static int print_doc(const char *path, const tg_doc *doc, void *ud)
{
    print_opts *o = ud;
    if (o->json)
        doc_print_json(stdout, path, doc);
    else
        doc_print_text(stdout, path, doc);
    return ferror(stdout) ? 1 : 0;
}

static int check_doc(const char *path, const tg_doc *doc, void *ud)
{
    print_opts *o = ud;
    o->warnings += doc_print_warnings(stdout, path, doc);
    return ferror(stdout) ? 1 : 0;
}

static int run_corpus(const cli_t *c, corpus_visit visit, print_opts *o)
{
    corpus_stats st;
    corpus_each(c->words, c->n_words, visit, o, &st);
    int rc = finish_output();
    if (rc == EXIT_OK && st.errors)
        rc = EXIT_USAGE;
    return rc;
}

/* ---- the commands --------------------------------------------------------- */

static int help(const char *text)
{
    fputs(text, stdout);
    return finish_output();
}

static int dispatch(cli_t *c)
{
    const char *cmd = c->command;
    if (c->version) {
        printf("cable %s\n", CABLE_VERSION);
        return finish_output();
    }
    if (c->chunk) {
        if (c->help)
            return help(usage_chunk);
        if (cmd) /* the first word was taken for a command: it is a path */
            memmove(c->words + 1, c->words, c->n_words++ * sizeof *c->words), c->words[0] = cmd;
        lh_job job = {LH_CHUNK, c->chunk, c->words, c->n_words, c->args, c->n_args};
        return lh_run(&c->lua, &job);
    }
    if (!cmd) {
        if (c->help)
            return help(usage_main);
        fputs(usage_main, stderr);
        return EXIT_USAGE;
    }
    if (strcmp(cmd, "parse") == 0 || strcmp(cmd, "check") == 0) {
        int is_parse = cmd[0] == 'p';
        if (c->help)
            return help(is_parse ? usage_parse : usage_check);
        print_opts o = {c->json, 0};
        int rc = run_corpus(c, is_parse ? print_doc : check_doc, &o);
        return rc == EXIT_OK && !is_parse && o.warnings ? EXIT_FOUND : rc;
    }
    if (strcmp(cmd, "reports") == 0)
        return c->help ? help(usage_reports) : lh_list_reports(&c->lua);
    static const struct {
        const char *name;
        lh_mode mode;
        const char *usage;
        int needs_word; /* script, report name, pattern */
    } lua_commands[] = {
        {"run", LH_SCRIPT, usage_run, 1},
        {"report", LH_REPORT, usage_report, 1},
        {"grep", LH_GREP, usage_grep, 1},
        {"repl", LH_REPL, usage_repl, 0},
    };
    for (size_t i = 0; i < sizeof lua_commands / sizeof lua_commands[0]; i++) {
        if (strcmp(cmd, lua_commands[i].name) != 0)
            continue;
        if (c->help)
            return help(lua_commands[i].usage);
        lh_job job = {lua_commands[i].mode, NULL, c->words, c->n_words, c->args, c->n_args};
        if (lua_commands[i].needs_word) {
            if (c->n_words == 0) {
                fputs(lua_commands[i].usage, stderr);
                return EXIT_USAGE;
            }
            job.source = c->words[0];
            job.paths = c->words + 1;
            job.n_paths = c->n_words - 1;
        }
        return lh_run(&c->lua, &job);
    }
    return bad_usage("unknown command '%s'", cmd);
}

int main(int argc, char **argv)
{
#ifdef CABLE_FAULTS
    /* the fault-injection build: fail the n-th allocation */
    const char *fail = getenv("CABLE_FAIL_ALLOC");
    if (fail)
        xalloc_fail_after(strtoul(fail, NULL, 10));
#endif
    static char outbuf[1 << 16];
    setvbuf(stdout, outbuf, _IOFBF, sizeof outbuf);
    cli_t c;
    int rc = parse_cli(argc, argv, &c);
    if (rc == EXIT_OK)
        rc = dispatch(&c);
    free(c.words);
    return rc;
}
