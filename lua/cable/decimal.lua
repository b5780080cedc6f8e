-- cable.decimal: the State Department's decimal file numbers (1910–1963).
--
-- "761.93/7–1245" is class 7 (political relations), country 61 (Russia)
-- with country 93 (China), filed 1945-07-12; "893.00/9–1445" is class 8
-- (internal affairs) of country 93, subject .00 (political affairs);
-- "711.90H/49" ends in a plain serial number.
--
-- The classes are those of the Department's filing manuals (1910–1949 and,
-- for files dated from 1950, the revised scheme). The country numbers are
-- those the FRUS volumes use, checked against the headings of the documents
-- that carry them; a code not in the table is returned without a label.

local lpeg = require "lpeg"
local P, R, C, Ct, Cg, Cp = lpeg.P, lpeg.R, lpeg.C, lpeg.Ct, lpeg.Cg, lpeg.Cp

local M = {}

M.CLASSES = {
  ["0"] = "general, miscellaneous",
  ["1"] = "administration, United States Government",
  ["2"] = "extradition",
  ["3"] = "protection of interests",
  ["4"] = "claims",
  ["5"] = "international congresses and conferences, multilateral treaties, League of Nations",
  ["6"] = "commerce, customs, commercial relations and treaties",
  ["7"] = "political relations of states, bilateral treaties",
  ["8"] = "internal affairs of states",
}

-- The revised scheme for files from 1950 on.
M.CLASSES_1950 = {
  ["0"] = "miscellaneous",
  ["1"] = "administration of the United States Government",
  ["2"] = "protection of interests (persons and property)",
  ["3"] = "international conferences, congresses, meetings and organizations",
  ["4"] = "international trade and commerce",
  ["5"] = "international informational and educational relations",
  ["6"] = "international political relations",
  ["7"] = "internal political and national defense affairs",
  ["8"] = "internal economic, industrial and social affairs",
  ["9"] = "other internal affairs: communications, transportation, science",
}

-- Subjects of class 8 (internal affairs), by the first digit after the point.
M.INTERNAL = {
  ["0"] = "political affairs",
  ["1"] = "public order, safety, health, works",
  ["2"] = "military affairs",
  ["3"] = "naval affairs",
  ["4"] = "social matters",
  ["5"] = "economic matters",
  ["6"] = "industrial matters",
  ["7"] = "communication and transportation",
  ["8"] = "navigation",
  ["9"] = "other internal affairs",
}

M.COUNTRIES = {
  ["00"] = "general", ["11"] = "United States",
  ["12"] = "Mexico", ["15"] = "Honduras", ["16"] = "El Salvador",
  ["17"] = "Nicaragua", ["18"] = "Costa Rica", ["19"] = "Panama", ["21"] = "Colombia",
  ["22"] = "Ecuador", ["23"] = "Peru", ["24"] = "Bolivia", ["25"] = "Chile",
  ["31"] = "Venezuela", ["32"] = "Brazil", ["33"] = "Uruguay", ["34"] = "Paraguay",
  ["35"] = "Argentina", ["37"] = "Cuba", ["38"] = "Haiti", ["39"] = "Dominican Republic",
  ["40"] = "Europe", ["41"] = "Great Britain", ["42"] = "Canada",
  ["51"] = "France", ["52"] = "Spain", ["53"] = "Portugal", ["54"] = "Switzerland",
  ["55"] = "Belgium", ["56"] = "Netherlands", ["57"] = "Norway", ["58"] = "Sweden",
  ["59"] = "Denmark", ["60f"] = "Czechoslovakia",
  ["60h"] = "Yugoslavia",
  ["61"] = "Russia (USSR)", ["62"] = "Germany", ["63"] = "Austria", ["64"] = "Hungary",
  ["65"] = "Italy", ["67"] = "Turkey", ["67n"] = "Palestine", ["68"] = "Greece",
  ["71"] = "Rumania", ["74"] = "Bulgaria", ["75"] = "Albania", ["81"] = "Morocco",
  ["82"] = "Liberia", ["83"] = "Egypt", ["84"] = "Ethiopia", ["90d"] = "Syria and Lebanon",
  ["90f"] = "Saudi Arabia", ["90g"] = "Iraq", ["90h"] = "Afghanistan", ["91"] = "Persia (Iran)",
  ["92"] = "Siam", ["93"] = "China", ["94"] = "Japan", ["95"] = "Korea",
}

local digit = R"09"
local lower = R"az"
local alnum = R("09", "az", "AZ")
local dash = P"–" + P"-" + P"—"

-- "761.93/7–1245", "500.A15a3/833", "711.90H/49", "File No. 763.72/4346"
local class_country = C(digit) * C(digit * digit * lower^-1)
local subject = P"." * C(alnum^1 * (P"." * alnum^1)^0)
local dated = Cg(C(digit * digit^-1) * dash * C(digit * digit^-1) * C(digit * digit) *
  -digit / function(m, d, y) return {m = m, d = d, y = y} end, "dated")
local serial = Cg(C(digit^1 * lower^-1), "serial")
-- a number alone ("300", "1945") is not a file number: a subject or a
-- slash must follow the code
local tail = P"/" * (dated + serial)
M.pattern = Cp() * Ct(Cg(C(class_country) / function(s) return s end, "code") *
  (Cg(subject, "subject") * tail^-1 + tail)) * Cp() / function(first, t, last)
  t.first, t.last = first, last - 1
  return t
end

local function country(code)
  return code and {code = code, name = M.COUNTRIES[code:lower()] or M.COUNTRIES[code]} or nil
end

--- decimal.decode(s): the parts of the first decimal file number in s, or
--- nil. Returns {text, class, class_label, country = {code, name},
--- countries = {…}, subject, subject_label, serial, date}.
function M.decode(s)
  local finder = lpeg.P{M.pattern + 1 * lpeg.V(1)}
  local t = type(s) == "string" and finder:match(s)
  if not t then return nil end
  local out = {text = s:sub(t.first, t.last), subject = t.subject, serial = t.serial}
  out.class = t.code:sub(1, 1)
  local cc = t.code:sub(2)
  if t.dated then
    local m, d, y = tonumber(t.dated.m), tonumber(t.dated.d), tonumber(t.dated.y)
    if m >= 1 and m <= 12 and d >= 1 and d <= 31 then
      out.date = ("%04d-%02d-%02d"):format(1900 + y, m, d)
    end
  end
  local scheme = out.date and out.date >= "1950" and M.CLASSES_1950 or M.CLASSES
  out.class_label = scheme[out.class]
  out.countries = {}
  if cc ~= "00" or out.class ~= "5" then
    out.country = country(cc)
    out.countries[1] = out.country
  end
  if (out.class == "7" or out.class == "6") and t.subject then
    -- relations of two countries: the second follows the point
    local second = t.subject:match("^(%d%d[a-zA-Z]?)")
    if second and second ~= "00" then out.countries[2] = country(second) end
  elseif out.class == "8" and t.subject and not (out.date and out.date >= "1950") then
    out.subject_label = M.INTERNAL[t.subject:sub(1, 1)]
  end
  return out
end

--- decimal.label(d): "political relations of states, bilateral treaties:
--- Russia (USSR) – China", a one-line reading of a decoded number.
function M.label(d)
  if not d then return nil end
  local names = {}
  for i, c in ipairs(d.countries) do names[i] = c.name or c.code end
  local parts = {d.class_label or ("class " .. d.class)}
  if #names > 0 then parts[#parts + 1] = table.concat(names, " – ") end
  if d.subject_label then parts[#parts + 1] = d.subject_label end
  return table.concat(parts, ": ")
end

return M
