-- timeline: the dated events of a document in order; for many documents, the documents in date order
--
-- usage: cable report timeline [-o FORMAT] [FILE|DIR|-]...
--
-- For one document: each date its text gives, absolute ("July 11, 1945") or
-- relative ("tonight", "the night of the 12th"), resolved against the
-- document's date (the dateline's, else the date of its decimal file
-- number); a footnote that glosses the expression ("1. i. e., July 11.")
-- settles it. The dateline and the filing date are events too.
-- For several documents: one row per document, in date order, with sender,
-- recipient and first sentence.

local dates = require "cable.dates"
local decimal = require "cable.decimal"

local docs, events = {}, {}

local function parties(list)
  local out = {}
  for i, p in ipairs(list or {}) do out[i] = p.name or p.title end
  return table.concat(out, "; ")
end

-- The sentence around an offset of paragraph p; sentences are in order.
local function sentence_at(sentences, p, offset)
  for _, s in ipairs(sentences) do
    if s.paragraph == p and s.first <= offset and offset <= s.last then return s.text end
    if s.paragraph > p then break end
  end
  return nil
end

function Document(doc)
  local date = dates.of_document(doc)
  local sentences = doc:sentences()
  local s1 = sentences[1]
  docs[#docs + 1] = {date = date, number = doc.number, from = parties(doc.from),
                     to = parties(doc.to), first_sentence = s1 and s1.text, path = doc.path}
  local ev = {}
  if doc.dateline and doc.dateline.date then
    ev[#ev + 1] = {date = doc.dateline.date, time = doc.dateline.time,
                   expression = doc.dateline.text, source = "dateline", order = 0}
  end
  for _, fn in ipairs(doc.file_numbers) do
    local d = decimal.decode(fn)
    if d and d.date then
      ev[#ev + 1] = {date = d.date, expression = d.text, source = "file number", order = 0}
    end
  end
  for i, h in ipairs(dates.in_document(doc)) do
    ev[#ev + 1] = {date = h.date, time = h.time, expression = h.text,
                   source = h.settled_by and ("footnote " .. h.settled_by) or h.kind,
                   ref = doc:ref(h.paragraph, h.page), line = h.line,
                   sentence = sentence_at(sentences, h.paragraph, h.first), order = i}
  end
  events[#events + 1] = ev
end

local function by_date(a, b)
  if a.date ~= b.date then
    if a.date == nil then return false end
    if b.date == nil then return true end
    return a.date < b.date
  end
  if (a.time or "") ~= (b.time or "") then return (a.time or "") < (b.time or "") end
  return (a.order or 0) < (b.order or 0)
end

function Finish()
  if #docs == 1 then
    local ev = events[1]
    table.sort(ev, by_date)
    cable.output(ev, {columns = {"date", "time", "expression", "source", "ref", "line",
                                 "sentence"}})
  else
    for i, d in ipairs(docs) do d.order = i end
    table.sort(docs, by_date)
    cable.output(docs, {columns = {"date", "number", "from", "to", "first_sentence", "path"}})
  end
end
