-- positions: who stands where: actor, stance and what, with the sentence
--
-- usage: cable report positions [-o FORMAT] [FILE|DIR|-]...
--
-- Finds "Stalin still insists on …", "Soong has offered …", "which Soong
-- has resisted": a person's name, then a verb of stance (insists, offers,
-- agrees, proposes, suggests, resists, refuses, accepts, demands, intends,
-- asks, says), and what follows it in the clause. Each row cites its
-- sentence (document, paragraph, page, line).

local entities = require "cable.entities"

local STANCES = {
  insists = {"insists", "insisted", "insist"}, offers = {"offers", "offered"},
  agrees = {"agrees", "agreed"}, proposes = {"proposes", "proposed"},
  suggests = {"suggests", "suggested"}, resists = {"resists", "resisted"},
  refuses = {"refuses", "refused"}, accepts = {"accepts", "accepted"},
  demands = {"demands", "demanded"}, intends = {"intends", "intended"},
  asks = {"asks", "asked"}, says = {"says", "said"},
}
local FORM = {}
for stance, forms in pairs(STANCES) do
  for _, f in ipairs(forms) do FORM[f] = stance end
end
-- words that may stand between the actor and the verb
local BETWEEN = {still = true, also = true, however = true, now = true, has = true,
  had = true, have = true, would = true, will = true, ["then"] = true, again = true,
  finally = true, further = true, once = true, ["however,"] = true, firmly = true,
  flatly = true, repeatedly = true, only = true}

local rows, paths = {}, {}

-- The clause after the verb: up to a semicolon or the end of the sentence.
local function clause(s)
  s = s:gsub("^%s+", "")
  s = s:match("^(.-)%s*;") or s
  return (s:gsub("[%.%s]+$", ""))
end

-- "on a majority of the directors which Soong has resisted": what the
-- relative pronoun stands for: the words before it, back to the last verb
-- of stance, without a leading preposition.
local function antecedent(before)
  local np = before:match("^(.-)%s+which$") or before:match("^(.-)%s+that$")
  if not np then return "" end
  local cut = 0
  for pos, w in np:gmatch("()(%a+)") do
    if FORM[w] then cut = pos + #w end
  end
  np = np:sub(cut + 1):gsub("^%s+", "")
  for _, prep in ipairs{"on", "to", "that", "for", "in"} do
    np = np:gsub("^" .. prep .. "%s+", "")
  end
  return np
end

function Document(doc)
  paths[#paths + 1] = doc.path
  local names = {}
  for _, e in ipairs(entities.in_document(doc)) do
    if e.kind == "person" then names[e.name] = true end
  end
  for _, s in ipairs(doc:sentences()) do
    local text = s.text
    for pos, verb in text:gmatch("()(%a+)") do
      local stance = FORM[verb]
      if stance then
        -- walk back over adverbs and auxiliaries to the actor
        local before = text:sub(1, pos - 1)
        local words = {}
        for w in before:gmatch("%S+") do words[#words + 1] = w end
        local k = #words
        while k > 0 and BETWEEN[words[k]:lower()] do k = k - 1 end
        local actor = k > 0 and words[k]:gsub("[,;:]$", "")
        if actor and names[actor] then
          local what = clause(text:sub(pos + #verb))
          what = what:match("^(.-),?%s+which%s") or what
          if what == "" then
            local prefix = table.concat(words, " ", 1, k - 1)
            what = antecedent(prefix)
          end
          rows[#rows + 1] = {actor = actor, stance = stance, what = what,
                             ref = doc:ref(s.paragraph, s.page), line = s.line,
                             path = doc.path, sentence = text}
        end
      end
    end
  end
end

function Finish()
  local columns = {"actor", "stance", "what", "ref", "line"}
  if #paths > 1 then columns[#columns + 1] = "path" end
  cable.output(rows, {columns = columns})
end
