-- cable.text: sentences and words of a clean text, the way the genre
-- writes them ("i. e.", "Mr.", "U. S.", "p. m.", "No. 300").

local lpeg = require "lpeg"
local P, R, S, C, Cp, Ct = lpeg.P, lpeg.R, lpeg.S, lpeg.C, lpeg.Cp, lpeg.Ct
local utf8_len = utf8.len

local M = {}

-- Abbreviations that end with a period but not a sentence.
local ABBREVIATIONS = {}
for w in ([[Mr Mrs Messrs Dr St Gen Col Capt Lt Maj Adm Sen Rep Hon Jr Sr Rev Prof
  No Nos no nos Art Arts Sec Par Vol vol pp Ibid ibid cf viz etc Esq Govt Gov
  Jan Feb Mar Apr Aug Sept Sep Oct Nov Dec Mt Ft Bros Co Corp Inc Ltd vs]]):gmatch("%S+") do
  ABBREVIATIONS[w] = true
end

-- Letters: ASCII and any UTF-8 sequence but the punctuation below.
local utf8_cont = R("\128\191")
local punct_utf8 = P"\226\128" * S"\147\148\152\153\156\157\166" -- – — ‘ ’ “ ” …
local letter = R("az", "AZ") + (R("\192\255") * utf8_cont^0 - punct_utf8)
local digit = R"09"
local word_char = letter + digit
-- a word: letters and digits, with inner apostrophes, hyphens and periods
-- ("Stalin’s", "Austria-Hungary", "p.m", "761.93")
local inner = (P"’" + S"'-." + P"–") * #word_char
local word = word_char^1 * (inner * word_char^1)^0
M.word = word

--- text.words(s): {text, first, last} for each word of s.
local words_pattern = Ct((Ct(Cp() * C(word) * Cp()) + (1 - word_char) + word_char)^0)
function M.words(s)
  local out = {}
  for _, w in ipairs(words_pattern:match(s)) do
    out[#out + 1] = {text = w[2], first = w[1], last = w[3] - 1}
  end
  return out
end

--- text.word_strings(s): the words of s as a list of strings (faster than
--- text.words when places are not needed).
local strings_pattern = Ct((C(word) + (1 - word_char) + word_char)^0)
function M.word_strings(s)
  return strings_pattern:match(s)
end

-- The word ending just before position i of s (without its period).
local function word_before(s, i)
  local j = i - 1
  local k = j
  while k >= 1 and s:sub(k, k):match("[%w%.]") do k = k - 1 end
  return s:sub(k + 1, j)
end

local opener = S"\"'([" + P"“" + P"‘"
local upper = R"AZ" + P"\195" * R("\128\158")

--- text.sentences(s): {text, first, last} for each sentence of s.
function M.sentences(s)
  local out, start, i, n = {}, 1, 1, #s
  while i <= n do
    i = s:find("[%.%?!]", i) -- straight to the next stop
    if not i then break end
    local c = s:sub(i, i)
    do
      -- closing quotes and brackets belong to the sentence
      local e = i
      while true do
        local nx = s:sub(e + 1, e + 1)
        if nx == '"' or nx == "'" or nx == ")" or nx == "]" then e = e + 1
        elseif s:sub(e + 1, e + 3) == "”" or s:sub(e + 1, e + 3) == "’" then e = e + 3
        else break end
      end
      local after = s:find("%S", e + 1)
      local ends = false
      if after == nil then
        ends = true
      elseif after > e + 1 and (upper:match(s, after) or opener:match(s, after)) then
        ends = true
        if c == "." then
          local w = word_before(s, i)
          local bare = w:gsub("%.", "")
          if ABBREVIATIONS[w] or ABBREVIATIONS[bare] then
            ends = false
          elseif #bare == 1 and bare:match("%a") then
            -- an initial ("U. S.", "J. S. Black") or "i. e.": not an end,
            -- but "a. m." and "p. m." close a time, and often a sentence
            ends = (bare == "m" and s:sub(math.max(1, i - 4), i - 2):match("[ap]%.%s?$") ~= nil)
          elseif w:match("^[ap]%.m$") then
            ends = true
          elseif w:match("%a%.%a") then
            ends = false -- "U.S", "i.e"
          end
        end
      end
      -- "2771. Molotov…": a number opening a paragraph is no sentence
      if ends and not s:sub(start, e):find("%a") then ends = false end
      if ends then
        local text = s:sub(start, e)
        out[#out + 1] = {text = text, first = start, last = e}
        start = after or n + 1
        i = start
      else
        i = i + 1
      end
    end
  end
  if start <= n then
    local text = s:sub(start):gsub("%s+$", "")
    if text ~= "" then out[#out + 1] = {text = text, first = start, last = start + #text - 1} end
  end
  return out
end

--- text.matches(finder, s): every table that finder (a pattern that
--- searches, capturing a table with `first` and `last`) captures in s, one
--- after another, in order.
function M.matches(finder, s)
  local out, pos = {}, 1
  while pos <= #s do
    local hit = finder:match(s, pos)
    if not hit then break end
    out[#out + 1] = hit
    pos = hit.last >= pos and hit.last + 1 or pos + 1
  end
  return out
end

--- text.width(s): the width of s in characters (UTF-8 code points).
function M.width(s)
  return utf8_len(s) or #s
end

--- text.head(s, n) / text.tail(s, n): the first / last n characters of s.
function M.head(s, n)
  if M.width(s) <= n then return s end
  return s:sub(1, utf8.offset(s, n + 1) - 1)
end

function M.tail(s, n)
  local w = M.width(s)
  if w <= n then return s end
  return s:sub(utf8.offset(s, w - n + 1))
end

return M
