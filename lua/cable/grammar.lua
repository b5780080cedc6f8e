-- cable.grammar: the LPeg grammars of the genre in one place.
--
--   local g = require "cable.grammar"
--   g.date             absolute or relative date -> {kind, text?, year, month, day, …}
--   g.absolute_date    "July 11, 1945", "11 July 1945", "May 8, 4 p.m."
--   g.relative_date    "tonight", "yesterday", "the night of the 12th", "Monday"
--   g.file_number      "761.93/7–1245" -> {code, subject, dated|serial, first, last}
--   g.telegram_reference  "your 529, May 8, 5 p.m." -> {by_text, kind, number, when, …}
--   g.person, g.place, g.organisation, g.agreement   -> name, kind
--
-- Each is an LPeg pattern that matches where it stands (use g.anywhere(p)
-- to search); the modules beside it resolve and decode what they capture:
-- cable.dates, cable.decimal, cable.telrefs, cable.entities.

local lpeg = require "lpeg"
local dates = require "cable.dates"
local decimal = require "cable.decimal"
local telrefs = require "cable.telrefs"
local entities = require "cable.entities"

local M = {
  dates = dates, decimal = decimal, telrefs = telrefs, entities = entities,
  date = dates.date, absolute_date = dates.absolute, relative_date = dates.relative,
  file_number = decimal.pattern, telegram_reference = telrefs.pattern,
  person = entities.person, place = entities.place, organisation = entities.organisation,
  agreement = entities.agreement,
}

--- grammar.anywhere(p): a pattern that finds the first match of p, at a
--- word boundary.
function M.anywhere(p)
  return lpeg.P{-lpeg.B(lpeg.R("az", "AZ", "09")) * p + 1 * lpeg.V(1)}
end

return M
