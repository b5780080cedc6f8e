/* luadoc.c - see luadoc.h */
#include "luadoc.h"

#include <string.h>

#include <lauxlib.h>

/* [-0, +0] t[key] = s, when s is present; the table is on top. */
static void set_str(lua_State *L, const char *key, tg_str s)
{
    if (!s.n)
        return;
    lua_pushlstring(L, s.s, s.n);
    lua_setfield(L, -2, key);
}

static void set_int(lua_State *L, const char *key, lua_Integer v)
{
    lua_pushinteger(L, v);
    lua_setfield(L, -2, key);
}

/* The number: an integer when all digits, else the string. */
static void set_number(lua_State *L, tg_str num)
{
    if (!num.n)
        return;
    int digits = num.n < 16;
    lua_Integer v = 0;
    for (size_t i = 0; i < num.n && digits; i++) {
        digits = num.s[i] >= '0' && num.s[i] <= '9';
        v = v * 10 + (num.s[i] - '0');
    }
    if (digits)
        lua_pushinteger(L, v);
    else
        lua_pushlstring(L, num.s, num.n);
    lua_setfield(L, -2, "number");
}

static void set_parties(lua_State *L, const char *key, const tg_party *p, size_t n)
{
    lua_createtable(L, (int)n, 0);
    for (size_t i = 0; i < n; i++) {
        lua_createtable(L, 0, 2);
        set_str(L, "title", p[i].title);
        set_str(L, "name", p[i].name);
        lua_rawseti(L, -2, (lua_Integer)i + 1);
    }
    lua_setfield(L, -2, key);
}

static void set_strings(lua_State *L, const char *key, const tg_str *s, size_t n)
{
    lua_createtable(L, (int)n, 0);
    for (size_t i = 0; i < n; i++) {
        lua_pushlstring(L, s[i].s, s[i].n);
        lua_rawseti(L, -2, (lua_Integer)i + 1);
    }
    lua_setfield(L, -2, key);
}

static void set_dateline(lua_State *L, const tg_doc *d)
{
    if (!d->has_dateline)
        return;
    const tg_dateline *dl = &d->dateline;
    lua_createtable(L, 0, 5);
    set_str(L, "text", dl->text);
    set_str(L, "place", dl->place);
    if (dl->date[0]) {
        lua_pushstring(L, dl->date);
        lua_setfield(L, -2, "date");
    }
    if (dl->time[0]) {
        lua_pushstring(L, dl->time);
        lua_setfield(L, -2, "time");
    }
    set_str(L, "received", dl->received);
    lua_setfield(L, -2, "dateline");
}

static void set_paragraphs(lua_State *L, const tg_doc *d)
{
    lua_createtable(L, (int)d->n_paragraphs, 0);
    for (size_t i = 0; i < d->n_paragraphs; i++) {
        const tg_paragraph *p = &d->paragraphs[i];
        lua_createtable(L, 0, 5);
        set_str(L, "text", p->text);
        lua_pushlstring(L, p->raw.s, p->raw.n); /* raw may be "" for nothing */
        lua_setfield(L, -2, "raw");
        set_int(L, "line", p->line);
        set_str(L, "page", p->page);
        lua_createtable(L, (int)p->notes_n, 0);
        for (size_t k = 0; k < p->notes_n; k++) {
            lua_pushinteger(L, (lua_Integer)d->para_notes[p->notes_at + k]);
            lua_rawseti(L, -2, (lua_Integer)k + 1);
        }
        lua_setfield(L, -2, "notes");
        lua_createtable(L, (int)p->lines_n, 0);
        for (size_t k = 0; k < p->lines_n; k++) {
            lua_pushinteger(L, (lua_Integer)d->para_lines[p->lines_at + k]);
            lua_rawseti(L, -2, (lua_Integer)k + 1);
        }
        lua_setfield(L, -2, "line_starts");
        lua_rawseti(L, -2, (lua_Integer)i + 1);
    }
    lua_setfield(L, -2, "paragraphs");
}

static void set_footnotes(lua_State *L, const tg_doc *d)
{
    lua_createtable(L, (int)d->n_footnotes, 0);
    for (size_t i = 0; i < d->n_footnotes; i++) {
        const tg_footnote *f = &d->footnotes[i];
        lua_createtable(L, 0, 5);
        set_int(L, "n", (lua_Integer)f->n);
        set_str(L, "text", f->text);
        set_int(L, "line", f->line);
        if (f->marker_line) {
            set_int(L, "paragraph", f->paragraph);
            set_int(L, "marker_line", f->marker_line);
            set_int(L, "offset", (lua_Integer)f->offset);
        }
        lua_rawseti(L, -2, (lua_Integer)i + 1);
    }
    lua_setfield(L, -2, "footnotes");
}

static void set_page_breaks(lua_State *L, const tg_doc *d)
{
    lua_createtable(L, (int)d->n_page_breaks, 0);
    for (size_t i = 0; i < d->n_page_breaks; i++) {
        const tg_page_break *b = &d->page_breaks[i];
        lua_createtable(L, 0, 3);
        set_str(L, "page", b->page);
        set_int(L, "paragraph", b->paragraph);
        set_int(L, "line", b->line);
        set_int(L, "offset", (lua_Integer)b->offset);
        lua_rawseti(L, -2, (lua_Integer)i + 1);
    }
    lua_setfield(L, -2, "page_breaks");
}

static void set_warnings(lua_State *L, const tg_doc *d)
{
    lua_createtable(L, (int)d->n_warnings, 0);
    for (size_t i = 0; i < d->n_warnings; i++) {
        lua_createtable(L, 0, 2);
        set_int(L, "line", d->warnings[i].line);
        set_str(L, "message", d->warnings[i].message);
        lua_rawseti(L, -2, (lua_Integer)i + 1);
    }
    lua_setfield(L, -2, "warnings");
}

void luadoc_push(lua_State *L, const char *path, const tg_doc *d)
{
    luaL_checkstack(L, 8, "document table");
    lua_createtable(L, 0, 24);
    lua_pushstring(L, path);
    lua_setfield(L, -2, "path");
    set_int(L, "index", d->index);
    set_int(L, "line", d->line);
    set_str(L, "source", d->source);
    set_strings(L, "file_numbers", d->file_numbers, d->n_file_numbers);
    set_str(L, "channel", d->channel);
    set_number(L, d->number);
    set_str(L, "heading", d->heading);
    set_parties(L, "from", d->from, d->n_from);
    set_parties(L, "to", d->to, d->n_to);
    lua_pushstring(L, d->kind);
    lua_setfield(L, -2, "kind");
    set_strings(L, "notes", d->notes, d->n_notes);
    set_str(L, "classification", d->classification);
    set_dateline(L, d);
    if (d->telegram_number >= 0)
        set_int(L, "telegram_number", d->telegram_number);
    set_paragraphs(L, d);
    set_footnotes(L, d);
    set_page_breaks(L, d);
    set_str(L, "signature", d->signature);
    set_str(L, "office", d->office);
    lua_pushlstring(L, d->text.s ? d->text.s : "", d->text.n);
    lua_setfield(L, -2, "text");
    set_warnings(L, d);
    luaL_setmetatable(L, LUADOC_META);
}
