/* luahost.c - see luahost.h */
#define _POSIX_C_SOURCE 200809L
#include "luahost.h"

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <lauxlib.h>
#include <lua.h>
#include <lualib.h>

#include <editline/readline.h>

#include "corpus.h"
#include "embedded.h"
#include "exitcodes.h"
#include "luadoc.h"
#include "xalloc.h"

int luaopen_lpeg(lua_State *L);
int luaopen_cjson(lua_State *L);

/* How often the time limit is looked at, in VM instructions. */
enum { HOOK_EVERY = 10000 };

typedef struct {
    lh_options opts;
    const lh_job *job;
    size_t mem_used;
    int mem_exceeded;
    struct timespec deadline;
    int timed_out;
    corpus_cursor cursor;
    int cursor_open;
    int doc_errors; /* Document() calls that failed under --keep-going */
} host_t;

static host_t *host_of(lua_State *L)
{
    void *ud;
    lua_getallocf(L, &ud);
    return ud;
}

/* ---- limits ------------------------------------------------------------- */

/* The allocator counts what the state holds and refuses past the limit. */
static void *l_alloc(void *ud, void *ptr, size_t osize, size_t nsize)
{
    host_t *h = ud;
    if (!ptr)
        osize = 0; /* osize is then a type tag, not a size */
    if (nsize == 0) {
        free(ptr);
        h->mem_used -= osize;
        return NULL;
    }
    if (h->opts.max_memory && nsize > osize &&
        h->mem_used + (nsize - osize) > h->opts.max_memory) {
        h->mem_exceeded = 1;
        return NULL;
    }
    void *p = xrealloc(ptr, nsize);
    if (p)
        h->mem_used = h->mem_used - osize + nsize;
    return p;
}

static int past(const struct timespec *deadline)
{
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    return now.tv_sec > deadline->tv_sec ||
           (now.tv_sec == deadline->tv_sec && now.tv_nsec >= deadline->tv_nsec);
}

/* The count hook stays armed after the deadline: a pcall in the script
 * catches one error, and the next count raises it again. */
static void time_hook(lua_State *L, lua_Debug *ar)
{
    (void)ar;
    host_t *h = host_of(L);
    if (h->timed_out || past(&h->deadline)) {
        if (!h->timed_out) {
            /* from now on every instruction raises: the first one outside
             * the script's pcall ends the run */
            h->timed_out = 1;
            lua_sethook(L, time_hook, LUA_MASKCOUNT, 1);
        }
        luaL_error(L, "time limit of %g s exceeded", h->opts.timeout);
    }
}

static void arm_timeout(lua_State *L, host_t *h)
{
    if (h->opts.timeout <= 0)
        return;
    clock_gettime(CLOCK_MONOTONIC, &h->deadline);
    double whole = (double)(long)h->opts.timeout;
    h->deadline.tv_sec += (time_t)whole;
    h->deadline.tv_nsec += (long)((h->opts.timeout - whole) * 1e9);
    if (h->deadline.tv_nsec >= 1000000000L) {
        h->deadline.tv_sec++;
        h->deadline.tv_nsec -= 1000000000L;
    }
    lua_sethook(L, time_hook, LUA_MASKCOUNT, HOOK_EVERY);
}

/* ---- protected calls ------------------------------------------------------ */

/* A usage error (cable.usage) stays a table: it gets no traceback, and
 * the run ends with exit status 2. */
static int is_usage_error(lua_State *L, int idx)
{
    if (!lua_istable(L, idx))
        return 0;
    int t = lua_getfield(L, idx, "usage");
    lua_pop(L, 1);
    return t == LUA_TSTRING;
}

static int msghandler(lua_State *L)
{
    if (is_usage_error(L, 1))
        return 1;
    const char *msg = lua_tostring(L, 1);
    if (msg == NULL) {
        if (luaL_callmeta(L, 1, "__tostring") && lua_type(L, -1) == LUA_TSTRING)
            return 1;
        msg = lua_pushfstring(L, "(error object is a %s value)", luaL_typename(L, 1));
    }
    luaL_traceback(L, L, msg, 1);
    return 1;
}

/* [-(nargs+1), +(nres|1)] Call the function below the nargs arguments with a
 * traceback handler; on error the message is on the stack. */
