-- footnotes: each footnote beside the words around its marker
--
-- usage: cable report footnotes [-o FORMAT] [--width N] [FILE|DIR|-]...
--
-- One row per footnote: its number and text, where its marker stands
-- (heading, dateline or paragraph, with page and line), and the words on
-- each side of the marker. A footnote whose marker was not found says so.
--
-- options:
--   --width N   characters of context on each side (default 40)

local opts = cable.getopt(arg, {width = 40})
local text = cable.text
local rows, paths = {}, {}

function Document(doc)
  paths[#paths + 1] = doc.path
  for _, f in ipairs(doc.footnotes) do
    local where, s = "not found", nil
    if f.paragraph == 0 then
      where, s = "heading", doc.heading
    elseif f.paragraph == -1 then
      where, s = "dateline", doc.dateline and doc.dateline.text
    elseif f.paragraph then
      s = doc.paragraphs[f.paragraph].text
      where = doc:ref(f.paragraph, doc:page_at(f.paragraph, f.offset))
    end
    local context
    if s and f.offset then
      context = text.tail(s:sub(1, f.offset - 1), opts.width) .. "[" .. f.n .. "]" ..
        text.head(s:sub(f.offset), opts.width)
    end
    rows[#rows + 1] = {n = f.n, where = where, line = f.marker_line, context = context,
                       footnote = f.text, path = doc.path, number = doc.number}
  end
end

function Finish()
  local columns = {"n", "where", "line", "context", "footnote"}
  if #paths > 1 then table.insert(columns, 1, "number"); columns[#columns + 1] = "path" end
  cable.output(rows, {columns = columns})
end
