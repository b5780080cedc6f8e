/*
 * luahost.h - the Lua side of cable: one Lua state per run, with the
 * standard libraries, lpeg, re and cjson, the modules of lua/ and the
 * reports of scripts/ compiled in (files on CABLE_PATH or --lua-path come
 * first), the sandbox, and the time and memory limits.
 *
 * Every entry point runs inside one protected call with a traceback; errors
 * are reported as "cable: script.lua:12: message" and turned into the exit
 * codes of exitcodes.h.
 */
#ifndef CABLE_LUAHOST_H
#define CABLE_LUAHOST_H

#include <stddef.h>

typedef struct {
    int sandbox;            /* run user code in the allow-listed environment */
    double timeout;         /* seconds of running time, 0 for none */
    size_t max_memory;      /* bytes the Lua state may hold, 0 for none */
    const char *lua_path;   /* directories searched before the built-in files */
    const char *format;     /* -o: text, json, csv, md */
    int keep_going;         /* a failing Document() does not stop the run */
} lh_options;

typedef enum {
    LH_SCRIPT,  /* a script file: Document()/Finish(), or cable.documents() */
    LH_CHUNK,   /* -e: a chunk run once per document with `doc` set */
    LH_REPORT,  /* a bundled report, by name, always sandboxed */
    LH_GREP,    /* cable grep PATTERN */
    LH_REPL,    /* the interactive prompt */
} lh_mode;

typedef struct {
    lh_mode mode;
    const char *source;        /* script path, chunk text, report name or pattern */
    const char *const *paths;  /* the documents */
    size_t n_paths;
    const char *const *args;   /* arg[1..n] for the script */
    size_t n_args;
} lh_job;

/* Run a job; returns the process exit status. */
int lh_run(const lh_options *opts, const lh_job *job);

/* Print the bundled reports, one line each ("NAME  description"). */
int lh_list_reports(const lh_options *opts);

#endif
