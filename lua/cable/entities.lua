-- cable.entities: persons, places, organisations and agreements.
--
--   persons        a title and a name ("Generalissimo Chiang", "Mr. Soong",
--                  "Marshal Stalin", "Sir John Simon"), a title standing for
--                  a person ("the Generalissimo"), and, over a whole
--                  document, capitalised names that stand inside sentences
--                  or that the heading gives ("Soong", "Stalin")
--   places         the names of cable.places
--   organisations  "Chinese Communist Party", "League of Nations",
--                  "War Trade Board", "Foreign Office"…
--   agreements     "the Yalta Agreement", "Treaty of Friendship", "Civil
--                  Affairs Agreement", "Treaty of Versailles"…
--
-- entities.in_document(doc) returns {kind, name, first, last, paragraph,
-- page, line} in order.

local lpeg = require "lpeg"
local places = require "cable.places"
local cable_locator = require("cable").locator

local P, R, C, Cc, Ct, Cp = lpeg.P, lpeg.R, lpeg.C, lpeg.Cc, lpeg.Ct, lpeg.Cp

local M = {}

local upper = R"AZ" + P"\195" * R("\128\158")
local lower = R"az" + P"\195" * R("\159\191")
local letter = upper + lower
local word_end = -(letter + R"09")
local sp = P" "
local apos = P"’" + P"'"
-- a capitalised word: "Soong", "Chiang", "O’Malley", "Kai-shek"
local cap = upper * (lower + apos * letter + P"-" * letter)^1 * word_end
local initial = upper * P"." * #sp
local name_word = cap + initial

local TITLES = {"Generalissimo", "Marshal", "General", "Admiral", "Colonel", "Captain",
  "Major", "Lieutenant", "Commander", "Ambassador", "Minister", "President", "Premier",
  "Prime Minister", "Secretary", "Under Secretary", "Chancellor", "Count", "Countess",
  "Baron", "Prince", "Princess", "King", "Queen", "Emperor", "Empress", "Duke", "Lord",
  "Sir", "Dr.", "Mr.", "Mrs.", "Miss", "Messrs.", "Señor", "Senhor", "Signor", "Herr",
  "M.", "Monsieur", "Madame", "Senator", "Judge", "Governor", "Viceroy", "Consul",
  "Foreign Minister", "Commissar", "Chairman", "Dr"}
