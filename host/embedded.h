/*
 * embedded.h - the Lua files compiled into cable (see embed.c): the modules
 * of lua/, the reports of scripts/, and LPeg's re.lua.
 */
#ifndef CABLE_EMBEDDED_H
#define CABLE_EMBEDDED_H

#include <stddef.h>

typedef struct {
    const char *name; /* "cable/output.lua", "scripts/summary.lua", "re.lua" */
    const char *data;
    size_t len;
} cable_file;

/* Ends with an entry whose name is NULL. */
extern const cable_file cable_embedded[];

#endif
