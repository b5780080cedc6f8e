-- summary: each document's header, its size, and the names it mentions most
--
-- usage: cable report summary [-o FORMAT] [--names N] [FILE|DIR|-]...
--
-- For each document: number, date, place, sender and recipient, channel,
-- classification; how many paragraphs, sentences, words, footnotes and
-- pages; and the capitalised names that occur most often.
--
-- options:
--   --names N   how many names to list (default 8)

local opts = cable.getopt(arg, {names = 8})

-- Capitalised words that open sentences and name nobody.
local COMMON = {}
for w in ([[A An The This That These Those He She It We They I You His Her Its Our
  Their My Your If As At In On Of To For By With From After Before When While Where
  Which What Who Whom Whose Another Other Some Any All No Not But And Or Nor So Yet
  There Here Then Now However Also Both Each Either Neither Such Since Until Unless
  Although Though Because Personal Please Sir Mr Mrs Department Government Referring
  Reference Regarding Hon See Accept Yours]]):gmatch("%S+") do
  COMMON[w] = true
end

local upper = lpeg.R"AZ" + lpeg.P"\195" * lpeg.R("\128\158")
local sp = lpeg.P" "
local initial = upper * lpeg.P"." * #(sp * upper)       -- the "H." of "William H. Seward"
local name_word = initial + upper * cable.text.word^-1
local particle = lpeg.P"of " + lpeg.P"de " + lpeg.P"von " + lpeg.P"van "
-- "Port Arthur", "Chinese Communist Party", "Treaty of Friendship"
local name = lpeg.C(name_word * ((sp * particle^-1 * #upper * name_word)^0))
local names_in = lpeg.Ct((name + cable.text.word + 1)^0)

local function names(doc, n)
  local count, order = {}, {}
  for _, para in ipairs(doc.paragraphs) do
    for _, nm in ipairs(names_in:match(para.text)) do
      local first = nm:match("^%S+")
      if not COMMON[first] or nm:find(" ") then
        nm = COMMON[first] and nm:gsub("^%S+%s+", "") or nm
        if not count[nm] then order[#order + 1] = nm end
        count[nm] = (count[nm] or 0) + 1
      end
    end
  end
  table.sort(order, function(a, b)
    if count[a] ~= count[b] then return count[a] > count[b] end
    return a < b
  end)
  local out = {}
  for i = 1, math.min(n, #order) do out[i] = ("%s (%d)"):format(order[i], count[order[i]]) end
  return out
end

local function party(list)
  local out = {}
  for i, p in ipairs(list) do
    out[i] = p.title and p.name and (p.title .. " (" .. p.name .. ")") or p.title or p.name
  end
  return out
end

local function pages(doc)
  local first = doc:page_at(1, 1)
  local last = #doc.page_breaks > 0 and doc.page_breaks[#doc.page_breaks].page or first
  if first and last and first ~= last then return first .. "–" .. last end
  return first
end

local rows = {}

-- Counting needs no places: split the paragraphs' texts directly.
local function counts(doc)
  local sentences, words = 0, 0
  for _, para in ipairs(doc.paragraphs) do
    sentences = sentences + #cable.text.sentences(para.text)
    words = words + #cable.text.word_strings(para.text)
  end
  return sentences, words
end

function Document(doc)
  local dl = doc.dateline or {}
  local sentences, words = counts(doc)
  rows[#rows + 1] = {
    path = doc.path, number = doc.number, kind = doc.kind,
    date = dl.date and (dl.time and dl.date .. " " .. dl.time or dl.date),
    place = dl.place, from = party(doc.from), to = party(doc.to),
    channel = doc.channel, classification = doc.classification,
    telegram = doc.telegram_number, signature = doc.signature,
    paragraphs = #doc.paragraphs, sentences = sentences, words = words,
    footnotes = #doc.footnotes, pages = pages(doc), names = names(doc, opts.names),
  }
end

function Finish()
  cable.output(rows, {
    columns = {"path", "number", "kind", "date", "place", "from", "to", "channel",
               "classification", "telegram", "signature", "paragraphs", "sentences",
               "words", "footnotes", "pages", "names"},
    vertical = true,
  })
end
