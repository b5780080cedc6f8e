-- cable.dates: the dates of the genre, absolute ("July 11", "July 11, 1945",
-- "11 July 1945", "March 10th", "May 8, 4 p.m.") and relative ("tonight",
-- "yesterday", "this morning", "the night of the 12th", "Monday"), resolved
-- against the document's date.
--
-- Patterns capture a table {kind, text, first, last, year?, month, day?,
-- hour?, minute?, shift?, weekday?}; dates.resolve() turns one into an ISO
-- date given the date it is relative to.

local lpeg = require "lpeg"
local matches = require("cable.text").matches
local P, R, S, C, Cp, Ct, Cc, Cg, Cmt = lpeg.P, lpeg.R, lpeg.S, lpeg.C, lpeg.Cp, lpeg.Ct,
  lpeg.Cc, lpeg.Cg, lpeg.Cmt

local M = {}

local MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August",
                "September", "October", "November", "December"}
local ABBREV = {Jan = 1, Feb = 2, Mar = 3, Apr = 4, Jun = 6, Jul = 7, Aug = 8, Sept = 9,
                Sep = 9, Oct = 10, Nov = 11, Dec = 12}
local WEEKDAYS = {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"}

local letter = R("az", "AZ")
local digit = R"09"
local sp = S" \t\n"^1
local osp = S" \t\n"^0
local word_end = -(letter + digit)

-- month names, longest first so that "May" does not eat "Mayor"
local month = P(false)
for i, name in ipairs(MONTHS) do month = month + P(name) * word_end * Cc(i) end
for abbr, i in pairs(ABBREV) do month = month + P(abbr) * P"."^-1 * word_end * Cc(i) end
month = Cg(month, "month")

local function in_range(lo, hi)
  return function(_, _, s)
    local n = tonumber(s)
    if n and n >= lo and n <= hi then return true, n end
    return false
  end
end

local ordinal = P"st" + P"nd" + P"rd" + P"th" + P"d"
local day = Cg(Cmt(C(digit * digit^-1), in_range(1, 31)), "day") * ordinal^-1 * word_end
local year = Cg(Cmt(C(S"12" * digit * digit * digit), in_range(1500, 2099)), "year") * -digit

local function to_24(h, m, pm)
  h = tonumber(h); m = tonumber(m) or 0
  if h > 12 or m > 59 then return nil end
  if pm and h < 12 then h = h + 12 elseif not pm and h == 12 then h = 0 end
  return h, m
end

-- "4 p.m.", "4:30 p. m.", "10.30 a.m.", "noon", "12 midnight", as {h, m}
local clock = Cmt(C(
  (P"12" * sp)^-1 * (P"noon" + P"midnight") +
  digit * digit^-1 * (S":." * digit * digit)^-1 * osp * S"ap" * P"." * osp * P"m" * P"."^-1),
  function(_, _, s)
    local h, m
    if s:find("noon") then h, m = 12, 0
    elseif s:find("midnight") then h, m = 0, 0
    else
      local hh, mm, ap = s:match("^(%d+)[:.]?(%d*)%s*([ap])")
      h, m = to_24(hh, mm ~= "" and mm or "0", ap == "p")
      if not h then return false end
    end
    return true, {h = h, m = m}
  end)
local clock_part = Cg(clock, "clock")
local sep_time = osp * (P"," + P"—" + P"–" + P"-")^-1 * osp

-- "July 11", "July 11, 1945", "May 8, 4 p.m.", "July 11, 1945, 4 p.m."
local month_day = month * osp * day * (osp * P"," ^-1 * osp * year)^-1
-- "11 July 1945", "20th July, 1919"
local day_month = day * osp * P"of"^-1 * osp * month * (P","^-1 * osp * year)^-1
local absolute_body = Ct((month_day + day_month) * (sep_time * clock_part)^-1)
M.absolute = Cp() * absolute_body * Cp() / function(first, t, last)
  t.kind = "absolute"
  t.first, t.last = first, last - 1
  if t.clock then t.hour, t.minute, t.clock = t.clock.h, t.clock.m, nil end
  return t
end

-- relative expressions, each with its shift in days from the base date
local function rel(p, shift, extra)
  return p * word_end * Cg(Cc(shift), "shift") * (extra or P(true))
end
local weekday = P(false)
for i, name in ipairs(WEEKDAYS) do weekday = weekday + P(name) * word_end * Cc(i) end
local the_day = P"the" * sp * (P"night" + P"morning" + P"evening" + P"afternoon") * sp * P"of" *
  sp * P"the" * sp * day
local relative_body = Ct(
  rel(P"tonight" + P"this evening" + P"this afternoon" + P"this morning" + P"today" +
      P"this day" + P"Tonight" + P"Today", 0) +
  rel(P"yesterday" + P"last night" + P"Yesterday", -1) +
  rel(P"tomorrow" + P"Tomorrow", 1) +
  rel(P"the day before yesterday", -2) +
  (the_day * Cg(Cc"day", "anchor")) +
  (Cg((C(P"last" + P"next") * sp)^-1 / function(w) return w end, "which") *
    Cg(weekday, "weekday")))
M.relative = Cp() * relative_body * Cp() / function(first, t, last)
  t.kind = "relative"
  t.first, t.last = first, last - 1
  return t
end

M.date = M.absolute + M.relative

-- ---- resolution -----------------------------------------------------------

local function ymd(iso)
  local y, m, d = tostring(iso or ""):match("^(%d%d%d%d)-(%d%d)-(%d%d)")
  if not y then return nil end
  return tonumber(y), tonumber(m), tonumber(d)
end

local function iso(y, m, d)
  return ("%04d-%02d-%02d"):format(y, m, d)
end

-- Days from 1970-01-01 (proleptic Gregorian), and back: no os.time, so that
-- it works for any year and in any time zone.
local function days(y, m, d)
  if m <= 2 then y, m = y - 1, m + 12 end
  local era = y // 400
  local yoe = y - era * 400
  local doy = (153 * (m - 3) + 2) // 5 + d - 1
  local doe = yoe * 365 + yoe // 4 - yoe // 100 + doy
  return era * 146097 + doe - 719468
end

local function from_days(z)
  z = z + 719468
  local era = z // 146097
  local doe = z - era * 146097
  local yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
  local y = yoe + era * 400
  local doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
  local mp = (5 * doy + 2) // 153
  local d = doy - (153 * mp + 2) // 5 + 1
  local m = mp < 10 and mp + 3 or mp - 9
  if m <= 2 then y = y + 1 end
  return y, m, d
end

M.days, M.from_days = days, from_days

--- dates.shift(iso, n): the ISO date n days after iso.
function M.shift(date, n)
  local y, m, d = ymd(date)
  if not y then return nil end
  return iso(from_days(days(y, m, d) + n))
end

--- dates.weekday(iso): 1 (Sunday) to 7 (Saturday).
function M.weekday(date)
  local y, m, d = ymd(date)
  return (days(y, m, d) + 4) % 7 + 1 -- 1970-01-01 was a Thursday
end

--- dates.resolve(hit, base): the ISO date of a hit, given the ISO date it
--- is relative to (the document's date); nil when it cannot be told.
function M.resolve(hit, base)
  local by, bm, bd = ymd(base)
  if hit.kind == "absolute" then
    local y = hit.year or by
    if not y or not hit.day then return nil end
    return iso(y, hit.month, hit.day)
  end
  if not by then return nil end
  if hit.shift then return M.shift(base, hit.shift) end
  if hit.anchor == "day" then
    -- "the night of the 12th": the 12th nearest to the base date
    local best
    for dm = -1, 1 do
      local y, m = by, bm + dm
      if m < 1 then y, m = y - 1, 12 elseif m > 12 then y, m = y + 1, 1 end
      local z = days(y, m, hit.day)
      local dist = math.abs(z - days(by, bm, bd))
      if from_days(z) and select(3, from_days(z)) == hit.day and (not best or dist < best[1]) then
        best = {dist, z}
      end
    end
    return best and iso(from_days(best[2])) or nil
  end
  if hit.weekday then
    local base_wd = M.weekday(base)
    local back = (base_wd - hit.weekday) % 7
    local ahead = (hit.weekday - base_wd) % 7
    local n
    if hit.which == "last" then n = -(back == 0 and 7 or back)
    elseif hit.which == "next" then n = ahead == 0 and 7 or ahead
    else n = back <= ahead and -back or ahead end
    return M.shift(base, n)
  end
  return nil
end

local anywhere_cache = setmetatable({}, {__mode = "k"})
local function anywhere(p)
  local f = anywhere_cache[p]
  if not f then
    local start = -lpeg.B(letter + digit) * p
    f = lpeg.P{start + 1 * lpeg.V(1)}
    anywhere_cache[p] = f
  end
  return f
end

--- dates.find(s [, base]): every date in s, in order, each with `date`
--- (ISO, resolved against base when relative) and `time` ("HH:MM").
function M.find(s, base)
  local hits = matches(anywhere(M.date), s)
  for _, hit in ipairs(hits) do
    hit.text = s:sub(hit.first, hit.last)
    hit.date = M.resolve(hit, base)
    hit.time = M.clock(hit)
  end
  return hits
end

--- dates.clock(hit): "HH:MM" when the hit gives a time, else nil.
function M.clock(hit)
  return hit.hour and ("%02d:%02d"):format(hit.hour, hit.minute or 0) or nil
end

--- dates.of_document(doc): the document's own date, as ISO: the
--- dateline's, else the date in a decimal file number ("761.93/7–1245").
function M.of_document(doc)
  if doc.dateline and doc.dateline.date then return doc.dateline.date, "dateline" end
  local decimal = require "cable.decimal"
  for _, fn in ipairs(doc.file_numbers or {}) do
    local d = decimal.decode(fn)
    if d and d.date then return d.date, "file number" end
  end
  return nil
end

--- dates.in_document(doc): every date of the paragraphs, resolved against
--- the document's date, with paragraph, page and line. A footnote whose
--- marker follows the expression and that gives a date ("tonight.1" …
--- "1. i. e., July 11.") settles it: `settled_by` holds its number.
function M.in_document(doc)
  local base = M.of_document(doc)
  local notes = {}
  for _, f in ipairs(doc.footnotes) do
    if f.paragraph and f.paragraph > 0 then
      notes[f.paragraph] = notes[f.paragraph] or {}
      table.insert(notes[f.paragraph], f)
    end
  end
  local hits = doc:located(function(s) return M.find(s, base) end)
  for _, hit in ipairs(hits) do
    for _, f in ipairs(notes[hit.paragraph] or {}) do
      -- the marker stands right after the expression (or after its stop)
      if f.offset == hit.last + 1 or f.offset == hit.last + 2 then
        local gloss = M.find(f.text, base)[1]
        if gloss and gloss.kind == "absolute" and gloss.date then
          hit.date, hit.settled_by = gloss.date, f.n
        end
      end
    end
  end
  return hits
end

return M
