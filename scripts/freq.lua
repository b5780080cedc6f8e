-- freq: the most frequent words and two-word phrases, stop words left out
--
-- usage: cable report freq [-o FORMAT] [--top N] [--per-document] [FILE|DIR|-]...
--
-- Words are counted in lower case; a two-word phrase is two neighbouring
-- words of one sentence, neither a stop word ("port arthur", "yalta
-- agreement"). Numbers are left out.
--
-- options:
--   --top N           how many of each to list (default 20)
--   --per-document    a list for each document instead of one for all

local opts = cable.getopt(arg, {top = 20, per_document = false})

local STOP = {}
for w in ([[a about above after again against all also am an and any are as at be
  because been before being below between both but by can could did do does doing down
  during each few for from further had has have having he her here hers herself him
  himself his how i if in into is it its itself just me more most my myself no nor not now
  of off on once only or other our ours ourselves out over own same she should so some
  such than that the their theirs them themselves then there these they this those
  through to too under until up very was we were what when where which while who whom why
  will with would you your yours yourself yourselves upon may shall must might being also
  however therefore thus said one two three etc i.e e.g mr mrs sir no.]]):gmatch("%S+") do
  STOP[w] = true
end

local sentences_of, words_of = cable.text.sentences, cable.text.word_strings

local function counter() return {words = {}, pairs = {}} end
local total = counter()
local rows = {}

local function count(c, doc)
  for _, para in ipairs(doc.paragraphs) do
   for _, s in ipairs(sentences_of(para.text)) do
    local prev
    for _, w in ipairs(words_of(s.text)) do
      local word = w:lower()
      if word:byte(-1) == 115 then -- "s": "stalin’s" counts as "stalin"
        word = word:gsub("’s$", ""):gsub("'s$", "")
      end
      if STOP[word] or #word < 2 or not word:find("%a") then
        prev = nil
      else
        c.words[word] = (c.words[word] or 0) + 1
        if prev then
          local pair = prev .. " " .. word
          c.pairs[pair] = (c.pairs[pair] or 0) + 1
        end
        prev = word
      end
    end
   end
  end
end

local function top(map, n)
  local list = {}
  for k, v in pairs(map) do list[#list + 1] = {k, v} end
  table.sort(list, function(a, b)
    if a[2] ~= b[2] then return a[2] > b[2] end
    return a[1] < b[1]
  end)
  local out = {}
  for i = 1, math.min(n, #list) do out[i] = list[i] end
  return out
end

local function emit(c, doc)
  for _, kind in ipairs{"words", "pairs"} do
    for i, e in ipairs(top(c[kind], opts.top)) do
      rows[#rows + 1] = {kind = kind == "words" and "word" or "pair", rank = i,
                         term = e[1], count = e[2], number = doc and doc.number,
                         path = doc and doc.path}
    end
  end
end

function Document(doc)
  if opts.per_document then
    local c = counter()
    count(c, doc)
    emit(c, doc)
  else
    count(total, doc)
  end
end

function Finish()
  if opts.per_document then
    cable.output(rows, {columns = {"number", "kind", "rank", "term", "count", "path"}})
  else
    emit(total)
    cable.output(rows, {columns = {"kind", "rank", "term", "count"}})
  end
end
