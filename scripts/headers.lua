-- headers: one row per document: the catalogue of a corpus, for spreadsheets
--
-- usage: cable report headers [-o FORMAT] [FILE|DIR|-]...
--
-- Path, number, date and time, place, sender and recipient, channel,
-- classification, telegram number and file numbers of every document.

local rows = {}

local function parties(list)
  local out = {}
  for i, p in ipairs(list or {}) do
    out[i] = p.title and p.name and (p.title .. " (" .. p.name .. ")") or p.title or p.name
  end
  return out
end

function Document(doc)
  local dl = doc.dateline or {}
  rows[#rows + 1] = {
    path = doc.path, index = doc.index, number = doc.number, date = dl.date,
    time = dl.time, place = dl.place, from = parties(doc.from), to = parties(doc.to),
    kind = doc.kind, channel = doc.channel, classification = doc.classification,
    telegram = doc.telegram_number, file_numbers = doc.file_numbers,
  }
end

function Finish()
  cable.output(rows, {columns = {"path", "index", "number", "date", "time", "place", "from",
                                 "to", "kind", "channel", "classification", "telegram",
                                 "file_numbers"}})
end
