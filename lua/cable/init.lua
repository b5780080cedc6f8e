-- cable: the library scripts see as the global `cable`.
--
-- Documents are plain tables (see the README for their fields); the methods
-- below reach them through one shared metatable, so they cost nothing until
-- called. The host adds cable.documents() and cable.options.

local lpeg = require "lpeg"
local re = require "re"
local text = require "cable.text"

local type, ipairs, error, setmetatable = type, ipairs, error, setmetatable
local tonumber, tostring = tonumber, tostring
local concat = table.concat

local M = {}

local Document = {}
M.Document = Document

-- The page in force at byte `offset` (1-based) of paragraph number `p`:
-- the last page break before it, or the page before the first break.
function Document:page_at(p, offset)
  local page
  for _, b in ipairs(self.page_breaks) do
    if b.paragraph < p or (b.paragraph == p and (offset or 1) >= b.offset) then
      page = b.page
    elseif page == nil then
      local n = tonumber(b.page)
      return n and tostring(n - 1) or nil
    else
      break
    end
  end
  return page
end

-- The input line of byte `offset` of paragraph number `p`.
function Document:line_at(p, offset)
  local para = self.paragraphs[p]
  local line = para.line
  for _, start in ipairs(para.line_starts) do
    if start > offset then break end
    line = line + 1
  end
  return line
end

-- A function that tells the page and line of an offset in paragraph p;
-- offsets must come in increasing order (as hits do), which keeps it linear.
local function locator(doc, p)
  local para = doc.paragraphs[p]
  local starts, li, line = para.line_starts, 1, para.line
  local page = doc:page_at(p, 1)
  local breaks, bi = {}, 1
  for _, b in ipairs(doc.page_breaks) do
    if b.paragraph == p then breaks[#breaks + 1] = b end
  end
  return function(offset)
    while starts[li] and starts[li] <= offset do li, line = li + 1, line + 1 end
    while breaks[bi] and breaks[bi].offset <= offset do page, bi = breaks[bi].page, bi + 1 end
    return page, line
  end
end
M.locator = locator

--- doc:located(pieces_of): the pieces that pieces_of(text, p) finds in the
--- text of each paragraph p (tables with `first`, in order), each given its
--- paragraph, page and line, in one list.
function Document:located(pieces_of)
  local out = {}
  for p, para in ipairs(self.paragraphs) do
    local place = locator(self, p)
    for _, piece in ipairs(pieces_of(para.text, p)) do
      piece.paragraph = p
      piece.page, piece.line = place(piece.first)
      out[#out + 1] = piece
    end
  end
  return out
end

--- doc:sentences(): every sentence as {text, paragraph, page, line, first, last}.
function Document:sentences()
  return self:located(text.sentences)
end

--- doc:words(): every word as {text, paragraph, page, line, first, last}.
function Document:words()
  return self:located(text.words)
end

-- A pattern from what the user gave: an LPeg pattern, or a string that is
-- a `re` pattern when it compiles as one and `plain` is not set, else text.
local function to_pattern(p, plain)
  if lpeg.type(p) == "pattern" then return p end
  if type(p) ~= "string" then
    error("pattern expected (a string or an LPeg pattern), got " .. type(p), 3)
  end
  if plain then return lpeg.P(p) end
  local ok, compiled = pcall(re.compile, p)
  if ok then return compiled end
  return lpeg.P(p)
end
M.to_pattern = to_pattern

-- A pattern that finds the next match of `patt`, as {first, captures, after}.
local function finder(patt)
  local hit = lpeg.Ct(lpeg.Cp() * lpeg.Ct(patt) * lpeg.Cp())
  return lpeg.P{ hit + 1 * lpeg.V(1) }
end
M.finder = finder

--- doc:find(pattern [, plain]): every hit of a plain string, an LPeg pattern
--- or a `re` pattern in the clean paragraph texts, as
--- {text, paragraph, page, line, first, last, captures}.
function Document:find(pattern, plain)
  local patt = to_pattern(pattern, plain)
  local one = finder(patt)
  local out = {}
  for p, para in ipairs(self.paragraphs) do
    local s, pos = para.text, 1
    local place = locator(self, p)
    while pos <= #s do
      local h = lpeg.match(one, s, pos)
      if not h then break end
      local first, caps, after = h[1], h[2], h[3]
      local page, line = place(first)
      out[#out + 1] = {text = s:sub(first, after - 1), paragraph = p, page = page,
                       line = line, first = first, last = after - 1, captures = caps}
      pos = after > first and after or first + 1
    end
  end
  return out
end

--- doc:kwic(pattern, width): keyword-in-context lines, as
--- {left, keyword, right, paragraph, page, line}; width (default 30) is the
--- number of characters on each side.
function Document:kwic(pattern, width, plain)
  width = width or 30
  local out = {}
  for _, h in ipairs(self:find(pattern, plain)) do
    local s = self.paragraphs[h.paragraph].text
    out[#out + 1] = {
      left = text.tail(s:sub(1, h.first - 1), width),
      keyword = h.text,
      right = text.head(s:sub(h.last + 1), width),
      paragraph = h.paragraph, page = h.page, line = h.line,
    }
  end
  return out
end

--- doc:ref(p, page, line): "No. 577 ¶2 p. 862", how a place is cited.
function Document:ref(p, page, line)
  local parts = {}
  if self.number then parts[#parts + 1] = "No. " .. tostring(self.number) end
  if p then parts[#parts + 1] = "¶" .. p end
  if page then parts[#parts + 1] = "p. " .. page end
  if line and not p then parts[#parts + 1] = "l. " .. line end
  return concat(parts, " ")
end

local output
--- cable.output(rows, opts): print rows in the format of -o (text, json,
--- csv, md); opts.columns gives the columns and their order.
function M.output(rows, opts)
  output = output or require "cable.output"
  local options = rawget(M, "options")
  local ok, err = pcall(output.write, rows, opts, options and options.format)
  if not ok then
    if type(err) == "string" and err:find("no format", 1, true) then
      M.usage((err:gsub("^.-:%d+: ", "")))
    end
    error(err, 0)
  end
end

--- cable.usage(msg): stop with a usage error (exit status 2), as for a
--- wrong option: the message is shown without a traceback.
function M.usage(msg)
  error(setmetatable({usage = tostring(msg)}, {__tostring = function(e) return e.usage end}), 0)
end

--- cable.note(msg): a line for the reader on standard error ("cable: msg"),
--- apart from the results.
function M.note(msg)
  io.stderr:write("cable: ", tostring(msg), "\n")
end

--- cable.getopt(arg, defaults): a report's options (see cable.reports).
function M.getopt(arg, defaults)
  return require("cable.reports").getopt(arg, defaults)
end

M.text = text
M.version = "0.2.0"

return setmetatable(M, {__index = function(_, k)
  error("cable." .. tostring(k) .. " does not exist", 2)
end})
