-- cable.output in each format; CSV and JSON are read back and compared.
local output = require "cable.output"
local cjson = require "cjson"

local function capture(rows, opts, format)
  local buf = {}
  local old = output.sink
  output.sink = function(...) for _, s in ipairs{...} do buf[#buf + 1] = s end end
  local ok, err = pcall(output.write, rows, opts, format)
  output.sink = old
  if not ok then error(err, 0) end
  return table.concat(buf)
end

local rows = {
  {name = "Soong", stance = "offers", what = 'Port Arthur, "as a zone"', n = 2},
  {name = "Stalin", stance = "insists", what = "a majority\nof the directors", n = 10},
  {name = "Molotov", stance = nil, what = "|pipes|", n = 0, list = {"a", "b"}},
}
local cols = {columns = {"name", "stance", "what", "n", "list"}}

-- text: aligned columns under a header and a rule
local t = capture(rows, cols, "text")
local lines = {}
for line in t:gmatch("[^\n]+") do lines[#lines + 1] = line end
check("text lines", #lines, 5)
check("text header", lines[1], "name     stance   what" .. (" "):rep(25) .. "n   list")
check("text rule", lines[2]:sub(1, 16), "-------  -------")
check("text row", lines[4], "Stalin   insists  a majority of the directors  10")
check("text no trailing blanks", lines[3]:sub(-1) ~= " ", true)
check("text list", lines[5]:sub(-4), "a; b")

-- CSV, RFC 4180: read it back
local csv = capture(rows, cols, "csv")
local function parse_csv(s)
  local records, record, field, i, quoted = {}, {}, {}, 1, false
  while i <= #s do
    local c = s:sub(i, i)
    if quoted then
      if c == '"' and s:sub(i + 1, i + 1) == '"' then field[#field + 1] = '"'; i = i + 1
      elseif c == '"' then quoted = false
      else field[#field + 1] = c end
    elseif c == '"' then quoted = true
    elseif c == "," then record[#record + 1] = table.concat(field); field = {}
    elseif c == "\r" and s:sub(i + 1, i + 1) == "\n" then
      record[#record + 1] = table.concat(field); field = {}
      records[#records + 1] = record; record = {}; i = i + 1
    else field[#field + 1] = c end
    i = i + 1
  end
  return records
end
local rec = parse_csv(csv)
check("csv records", #rec, 4)
check("csv header", table.concat(rec[1], "|"), "name|stance|what|n|list")
check("csv quotes", rec[2][3], 'Port Arthur, "as a zone"')
check("csv newline", rec[3][3], "a majority\nof the directors")
check("csv empty", rec[4][2], "")
check("csv number", rec[3][4], "10")
check("csv crlf", csv:sub(1, 25), "name,stance,what,n,list\r\n")

-- JSON: one array, read back with cjson
local json = capture(rows, cols, "json")
local back = cjson.decode(json)
check("json rows", #back, 3)
check("json string", back[1].what, 'Port Arthur, "as a zone"')
check("json number", back[2].n, 10)
check("json null", back[3].stance, cjson.null)
check("json list", back[3].list[2], "b")
check("json order", json:match('^%[\n {"(%w+)"'), "name")
check("json empty", capture({}, cols, "json"), "[]\n")

-- Markdown: a table, pipes escaped
local md = capture(rows, cols, "md")
local mdl = {}
for line in md:gmatch("[^\n]+") do mdl[#mdl + 1] = line end
check("md header", mdl[1], "| name | stance | what | n | list |")
check("md rule", mdl[2], "|---|---|---|---|---|")
check("md pipes", mdl[5], "| Molotov |  | \\|pipes\\| | 0 | a; b |")

-- columns by default: the sorted keys
check("default columns", capture({{b = 1, a = 2}}, nil, "csv"), "a,b\r\n2,1\r\n")
-- vertical text
check("vertical", capture({{a = "x", bb = "y"}}, {columns = {"a", "bb"}, vertical = true}, "text"),
      "a:  x\nbb: y\n")

checkerr("no format 'xml'", function() capture(rows, cols, "xml") end)
checkerr("rows must be a list", function() capture("x", cols, "text") end)
