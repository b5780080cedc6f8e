/*
 * luadoc.h - a parsed document as a Lua table, with exactly the fields of
 * the document model (see README). The table gets the metatable kept in
 * the registry under LUADOC_META, which holds the document methods.
 */
#ifndef CABLE_LUADOC_H
#define CABLE_LUADOC_H

#include <lua.h>

#include "telegram.h"

#define LUADOC_META "cable.Document"

/* [-0, +1, m] Push the table of doc (from file path). */
void luadoc_push(lua_State *L, const char *path, const tg_doc *doc);

#endif
