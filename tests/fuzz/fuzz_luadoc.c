/*
 * fuzz_luadoc.c - libFuzzer target: bytes -> parser -> the document as Lua
 * tables (luadoc), in a Lua state with a small memory limit, and the table
 * walked from Lua.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <lauxlib.h>
#include <lua.h>
#include <lualib.h>

#include "luadoc.h"
#include "telegram.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static lua_State *L;

/* Count every string and number reachable from the table on top. */
static const char WALK[] =
    "local function walk(t, depth)\n"
    "  local n = 0\n"
    "  for k, v in pairs(t) do\n"
    "    n = n + 1\n"
    "    if type(v) == 'table' and depth < 4 then n = n + walk(v, depth + 1)\n"
    "    elseif type(v) == 'string' then n = n + #v end\n"
    "  end\n"
    "  return n\n"
    "end\n"
    "return walk(..., 0)\n";

static int setup(void)
{
    L = luaL_newstate();
    luaL_openlibs(L);
    luaL_newmetatable(L, LUADOC_META);
    lua_pop(L, 1);
    return luaL_loadstring(L, WALK) == LUA_OK ? (lua_setfield(L, LUA_REGISTRYINDEX, "walk"), 0)
                                              : -1;
}

static int push_and_walk(lua_State *S)
{
    const tg_doc *doc = lua_touserdata(S, 1);
    lua_getfield(S, LUA_REGISTRYINDEX, "walk");
    luadoc_push(S, "fuzz", doc);
    lua_call(S, 1, 1);
    return 1;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!L && setup() != 0)
        abort();
    size_t pos = 0, start, end;
    unsigned line = 1, index = 0;
    const char *buf = (const char *)data;
    while (tg_next_document(buf, size, pos, &start, &end, &line)) {
        tg_doc doc;
        if (tg_parse(buf + start, end - start, line, ++index, &doc) == TG_OK) {
            lua_pushcfunction(L, push_and_walk);
            lua_pushlightuserdata(L, &doc);
            if (lua_pcall(L, 1, 1, 0) != LUA_OK)
                abort(); /* building and reading a table must not fail */
            lua_pop(L, 1);
            tg_doc_free(&doc);
        }
        for (size_t i = start; i < end; i++)
            line += buf[i] == '\n';
        pos = end;
    }
    lua_gc(L, LUA_GCCOLLECT);
    return 0;
}