static int docall(lua_State *L, int nargs, int nres)
{
    int base = lua_gettop(L) - nargs;
    lua_pushcfunction(L, msghandler);
    lua_insert(L, base);
    int status = lua_pcall(L, nargs, nres, base);
    lua_remove(L, base);
    return status;
}

/* Report the error on top of the stack; say why when a limit stopped it.
 * The traceback is shown only when CABLE_TRACEBACK is set. */
static void report(lua_State *L, const char *context)
{
    host_t *h = host_of(L);
    if (is_usage_error(L, -1)) {
        lua_getfield(L, -1, "usage");
        fprintf(stderr, "cable: %s\n", lua_tostring(L, -1));
        lua_pop(L, 2);
        return;
    }
    const char *msg = lua_tostring(L, -1);
    if (!msg)
        msg = "(no message)";
    if (h->timed_out) {
        fprintf(stderr, "cable: time limit of %g s exceeded%s%s\n", h->opts.timeout,
                context ? " " : "", context ? context : "");
    } else if (h->mem_exceeded) {
        fprintf(stderr, "cable: memory limit of %zu MB exceeded%s%s\n",
                h->opts.max_memory >> 20, context ? " " : "", context ? context : "");
    } else {
        size_t n = strlen(msg);
        const char *tb = strstr(msg, "\nstack traceback:");
        if (tb && !getenv("CABLE_TRACEBACK"))
            n = (size_t)(tb - msg);
        fprintf(stderr, "cable: %.*s%s%s\n", (int)n, msg, context ? " " : "",
                context ? context : "");
    }
    lua_pop(L, 1);
}

static int limit_hit(lua_State *L)
{
    host_t *h = host_of(L);
    return h->timed_out || h->mem_exceeded;
}

/* Report the error on top of the stack; the exit status it calls for. */
static int fail(lua_State *L, const char *context)
{
    int usage = is_usage_error(L, -1);
    report(L, context);
    return usage ? EXIT_USAGE : EXIT_SCRIPT_RUN;
}

/* ---- finding Lua files: --lua-path / CABLE_PATH first, then built in ---------- */

/* [-0, +1] The path of NAME in the first --lua-path / CABLE_PATH directory
 * that has it; returns 0 and pushes nothing when none has. */
static int find_on_path(lua_State *L, const char *name)
{
    const char *dirs = host_of(L)->opts.lua_path;
    while (dirs && *dirs) {
        const char *colon = strchr(dirs, ':');
        size_t n = colon ? (size_t)(colon - dirs) : strlen(dirs);
        if (n) {
            luaL_Buffer b;
            luaL_buffinit(L, &b);
            luaL_addlstring(&b, dirs, n);
            luaL_addchar(&b, '/');
            luaL_addstring(&b, name);
            luaL_pushresult(&b);
            if (access(lua_tostring(L, -1), R_OK) == 0)
                return 1;
            lua_pop(L, 1);
        }
        dirs = colon ? colon + 1 : NULL;
    }
    return 0;
}

/* The built-in file NAME, or NULL. */
static const cable_file *built_in(const char *name)
{
    for (const cable_file *f = cable_embedded; f->name; f++)
        if (strcmp(f->name, name) == 0)
            return f;
    return NULL;
}

/* [-0, +1] Load the Lua file NAME ("cable/output.lua"); returns a
 * lua_load status, or -1 when there is no such file. */
static int load_named(lua_State *L, const char *name)
{
    if (find_on_path(L, name)) {
        int st = luaL_loadfilex(L, lua_tostring(L, -1), "t");
        lua_remove(L, -2);
        return st;
    }
    const cable_file *f = built_in(name);
    if (!f)
        return -1;
    lua_pushfstring(L, "=%s", name);
    int st = luaL_loadbufferx(L, f->data, f->len, lua_tostring(L, -1), "t");
    lua_remove(L, -2);
    return st;
}

/* package.searchers entry: modules of lua/ ("cable.output") and re.lua. */
static int searcher(lua_State *L)
{
    const char *mod = luaL_checkstring(L, 1);
    luaL_Buffer b;
    luaL_buffinit(L, &b);
    for (const char *p = mod; *p; p++)
        luaL_addchar(&b, *p == '.' ? '/' : *p);
    luaL_pushresult(&b);
    const char *base = lua_tostring(L, -1);
    const char *tries[2];
    tries[0] = lua_pushfstring(L, "%s.lua", base);
    tries[1] = lua_pushfstring(L, "%s/init.lua", base);
    for (int i = 0; i < 2; i++) {
        int st = load_named(L, tries[i]);
        if (st == LUA_OK) {
            lua_pushstring(L, tries[i]);
            return 2;
        }
        if (st > 0)
            return lua_error(L);
    }
    lua_pushfstring(L, "no built-in module '%s'", mod);
    return 1;
}