table.sort(TITLES, function(a, b) return #a > #b end)
local title = P(false)
for _, t in ipairs(TITLES) do
  local last = t:sub(-1)
  title = title + P(t) * (last == "." and P(true) or word_end)
end

-- "Mr. Soong", "Generalissimo Chiang Kai-shek", "Sir John Simon", "M. Briand"
local person = C(title * sp * name_word * (sp * name_word)^0) * Cc"person"
-- titles that stand alone for one person in this genre
local lone_title = C(P"the" * sp * C(P"Generalissimo" + P"Marshal" + P"President" +
  P"Emperor" + P"Pope" + P"Mikado")) / function(_, t) return t end * Cc"person"

local BODIES = {"Party", "Government", "Commission", "Council", "Committee", "Board",
  "Office", "Ministry", "Department", "League", "Army", "Navy", "Bank", "Company",
  "Conference", "Delegation", "Embassy", "Legation", "Assembly", "Congress", "Senate",
  "Cabinet", "Court", "Union", "Corporation", "Railway", "Administration", "Secretariat",
  "Tribunal", "Diet", "Reichstag", "Duma", "Kuomintang"}
local body_word = P(false)
for _, b in ipairs(BODIES) do body_word = body_word + P(b) * word_end end
-- "Chinese Communist Party", "League of Nations", "War Trade Board"
local of_part = sp * (P"of" + P"for" + P"on") * sp * (P"the" * sp)^-1 * cap * (sp * cap)^0
local organisation = C((-body_word * cap * sp)^0 * body_word * of_part^-1 +
  P"League of Nations" + P"Kuomintang" + P"Comintern" + P"Red Cross") * Cc"organisation"

local INSTRUMENTS = {"Agreement", "Treaty", "Convention", "Pact", "Protocol", "Accord",
  "Declaration", "Charter", "Covenant", "Armistice", "Entente", "Act"}
local instrument = P(false)
for _, w in ipairs(INSTRUMENTS) do instrument = instrument + P(w) * word_end end
-- "Yalta Agreement", "Treaty of Friendship", "Civil Affairs Agreement",
-- "Treaty of Versailles", "Four-Power Treaty"
local of_what = sp * P"of" * sp * (P"the" * sp)^-1 * cap * (sp * (P"and" * sp)^-1 * cap)^0
local agreement = C((-instrument * cap * sp)^1 * instrument * of_what^-1 + instrument * of_what) *
  Cc"agreement"

local place_names = {}
for i, name in ipairs(places) do place_names[i] = name end
table.sort(place_names, function(a, b) return #a > #b end)
local place = P(false)
for _, name in ipairs(place_names) do place = place + P(name) * word_end end
place = C(place) * Cc"place"

M.person = person + lone_title
M.place = place
M.organisation = organisation
M.agreement = agreement

-- every entity starts with a capital or "the ": test that first, it is cheap
local one = #(upper + P"the ") *
  (Cp() * (agreement + organisation + person + lone_title + place) * Cp()) /
  function(first, name, kind, after)
    return {kind = kind, name = name, first = first, last = after - 1}
  end
local finder = lpeg.P{-lpeg.B(R("az", "AZ", "09")) * one + 1 * lpeg.V(1)}

--- entities.find(s): the entities of s that the patterns know, in order,
--- as {kind, name, first, last}. (Bare names need the whole document:
--- see entities.in_document.)
function M.find(s)
  return require("cable.text").matches(finder, s)
end

-- Capitalised words that are not names by themselves.
local NOT_NAMES = {}
for w in ([[A An The This That These Those He She It We They I You His Her Its Our Their
  My Your If As At In On Of To For By With From After Before When While Where Which What
  Who Whom Whose Another Other Some Any All No Not But And Or Nor So Yet There Here Then
  Now However Also Both Each Either Neither Such Since Until Unless Although Though Because
  Please Personal Secret Confidential Strictly Urgent Referring Reference Regarding See
  Accept Yours Sir Madam Excellency Dear Note Memorandum Telegram Despatch Paraphrase
  Translation Extract Enclosure Signed Section Article Annex Part Chapter Paragraph Page
  Soviet Soviets Russian Russians Chinese British French Frenchmen German Germans Japanese
  American Americans Italian Italians Spanish Polish Mexican Cuban Turkish Greek Austrian
  Hungarian Czech Dutch Belgian Swiss Swedish Norwegian Danish Finnish Persian Egyptian
  Brazilian Argentine Chilean Peruvian Communist Communists Nationalist Nationalists Allied
  Allies Ally Associated Powers Power Western Eastern Northern Southern European Asiatic
  Oriental Christian Catholic Protestant Moslem Jewish Jews Mongol Mongols English
  Government Governments Embassy Legation Department Ministry Minister Ambassador Consul
  Secretary President Premier Generalissimo Marshal General Admiral Chairman Emperor King
  Queen Prince Mr Mrs Dr Monday Tuesday Wednesday Thursday Friday Saturday Sunday January
  February March April May June July August September October November December
  Agreement Treaty Convention Protocol Conference Commission Council Committee Board
  Congress Senate Cabinet Army Navy Party State States Union Republic Kingdom Empire
  North South East West Ambassador’s Government’s Department’s Embassy’s Legation’s
  Stop Quote Unquote End Begin Repeat Received Washington]]):gmatch("%S+") do
  NOT_NAMES[w] = true
end
M.NOT_NAMES = NOT_NAMES

local places_set = {}
for _, name in ipairs(places) do places_set[name] = true end

-- The capitalised words of s that are not inside one of the spans, as
-- {word, first, last, initial} (initial: opens a sentence).
local bare_word = Ct(Cp() * C(cap) * Cp())
local bare_finder = lpeg.P{-lpeg.B(R("az", "AZ", "09")) * bare_word + 1 * lpeg.V(1)}
local function bare_names(s, spans)
  local out, pos, k = {}, 1, 1
  while true do
    local t = bare_finder:match(s, pos)
    if not t then break end
    local first, word, after = t[1], t[2], t[3]
    while spans[k] and spans[k].last < first do k = k + 1 end
    local covered = spans[k] and spans[k].first <= first
    if not covered then
      local b = first - 1
      while b > 0 and s:byte(b) == 32 do b = b - 1 end
      local before = b > 0 and s:sub(b, b) or ""
      if before == "\157" and s:sub(b - 2, b) == "”" then before = "”" end
      local opens = first == 1 or before == "." or before == "?" or before == "!" or
        before == ":" or before == "”" or before == "\""
      -- "Open Door", "the Admiralty": a word joined to another capitalised
      -- word, or after "the", is not a person's name by itself
      local pw = b
      while pw > 1 and s:byte(pw - 1) ~= 32 do pw = pw - 1 end
      local prev_word = b > 0 and s:sub(pw, b) or ""
      local prev_cap = prev_word:find("^%u%l") ~= nil and not prev_word:find("[%.,;:]$")
      local joined = s:find("^ %u", after) ~= nil or (prev_cap and not opens)
      local after_the = s:sub(math.max(1, first - 4), first - 1):lower() == "the "
      out[#out + 1] = {word = (word:gsub("’s$", ""):gsub("'s$", "")), first = first,
                       last = after - 1, initial = opens, joined = joined or after_the}
    end
    pos = after
  end
  return out
end

--- entities.party_names(doc): the names the heading gives.
function M.party_names(doc)
  local names, seen = {}, {}
  for _, list in ipairs{doc.from or {}, doc.to or {}} do
    for _, p in ipairs(list) do
      local n = p.name and p.name:gsub("^Mr%.%s+", "")
      if n and not seen[n] and n:match("^%u") then seen[n] = true; names[#names + 1] = n end
    end
  end
  return names
end

--- entities.in_document(doc): the entities of every paragraph, with
--- paragraph, page and line.
--- A capitalised word that no pattern knows is taken for a person's name
--- when it is not a common word and stands, at least once in the
--- document, inside a sentence, or opens two sentences ("Soong", "Stalin").
function M.in_document(doc)
  local found, bare, mid, openings = {}, {}, {}, {}
  for _, n in ipairs(M.party_names(doc)) do mid[n] = true end
  for p, para in ipairs(doc.paragraphs) do
    local spans = M.find(para.text)
    found[p] = spans
    bare[p] = bare_names(para.text, spans)
    for _, b in ipairs(bare[p]) do
      -- inside a sentence once, or opening two sentences: a name
      if not b.initial then mid[b.word] = true
      elseif not b.joined then openings[b.word] = (openings[b.word] or 0) + 1 end
      if (openings[b.word] or 0) >= 2 then mid[b.word] = true end
    end
  end
  local out = {}
  for p in ipairs(doc.paragraphs) do
    local list = {}
    for _, e in ipairs(found[p]) do list[#list + 1] = e end
    for _, b in ipairs(bare[p]) do
      if mid[b.word] and not b.joined and not NOT_NAMES[b.word] and not places_set[b.word] and
        #b.word > 2 then
        list[#list + 1] = {kind = "person", name = b.word, first = b.first, last = b.last}
      end
    end
    table.sort(list, function(a, b) return a.first < b.first end)
    local place_of = cable_locator(doc, p)
    for _, e in ipairs(list) do
      e.paragraph, e.page, e.line = p, place_of(e.first)
      out[#out + 1] = e
    end
  end
  return out
end

return M
