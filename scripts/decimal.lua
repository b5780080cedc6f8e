-- decimal: documents grouped by the subject of their decimal file numbers
--
-- usage: cable report decimal [-o FORMAT] [FILE|DIR|-]...
--
-- Each decimal file number ("761.93/7–1245") is read as class, countries
-- and subject ("political relations of states, bilateral treaties: Russia
-- (USSR) – China"); documents filed under the same subject are grouped, the
-- largest groups first. Documents without a decimal number are counted
-- under "(none)".

local decimal = require "cable.decimal"
local groups, order = {}, {}

local function add(key, label, doc)
  local g = groups[key]
  if not g then
    g = {file = key, subject = label, documents = 0, numbers = {}}
    groups[key] = g
    order[#order + 1] = g
  end
  g.documents = g.documents + 1
  g.numbers[#g.numbers + 1] = doc.number and tostring(doc.number) or doc.path
end

function Document(doc)
  local any = false
  for _, fn in ipairs(doc.file_numbers) do
    local d = decimal.decode(fn)
    if d then
      local key = d.text:match("^([^/]+)")
      add(key, decimal.label(d), doc)
      any = true
    end
  end
  if not any then add("(none)", nil, doc) end
end

function Finish()
  table.sort(order, function(a, b)
    if a.documents ~= b.documents then return a.documents > b.documents end
    return a.file < b.file
  end)
  cable.output(order, {columns = {"file", "subject", "documents", "numbers"}})
end