/* ---- the documents -------------------------------------------------------- */

static int push_doc_protected(lua_State *L)
{
    const tg_doc *doc = lua_touserdata(L, 1);
    const char *path = lua_touserdata(L, 2);
    luadoc_push(L, path, doc);
    return 1;
}

/* [-0, +1, m] Push the table of doc and free doc, also when building the
 * table fails (the error is raised again once doc is freed). */
static void push_doc(lua_State *L, const char *path, tg_doc *doc)
{
    luaL_checkstack(L, 4, "document");
    lua_pushcfunction(L, push_doc_protected);
    lua_pushlightuserdata(L, doc);
    lua_pushlightuserdata(L, (void *)path);
    int st = lua_pcall(L, 2, 1, 0);
    tg_doc_free(doc);
    if (st != LUA_OK)
        lua_error(L);
    /* in the sandbox, scripts get a read-only view of the document */
    if (lua_getfield(L, LUA_REGISTRYINDEX, "cable.protect") == LUA_TFUNCTION) {
        lua_insert(L, -2);
        lua_call(L, 1, 1);
    } else {
        lua_pop(L, 1);
    }
}

/* Iterator of cable.documents(): the next document's table, or nil. */
static int documents_next(lua_State *L)
{
    host_t *h = host_of(L);
    if (!h->cursor_open)
        return 0;
    tg_doc doc;
    const char *path;
    if (!corpus_next(&h->cursor, &doc, &path))
        return 0;
    push_doc(L, path, &doc);
    return 1;
}

static int l_documents(lua_State *L)
{
    lua_pushcfunction(L, documents_next);
    return 1;
}

/* cable._readline(prompt): a line of input without its newline, or nil at
 * the end. With a prompt (a terminal), line editing and history. */
static int l_readline(lua_State *L)
{
    const char *prompt = luaL_optstring(L, 1, NULL);
    if (prompt) {
        char *line = readline(prompt);
        if (!line)
            return 0;
        if (*line)
            add_history(line);
        lua_pushstring(L, line);
        free(line);
        return 1;
    }
    luaL_Buffer b;
    luaL_buffinit(L, &b);
    int c, any = 0;
    while ((c = getchar()) != EOF && c != '\n') {
        luaL_addchar(&b, (char)c);
        any = 1;
    }
    if (c == EOF && !any)
        return 0;
    luaL_pushresult(&b);
    return 1;
}

/* ---- setting up the state ------------------------------------------------- */

static int open_state(lua_State *L)
{
    host_t *h = host_of(L);
    luaL_openlibs(L);
    luaL_getsubtable(L, LUA_REGISTRYINDEX, LUA_PRELOAD_TABLE);
    lua_pushcfunction(L, luaopen_lpeg);
    lua_setfield(L, -2, "lpeg");
    lua_pushcfunction(L, luaopen_cjson);
    lua_setfield(L, -2, "cjson");
    lua_pop(L, 1);
    /* package.searchers: preload, ours, then (outside the sandbox) the rest */
    lua_getglobal(L, "package");
    lua_getfield(L, -1, "searchers");
    lua_createtable(L, 4, 0);
    lua_rawgeti(L, -2, 1);
    lua_rawseti(L, -2, 1);
    lua_pushcfunction(L, searcher);
    lua_rawseti(L, -2, 2);
    if (!h->opts.sandbox) {
        for (int i = 2; i <= 4; i++) {
            lua_rawgeti(L, -2, i);
            lua_rawseti(L, -2, i + 1);
        }
    }
    lua_setfield(L, -3, "searchers");
    lua_pop(L, 2);
    /* the cable module, with what only C can give it */
    lua_getglobal(L, "require");
    lua_pushliteral(L, "cable");
    lua_call(L, 1, 1);
    lua_pushcfunction(L, l_documents);
    lua_setfield(L, -2, "documents");
    lua_createtable(L, 0, 2);
    lua_pushstring(L, h->opts.format ? h->opts.format : "text");
    lua_setfield(L, -2, "format");
    lua_pushboolean(L, h->opts.sandbox);
    lua_setfield(L, -2, "sandbox");
    lua_setfield(L, -2, "options");
    /* documents share one metatable, whose methods come from the module */
    luaL_newmetatable(L, LUADOC_META);
    lua_getfield(L, -2, "Document");
    lua_setfield(L, -2, "__index");
    lua_pop(L, 1);
    lua_setglobal(L, "cable");
    lua_getglobal(L, "require");
    lua_pushliteral(L, "lpeg");
    lua_call(L, 1, 1);
    lua_setglobal(L, "lpeg");
    lua_getglobal(L, "require");
    lua_pushliteral(L, "re");
    lua_call(L, 1, 1);
    lua_setglobal(L, "re");
    return 0;
}

