-- cable.telrefs: references to other telegrams, the threads of a
-- correspondence: "Your telegram No. 300, April 4", "my 528, May 8, 4 p.m.",
-- "Department's 98, March 23, 4 p.m.", "Embtel 537 July 26", "Deptel 123",
-- "Chungking's 529", "my telegram No. 200, yesterday".
--
-- A hit is {text, first, last, by, by_text, kind, number, date?, time?}:
--   by      "recipient" (your, Urtel), "sender" (my, Mytel), "department"
--           (Department's, Deptel), "embassy" (Embassy's, Embtel),
--           "legation" (Legation's, Legtel), or "place" (Chungking's);
--   by_text the words as written ("Chungking’s");
--   kind    "telegram", "despatch", "note", "instruction", "airgram" or
--           "message" when the text names none.

local lpeg = require "lpeg"
local dates = require "cable.dates"

local P, R, S, C, Ct, Cg, Cc, Cp = lpeg.P, lpeg.R, lpeg.S, lpeg.C, lpeg.Ct, lpeg.Cg, lpeg.Cc,
  lpeg.Cp

local M = {}

local sp = S" \n"^1
local osp = S" \n"^0
local digit = R"09"
local upper = R"AZ"
local lower = R"az"
local apos = P"’" + P"'"
local word_end = -(R("az", "AZ", "09"))

local function ci(word) -- "Your" and "your"
  local first = word:sub(1, 1)
  return (P(first:upper()) + P(first:lower())) * P(word:sub(2))
end

-- who: the possessive that says whose telegram it is (see who() below)
local by = Cg(C(ci"your" * word_end + ci"my" * word_end + ci"our" * word_end +
  (P"Department" + P"Embassy" + P"embassy" + P"Legation" + P"legation" +
   P"Consulate" * P" General"^-1) * apos * P"s" +
  upper * lower^2 * (P" " * upper * lower^2)^-1 * apos * P"s"), "by_text")

-- the telegraphic contractions: Embtel, Deptel, Legtel, Urtel, Mytel, Contel
local contraction = Cg(C(P"Embtel" + P"Deptel" + P"Legtel" + P"Urtel" + P"Mytel" +
  P"Contel"), "by_text") * Cg(Cc"telegram", "kind")

local kinds = {telegram = "telegram", telegrams = "telegram", cable = "telegram",
               cablegram = "telegram", radiogram = "telegram", despatch = "despatch",
               despatches = "despatch", dispatch = "despatch", note = "note",
               instruction = "instruction", airgram = "airgram", circular = "telegram"}
local kind_word = P(false)
for w, k in pairs(kinds) do kind_word = kind_word + P(w) * word_end * Cc(k) end
for w, k in pairs(kinds) do
  kind_word = kind_word + P(w:sub(1, 1):upper() .. w:sub(2)) * word_end * Cc(k)
end

local number = (P"No." + P"no." + P"number") ^ -1 * osp *
  Cg(C(digit^1) / tonumber, "number") * word_end

-- what may follow: ", May 8, 4 p.m.", " July 26", " of April 16", ", yesterday"
local date_part = (osp * P","^-1 * osp * (P"of" * sp)^-1 *
  Cg(dates.absolute + dates.relative, "when"))^-1

local reference = Ct(
  (by * sp * (Cg(kind_word, "kind") * sp)^-1 + contraction * osp) * number * date_part)

M.pattern = Cp() * reference * Cp() / function(first, t, last)
  t.first, t.last = first, last - 1
  return t
end

-- Whose telegram, from the words that say so.
local WHO = {your = "recipient", my = "sender", our = "sender", urtel = "recipient",
             mytel = "sender", deptel = "department", embtel = "embassy",
             legtel = "legation", contel = "consulate"}
local function who(by_text)
  local w = by_text:lower():gsub("’", "'")
  if WHO[w] then return WHO[w] end
  if w:find("^department's") then return "department" end
  if w:find("^embassy's") then return "embassy" end
  if w:find("^legation's") then return "legation" end
  if w:find("^consulate") then return "consulate" end
  return "place"
end

local finder = lpeg.P{-lpeg.B(R("az", "AZ", "09")) * M.pattern + 1 * lpeg.V(1)}

--- telrefs.find(s [, base]): every reference in s, in order; dates are
--- resolved against base (the document's ISO date).
function M.find(s, base)
  local refs = require("cable.text").matches(finder, s)
  for _, t in ipairs(refs) do
    t.text = s:sub(t.first, t.last)
    t.by = who(t.by_text)
    t.kind = t.kind or "message"
    if t.when then
      t.date = dates.resolve(t.when, base)
      t.time = dates.clock(t.when)
      t.when = nil
    end
  end
  return refs
end

--- telrefs.in_document(doc): the references of every paragraph, with
--- paragraph, page and line.
function M.in_document(doc)
  local base = dates.of_document(doc)
  return doc:located(function(s) return M.find(s, base) end)
end

return M
