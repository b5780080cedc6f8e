-- entities: persons, places, organisations and agreements, with their count and first mention
--
-- usage: cable report entities [-o FORMAT] [--kind KIND] [FILE|DIR|-]...
--
-- Persons (with a title, a title standing alone, the names of the heading,
-- and capitalised names met inside sentences), places (a gazetteer of the
-- period), organisations and agreements. For each: how often it is named,
-- in how many documents, and where first ("No. 577 ¶2 p. 862 l. 10").
--
-- options:
--   --kind KIND   only one kind: person, place, organisation or agreement

local entities = require "cable.entities"
local opts = cable.getopt(arg, {kind = ""})

local ORDER = {person = 1, place = 2, organisation = 3, agreement = 4}
if opts.kind ~= "" and not ORDER[opts.kind] then
  cable.usage("--kind must be person, place, organisation or agreement")
end

local seen, rows = {}, {}
local ndocs = 0

function Document(doc)
  ndocs = ndocs + 1
  local in_doc = {}
  for _, e in ipairs(entities.in_document(doc)) do
    if opts.kind == "" or e.kind == opts.kind then
      local key = e.kind .. "\0" .. e.name
      local row = seen[key]
      if not row then
        row = {kind = e.kind, name = e.name, count = 0, documents = 0,
               first = doc:ref(e.paragraph, e.page) .. " l. " .. e.line, path = doc.path}
        seen[key] = row
        rows[#rows + 1] = row
      end
      row.count = row.count + 1
      if not in_doc[key] then in_doc[key] = true; row.documents = row.documents + 1 end
    end
  end
end

function Finish()
  table.sort(rows, function(a, b)
    if a.kind ~= b.kind then return ORDER[a.kind] < ORDER[b.kind] end
    if a.count ~= b.count then return a.count > b.count end
    return a.name < b.name
  end)
  local columns = {"kind", "name", "count", "documents", "first"}
  if ndocs > 1 then columns[#columns + 1] = "path" end
  cable.output(rows, {columns = columns})
end