/* [-0, +1] The environment user code runs in: the globals, or in the
 * sandbox an allow-listed table built by cable.sandbox. */
static int push_env(lua_State *L)
{
    host_t *h = host_of(L);
    if (!h->opts.sandbox) {
        lua_pushglobaltable(L);
        return LUA_OK;
    }
    lua_getglobal(L, "require");
    lua_pushliteral(L, "cable.sandbox");
    int st = docall(L, 1, 1);
    if (st != LUA_OK)
        return st;
    lua_getfield(L, -1, "protect");
    lua_setfield(L, LUA_REGISTRYINDEX, "cable.protect");
    lua_getfield(L, -1, "new");
    lua_remove(L, -2);
    return docall(L, 0, 1);
}

/* [-1, +1] Give the function on top the environment below it on the stack. */
static void set_env(lua_State *L, int env)
{
    lua_pushvalue(L, env);
    if (!lua_setupvalue(L, -2, 1))
        lua_pop(L, 1);
}

/* [-0, +0] env.arg = {[0] = name, args…} */
static void set_arg(lua_State *L, int env, const lh_job *job, const char *name)
{
    lua_createtable(L, (int)job->n_args, 1);
    lua_pushstring(L, name);
    lua_rawseti(L, -2, 0);
    for (size_t i = 0; i < job->n_args; i++) {
        lua_pushstring(L, job->args[i]);
        lua_rawseti(L, -2, (lua_Integer)i + 1);
    }
    lua_setfield(L, env, "arg");
}

static int open_documents(lua_State *L, const lh_job *job)
{
    host_t *h = host_of(L);
    if (corpus_open(&h->cursor, job->paths, job->n_paths) != 0) {
        corpus_close(&h->cursor);
        return luaL_error(L, "out of memory listing the input files");
    }
    h->cursor_open = 1;
    return 0;
}

/* Call fn (on top) once per document with the document as argument, or
 * with `doc` set in env when as_global. Returns an exit status. */
static int each_document(lua_State *L, int env, int fn, int as_global)
{
    host_t *h = host_of(L);
    tg_doc doc;
    const char *path;
    int rc = EXIT_OK;
    while (corpus_next(&h->cursor, &doc, &path)) {
        char where[512];
        snprintf(where, sizeof where, "(in %s:%u, document %u)", path, doc.line, doc.index);
        lua_pushvalue(L, fn);
        push_doc(L, path, &doc);
        int nargs = 1;
        if (as_global) {
            lua_setfield(L, env, "doc");
            nargs = 0;
        }
        if (docall(L, nargs, 0) != LUA_OK) {
            rc = fail(L, where);
            if (rc == EXIT_USAGE || !h->opts.keep_going || limit_hit(L))
                break;
            h->doc_errors++;
        }
    }
    return rc;
}

/* ---- the jobs ------------------------------------------------------------ */

/* [-0, +1] The text of the report NAME, or an error message; returns 0 or
 * -1. */
static int report_source(lua_State *L, const char *name)
{
    char file[256];
    if (strchr(name, '/') || strlen(name) > 200) {
        lua_pushfstring(L, "no report named '%s' (try 'cable reports')", name);
        return -1;
    }
    snprintf(file, sizeof file, "scripts/%s.lua", name);
    if (find_on_path(L, file)) {
        FILE *f = fopen(lua_tostring(L, -1), "rb");
        lua_pop(L, 1);
        if (f) {
            luaL_Buffer b;
            luaL_buffinit(L, &b);
            char chunk[4096];
            size_t got;
            while ((got = fread(chunk, 1, sizeof chunk, f)) > 0)
                luaL_addlstring(&b, chunk, got);
            fclose(f);
            luaL_pushresult(&b);
            return 0;
        }
    }
    const cable_file *f = built_in(file);
    if (f) {
        lua_pushlstring(L, f->data, f->len);
        return 0;
    }
    lua_pushfstring(L, "no report named '%s' (try 'cable reports')", name);
    return -1;
}

