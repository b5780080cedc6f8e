-- threads: each telegram reference resolved to the document that is that telegram
--
-- usage: cable report threads [-o FORMAT|dot] [--unresolved] [FILE|DIR|-]...
--
-- Reads the references of every document ("your 529, May 8, 5 p.m.",
-- "Deptel 123", "my telegram No. 200, yesterday") and looks among the
-- documents for the telegram each one names: the same telegram number, the
-- date when the reference gives one, sent before the citing document, and
-- sent by the right party ("your" is the recipient of the citing document,
-- "my" its sender, "Department's" the Department, "Chungking's" a telegram
-- from Chungking). Only a single candidate that agrees on all of it is a
-- link: a wrong link is worse than none, and the others are listed as
-- unresolved or ambiguous. "-o dot" writes the links as a Graphviz graph.
--
-- options:
--   --unresolved   list only the references that found no document

local telrefs = require "cable.telrefs"
local dates = require "cable.dates"

local opts = cable.getopt(arg, {unresolved = false})
local docs, refs = {}, {}

local function norm(s)
  return s and s:lower():gsub("^the%s+", ""):gsub("^mr%.%s+", ""):gsub("[%s%.,]+$", "") or nil
end

local function party_keys(list)
  local keys = {}
  for _, p in ipairs(list or {}) do
    if p.name then keys[norm(p.name)] = true end
    if p.title then keys[norm(p.title)] = true end
  end
  return keys
end

local function overlaps(a, b)
  for k in pairs(a) do if b[k] then return true end end
  return false
end

local function is_department(keys)
  for k in pairs(keys) do
    if k:find("secretary of state") or k:find("department") then return true end
  end
  return false
end

function Document(doc)
  local d = {
    path = doc.path, number = doc.number, telegram = doc.telegram_number,
    date = dates.of_document(doc), place = doc.dateline and doc.dateline.place,
    from = party_keys(doc.from), to = party_keys(doc.to), id = #docs + 1,
  }
  docs[#docs + 1] = d
  for _, r in ipairs(telrefs.in_document(doc)) do
    if r.kind == "telegram" or r.kind == "message" then
      refs[#refs + 1] = {doc = d, ref = r, where = doc:ref(r.paragraph, r.page)}
    end
  end
end

-- Does candidate c agree with reference r made in document d?
local function agrees(c, r, d)
  if c == d or c.telegram ~= r.number then return false end
  if r.date and c.date ~= r.date then return false end
  if d.date and c.date and c.date > d.date then return false end
  if r.by == "recipient" then return overlaps(c.from, d.to) and not overlaps(c.from, d.from) end
  if r.by == "sender" then return overlaps(c.from, d.from) end
  if r.by == "department" then return is_department(c.from) end
  if r.by == "place" then
    local place = r.by_text:gsub("[’']s$", "")
    return c.place ~= nil and c.place:find(place, 1, true) ~= nil
  end
  if r.by == "embassy" or r.by == "legation" or r.by == "consulate" then
    return not is_department(c.from) and (overlaps(c.from, d.to) or overlaps(c.from, d.from))
  end
  return false
end

function Finish()
  local by_number = {}
  for _, c in ipairs(docs) do
    if c.telegram then
      by_number[c.telegram] = by_number[c.telegram] or {}
      table.insert(by_number[c.telegram], c)
    end
  end
  local rows, found = {}, 0
  for _, x in ipairs(refs) do
    local matches = {}
    for _, c in ipairs(by_number[x.ref.number] or {}) do
      if agrees(c, x.ref, x.doc) then matches[#matches + 1] = c end
    end
    local status, target = "unresolved", nil
    if #matches == 1 then
      status, target = "resolved", matches[1]
      found = found + 1
    elseif #matches > 1 then
      status = "ambiguous (" .. #matches .. ")"
    end
    if not opts.unresolved or status ~= "resolved" then
      rows[#rows + 1] = {
        from = x.doc.number and ("No. " .. x.doc.number) or x.doc.path, where = x.where,
        reference = x.ref.text, by = x.ref.by, telegram = x.ref.number, date = x.ref.date,
        status = status, to = target and ("No. " .. tostring(target.number)),
        to_path = target and target.path, path = x.doc.path, target = target, source = x.doc,
      }
    end
  end
  if cable.options.format == "dot" then
    local out = {"digraph threads {", "  rankdir=LR;", "  node [shape=box];"}
    local function id(d) return ('"%s"'):format((d.path .. "#" .. d.id):gsub('"', '\\"')) end
    for _, r in ipairs(rows) do
      if r.target then
        out[#out + 1] = ('  %s -> %s [label="%s"];'):format(id(r.source), id(r.target),
          r.reference:gsub('"', '\\"'))
      end
    end
    for _, d in ipairs(docs) do
      out[#out + 1] = ('  %s [label="No. %s%s"];'):format(id(d), tostring(d.number or "?"),
        d.date and ("\\n" .. d.date) or "")
    end
    out[#out + 1] = "}"
    print(table.concat(out, "\n"))
    return
  end
  cable.output(rows, {columns = {"from", "where", "reference", "by", "telegram", "date",
                                 "status", "to", "to_path"}})
  if #refs > 0 then
    cable.note(("%d references, %d resolved"):format(#refs, found))
  end
end
