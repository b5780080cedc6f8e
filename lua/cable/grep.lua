-- cable.grep: what `cable grep PATTERN FILES` runs. Each hit prints as
--   path:line: [No. 577 ¶2 p. 862] …context…

local re = require "re"
local text = require "cable.text"

local write = io.write

local M = {}

local CONTEXT = 40

--- grep.compile(pattern): the `re` pattern, or an error that says where
--- in the pattern it went wrong.
function M.compile(pattern)
  local ok, compiled = pcall(re.compile, pattern)
  if ok then return compiled end
  local msg = tostring(compiled):gsub("^.-:%d+: ", "")
  local near = msg:match("near '(.-)'%s*$") or msg:match("near '(.*)'")
  local at = near and near ~= "" and pattern:find(near, 1, true)
  if at then
    error(("bad pattern at position %d: %s"):format(at, msg), 0)
  end
  error("bad pattern: " .. msg, 0)
end

--- grep.search(compiled, doc): print each hit; returns how many.
function M.search(compiled, doc)
  local hits = doc:find(compiled)
  for _, h in ipairs(hits) do
    local s = doc.paragraphs[h.paragraph].text
    local left = text.tail(s:sub(1, h.first - 1), CONTEXT)
    local right = text.head(s:sub(h.last + 1), CONTEXT)
    write(doc.path, ":", h.line, ": [", doc:ref(h.paragraph, h.page), "] ",
          h.first > 1 + #left and "…" or "", left, h.text, right,
          h.last + #right < #s and "…" or "", "\n")
  end
  return #hits
end

return M