/* [-0, +1] Compile the report NAME; a lua_load status. */
static int load_report(lua_State *L, const char *name)
{
    if (report_source(L, name) != 0)
        return LUA_ERRFILE;
    size_t len;
    const char *src = lua_tolstring(L, -1, &len);
    lua_pushfstring(L, "=%s.lua", name);
    int st = luaL_loadbufferx(L, src, len, lua_tostring(L, -1), "t");
    lua_remove(L, -2); /* the chunk name */
    lua_remove(L, -2); /* the source */
    return st;
}

/* Split a report's words into its own options (in *args) and the paths;
 * `cable report NAME --help` prints the report's header. Returns -1 when
 * the job is done (help), 0 to go on, or an exit status > 0. */
static int report_args(lua_State *L, const lh_job *job, lh_job *out)
{
    if (report_source(L, job->source) != 0) {
        report(L, NULL);
        return EXIT_USAGE;
    }
    int src = lua_gettop(L);
    lua_getglobal(L, "require");
    lua_pushliteral(L, "cable.reports");
    lua_call(L, 1, 1);
    int mod = lua_gettop(L);
    *out = *job;
    const char **paths = lua_newuserdatauv(L, (job->n_paths + 1) * sizeof *paths, 0);
    const char **args = lua_newuserdatauv(L, (job->n_paths + 1) * sizeof *args, 0);
    lua_setfield(L, LUA_REGISTRYINDEX, "cable.report.args");
    lua_setfield(L, LUA_REGISTRYINDEX, "cable.report.paths");
    lua_getfield(L, mod, "options");
    lua_pushvalue(L, src);
    lua_call(L, 1, 1);
    int spec = lua_gettop(L);
    size_t np = 0, na = 0;
    for (size_t i = 0; i < job->n_paths; i++) {
        const char *a = job->paths[i];
        if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
            lua_getfield(L, mod, "header");
            lua_pushvalue(L, src);
            lua_call(L, 1, 1);
            for (lua_Integer k = 1; lua_rawgeti(L, -1, k) == LUA_TSTRING; k++) {
                puts(lua_tostring(L, -1));
                lua_pop(L, 1);
            }
            return -1;
        }
        if (a[0] == '-' && a[1] == '-' && a[2]) {
            int kind = lua_getfield(L, spec, a);
            int takes_value = lua_toboolean(L, -1);
            lua_pop(L, 1);
            if (kind == LUA_TNIL) {
                fprintf(stderr, "cable: report %s has no option '%s' (try 'cable report %s "
                                "--help')\n", job->source, a, job->source);
                return EXIT_USAGE;
            }
            args[na++] = a;
            if (takes_value) {
                if (i + 1 >= job->n_paths) {
                    fprintf(stderr, "cable: option '%s' needs a value\n", a);
                    return EXIT_USAGE;
                }
                args[na++] = job->paths[++i];
            }
        } else {
            paths[np++] = a;
        }
    }
    out->paths = paths;
    out->n_paths = np;
    out->args = args;
    out->n_args = na;
    lua_settop(L, src - 1);
    return 0;
}

/* Load the user's script, chunk or report; [-0, +1] on success. */
static int load_job(lua_State *L, const lh_job *job, const char **name)
{
    host_t *h = host_of(L);
    const char *mode = h->opts.sandbox ? "t" : "bt";
    int st;
    switch (job->mode) {
    case LH_SCRIPT:
        *name = job->source;
        if (strcmp(job->source, "-") == 0)
            st = luaL_loadfilex(L, NULL, mode);
        else
            st = luaL_loadfilex(L, job->source, mode);
        break;
    case LH_CHUNK:
        *name = "(command line)";
        st = luaL_loadbufferx(L, job->source, strlen(job->source), "=(command line)", mode);
        break;
    case LH_REPORT:
        *name = job->source;
        st = load_report(L, job->source);
        break;
    default:
        st = LUA_ERRRUN;
        lua_pushliteral(L, "not a loadable job");
    }
    return st;
}

