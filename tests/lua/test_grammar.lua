-- The grammars of the genre: positive and negative cases.
local g = require "cable.grammar"
local dates, decimal, telrefs, entities = g.dates, g.decimal, g.telrefs, g.entities

local function only(list, field)
  local out = {}
  for i, x in ipairs(list) do out[i] = x[field] end
  return table.concat(out, "|")
end

-- dates: absolute
local base = "1945-07-12"
local d = dates.find("on July 11 and July 11, 1945; 11 July 1945, March 10th, May 8, 4 p.m., " ..
                     "June 3, 1945, 10:30 a. m., and 20th July, 1919", base)
check("absolute texts", only(d, "text"),
      "July 11|July 11, 1945|11 July 1945|March 10th|May 8, 4 p.m.|June 3, 1945, 10:30 a. m.|" ..
      "20th July, 1919")
check("absolute dates", only(d, "date"),
      "1945-07-11|1945-07-11|1945-07-11|1945-03-10|1945-05-08|1945-06-03|1919-07-20")
check("time", d[5].time, "16:00")
check("time a.m.", d[6].time, "10:30")
check("offsets", d[1].first, 4)
check("kind", d[1].kind, "absolute")
-- relative, resolved against the base date (a Thursday)
local r = dates.find("tonight, this morning, yesterday, last night, tomorrow, the night of " ..
                     "the 12th, Monday, last Friday, next Thursday", base)
check("relative texts", only(r, "text"), "tonight|this morning|yesterday|last night|tomorrow|" ..
      "the night of the 12th|Monday|last Friday|next Thursday")
check("relative dates", only(r, "date"), "1945-07-12|1945-07-12|1945-07-11|1945-07-11|" ..
      "1945-07-13|1945-07-12|1945-07-09|1945-07-06|1945-07-19")
check("the 30th near the 2nd is last month", dates.find("the night of the 30th", "1945-08-02")[1].date,
      "1945-07-30")
check("no base, no relative date", dates.find("tonight")[1].date, nil)
-- negative cases
check("No. 300 is not a date", #dates.find("See No. 300 and 1945 and page 12.", base), 0)
check("Mayor is not May", #dates.find("The Mayor of Dairen", base), 0)
check("a bare year is not a date", #dates.find("in 1945", base), 0)
check("day 32 is not a day", #dates.find("July 32", base), 0)
check("weekday arithmetic", dates.weekday("1945-07-12"), 5)
check("shift over a year", dates.shift("1944-12-31", 1), "1945-01-01")
check("leap day", dates.shift("1944-02-28", 1), "1944-02-29")

-- decimal file numbers
local x = decimal.decode("761.93/7–1245: Telegram")
check("class", x.class, "7")
check("class label", x.class_label, "political relations of states, bilateral treaties")
check("country", x.countries[1].name, "Russia (USSR)")
check("second country", x.countries[2].name, "China")
check("filed", x.date, "1945-07-12")
check("label", decimal.label(x),
      "political relations of states, bilateral treaties: Russia (USSR) – China")
local y = decimal.decode("711.90H/49")
check("serial", y.serial, "49")
check("no date from a serial", y.date, nil)
check("letters in the country", y.countries[2].code, "90H")
local z = decimal.decode("893.00/9–1445")
check("internal affairs", z.subject_label, "political affairs")
check("class 8 country", z.country.name, "China")
local u = decimal.decode("799.99/5")
check("unknown code: no label", u.country.name, nil)
check("unknown code kept", u.country.code, "99")
check("file numbers after 1950 use the new classes",
      decimal.decode("611.61/1–1551").class_label, "international political relations")
check("not a file number", decimal.decode("No. 300"), nil)
check("not a decimal", decimal.decode("1945"), nil)

-- telegram references
local t = telrefs.find("Your telegram No. 300, April 4. my 528, May 8, 4 p.m., Department’s 98, " ..
  "March 23, 4 p.m.; Embtel 537 July 26; Deptel 123; Chungking’s 529; my telegram No. 200, " ..
  "yesterday; my despatch No. 1529, April 4", "1945-05-10")
check("refs", only(t, "number"), "300|528|98|537|123|529|200|1529")
check("who", only(t, "by"),
      "recipient|sender|department|embassy|department|place|sender|sender")
check("kinds", only(t, "kind"),
      "telegram|message|message|telegram|telegram|message|telegram|despatch")
check("dates", t[1].date .. " " .. t[2].date .. " " .. t[4].date .. " " .. t[7].date,
      "1945-04-04 1945-05-08 1945-07-26 1945-05-09")
check("time", t[2].time, "16:00")
check("by text", t[6].by_text, "Chungking’s")
check("No. 300 alone is no reference", #telrefs.find("No. 300 was lost.", "1945-05-10"), 0)
check("a year is no reference", #telrefs.find("In 1945 he came.", "1945-05-10"), 0)

-- entities
local e = entities.find("Generalissimo Chiang Kai-shek met Mr. Soong at Port Arthur; the " ..
  "Chinese Communist Party and the League of Nations; the Yalta Agreement, the Treaty of " ..
  "Friendship and the Civil Affairs Agreement; the Generalissimo left for Chungking.")
check("entity names", only(e, "name"), "Generalissimo Chiang Kai-shek|Mr. Soong|Port Arthur|" ..
  "Chinese Communist Party|League of Nations|Yalta Agreement|Treaty of Friendship|" ..
  "Civil Affairs Agreement|Generalissimo|Chungking")
check("entity kinds", only(e, "kind"), "person|person|place|organisation|organisation|" ..
  "agreement|agreement|agreement|person|place")
check("Portugal is not Port Arthur", #entities.find("portable Portuguese reports"), 0)
local doc = DOCS[#DOCS] -- the sample: bare names from the whole document
local names = {}
for _, x2 in ipairs(entities.in_document(doc)) do
  if x2.kind == "person" then names[x2.name] = (names[x2.name] or 0) + 1 end
end
check("Molotov", names.Molotov, 2)
check("Stalin", names.Stalin, 2)
check("no Open Door", names.Open, nil)