static int run_program(lua_State *L, const lh_job *given)
{
    host_t *h = host_of(L);
    const char *name = NULL;
    lh_job report_job;
    const lh_job *job = given;
    if (given->mode == LH_REPORT) {
        int rc = report_args(L, given, &report_job);
        if (rc)
            return rc < 0 ? EXIT_OK : rc;
        job = &report_job;
    }
    if (push_env(L) != LUA_OK) {
        report(L, NULL);
        return EXIT_SCRIPT_LOAD;
    }
    int env = lua_gettop(L);
    int st = load_job(L, job, &name);
    if (st != LUA_OK) {
        report(L, NULL);
        return st == LUA_ERRFILE && job->mode != LH_REPORT ? EXIT_USAGE : EXIT_SCRIPT_LOAD;
    }
    set_env(L, env);
    int chunk = lua_gettop(L);
    set_arg(L, env, job, name);
    open_documents(L, job);
    arm_timeout(L, h);
    if (job->mode == LH_CHUNK)
        return each_document(L, env, chunk, 1);
    /* a script: its main chunk, then Document() per document and Finish() */
    lua_pushvalue(L, chunk);
    if (docall(L, 0, 0) != LUA_OK)
        return fail(L, NULL);
    int rc = EXIT_OK;
    /* raw: in the sandbox, reading a missing global is an error */
    lua_pushliteral(L, "Document");
    if (lua_rawget(L, env) == LUA_TFUNCTION)
        rc = each_document(L, env, lua_gettop(L), 0);
    lua_pop(L, 1);
    if (rc != EXIT_OK && (!h->opts.keep_going || limit_hit(L)))
        return rc;
    lua_pushliteral(L, "Finish");
    if (lua_rawget(L, env) == LUA_TFUNCTION) {
        if (docall(L, 0, 0) != LUA_OK)
            return fail(L, NULL);
    } else {
        lua_pop(L, 1);
    }
    return rc;
}

/* cable grep: the pattern is compiled by cable.grep, which prints hits. */
static int run_grep(lua_State *L, const lh_job *job)
{
    host_t *h = host_of(L);
    lua_getglobal(L, "require");
    lua_pushliteral(L, "cable.grep");
    if (docall(L, 1, 1) != LUA_OK) {
        report(L, NULL);
        return EXIT_SCRIPT_LOAD;
    }
    int mod = lua_gettop(L);
    lua_getfield(L, mod, "compile");
    lua_pushstring(L, job->source);
    if (docall(L, 1, 1) != LUA_OK) {
        report(L, NULL); /* a bad pattern is a usage error */
        return EXIT_USAGE;
    }
    int pattern = lua_gettop(L);
    open_documents(L, job);
    arm_timeout(L, h);
    lua_Integer hits = 0;
    tg_doc doc;
    const char *path;
    while (corpus_next(&h->cursor, &doc, &path)) {
        lua_getfield(L, mod, "search");
        lua_pushvalue(L, pattern);
        push_doc(L, path, &doc);
        if (docall(L, 2, 1) != LUA_OK) {
            report(L, NULL);
            return EXIT_SCRIPT_RUN;
        }
        hits += lua_tointeger(L, -1);
        lua_pop(L, 1);
    }
    return hits ? EXIT_OK : EXIT_FOUND;
}

static int run_repl(lua_State *L, const lh_job *job)
{
    lua_getglobal(L, "require");
    lua_pushliteral(L, "cable.repl");
    if (docall(L, 1, 1) != LUA_OK) {
        report(L, NULL);
        return EXIT_SCRIPT_LOAD;
    }
    lua_getfield(L, -1, "run");
    lua_pushcfunction(L, l_readline);
    lua_pushboolean(L, isatty(STDIN_FILENO));
    open_documents(L, job);
    arm_timeout(L, host_of(L));
    if (docall(L, 2, 0) != LUA_OK) {
        report(L, NULL);
        return EXIT_SCRIPT_RUN;
    }
    return EXIT_OK;
}

static int pmain(lua_State *L)
{
    host_t *h = host_of(L);
    const lh_job *job = h->job;
    open_state(L);
    int rc;
    switch (job->mode) {
    case LH_GREP:
        rc = run_grep(L, job);
        break;
    case LH_REPL:
        rc = run_repl(L, job);
        break;
    default:
        rc = run_program(L, job);
    }
    if (h->cursor_open && h->cursor.stats.errors && rc == EXIT_OK)
        rc = EXIT_USAGE;
    lua_pushinteger(L, rc);
    return 1;
}

int lh_run(const lh_options *opts, const lh_job *job)
{
    host_t h;
    memset(&h, 0, sizeof h);
    h.opts = *opts;
    h.job = job;
    if (job->mode == LH_REPORT)
        h.opts.sandbox = 1; /* bundled reports always run sandboxed */
    lua_State *L = lua_newstate(l_alloc, &h);
    if (!L) {
        fputs("cable: cannot create the Lua state: out of memory\n", stderr);
        return EXIT_USAGE;
    }
    lua_pushcfunction(L, pmain);
    int rc;
    if (docall(L, 0, 1) != LUA_OK) {
        report(L, NULL);
        rc = limit_hit(L) ? EXIT_SCRIPT_RUN : EXIT_SCRIPT_LOAD;
    } else {
        rc = (int)lua_tointeger(L, -1);
    }
    if (h.cursor_open)
        corpus_close(&h.cursor);
    lua_close(L);
    if (fflush(stdout) != 0 || ferror(stdout)) {
        fprintf(stderr, "cable: writing output: %s\n", strerror(errno ? errno : EIO));
        rc = EXIT_USAGE;
    }
    return rc;
}

/* [-0, +0] sources[name] = the text of each report in DIR/scripts. */
static void reports_in_dir(lua_State *L, int sources, const char *dir, size_t n)
{
    lua_pushfstring(L, "%s/scripts", lua_pushlstring(L, dir, n));
    DIR *d = opendir(lua_tostring(L, -1));
    if (d) {
        struct dirent *de;
        while ((de = readdir(d)) != NULL) {
            size_t len = strlen(de->d_name);
            if (len < 5 || strcmp(de->d_name + len - 4, ".lua") != 0 || de->d_name[0] == '.')
                continue;
            lua_pushlstring(L, de->d_name, len - 4);
            if (report_source(L, lua_tostring(L, -1)) == 0)
                lua_settable(L, sources);
            else
                lua_pop(L, 2);
        }
        closedir(d);
    }
    lua_pop(L, 2);
}

/* cable reports: the first line of each report's header, the reports on
 * --lua-path / CABLE_PATH included. */
static int list_reports(lua_State *L)
{
    lua_newtable(L);
    int sources = lua_gettop(L);
    for (const cable_file *f = cable_embedded; f->name; f++) {
        size_t len = strlen(f->name);
        if (strncmp(f->name, "scripts/", 8) == 0 && len > 12) {
            lua_pushlstring(L, f->name + 8, len - 12);
            lua_pushlstring(L, f->data, f->len);
            lua_settable(L, sources);
        }
    }
    const char *dirs = host_of(L)->opts.lua_path;
    while (dirs && *dirs) {
        const char *colon = strchr(dirs, ':');
        size_t n = colon ? (size_t)(colon - dirs) : strlen(dirs);
        if (n)
            reports_in_dir(L, sources, dirs, n);
        dirs = colon ? colon + 1 : NULL;
    }
    lua_getglobal(L, "require");
    lua_pushliteral(L, "cable.reports");
    lua_call(L, 1, 1);
    lua_getfield(L, -1, "list");
    lua_newtable(L);
    int i = 1;
    lua_pushnil(L);
    while (lua_next(L, sources)) {
        lua_rawseti(L, -3, i++);
    }
    lua_call(L, 1, 0);
    return 0;
}

int lh_list_reports(const lh_options *opts)
{
    host_t h;
    memset(&h, 0, sizeof h);
    h.opts = *opts;
    lua_State *L = lua_newstate(l_alloc, &h);
    if (!L) {
        fputs("cable: out of memory\n", stderr);
        return EXIT_USAGE;
    }
    luaL_openlibs(L);
    lua_getglobal(L, "package");
    lua_getfield(L, -1, "searchers");
    lua_pushcfunction(L, searcher);
    lua_rawseti(L, -2, 2);
    lua_pop(L, 2);
    lua_pushcfunction(L, list_reports);
    int rc = EXIT_OK;
    if (docall(L, 0, 0) != LUA_OK) {
        report(L, NULL);
        rc = EXIT_SCRIPT_LOAD;
    }
    lua_close(L);
    return rc;
}
