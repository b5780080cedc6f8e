-- cable.output: rows of a report in text, JSON, CSV or Markdown.
--
-- rows is a list of tables; opts.columns names the columns in order (by
-- default the sorted keys of the first row); opts.vertical prints text as
-- "column: value" blocks, for one long record.

local cjson = require "cjson"
local text = require "cable.text"

local type, tostring, pairs, ipairs, error = type, tostring, pairs, ipairs, error
local concat, sort = table.concat, table.sort

local M = {}

-- Where output goes: io.write, unless a caller (a test) puts another here.
M.sink = io.write
local function write(...)
  return M.sink(...)
end

local function columns_of(rows, opts)
  if opts and opts.columns then return opts.columns end
  local cols, seen = {}, {}
  for _, row in ipairs(rows) do
    for k in pairs(row) do
      if not seen[k] then seen[k] = true; cols[#cols + 1] = k end
    end
  end
  sort(cols, function(a, b) return tostring(a) < tostring(b) end)
  return cols
end

-- A cell as text: nil is empty, lists are joined with "; ".
local function cell(v)
  if v == nil then return "" end
  if type(v) == "table" then
    local parts = {}
    for i, x in ipairs(v) do parts[i] = cell(x) end
    return concat(parts, "; ")
  end
  return tostring(v)
end

local function one_line(s)
  return (s:gsub("[\r\n\t]+", " "))
end

-- s without trailing blanks (a loop: "%s+$" is slow on long runs of blanks)
local function rtrim(s)
  local n = #s
  while n > 0 and s:byte(n) == 32 do n = n - 1 end
  return s:sub(1, n)
end

-- Text is for reading: a cell longer than this is cut, with "…" (the other
-- formats keep every cell whole).
M.TEXT_CELL = 100

local function text_cell(v)
  v = one_line(cell(v))
  if text.width(v) > M.TEXT_CELL then v = text.head(v, M.TEXT_CELL - 1) .. "…" end
  return v
end

function M.text(rows, cols, opts)
  if opts and opts.vertical then
    local w = 0
    for _, c in ipairs(cols) do w = math.max(w, text.width(c)) end
    for i, row in ipairs(rows) do
      if i > 1 then write("\n") end
      for _, c in ipairs(cols) do
        local v = one_line(cell(row[c]))
        if v ~= "" then write(c, ":", (" "):rep(w - text.width(c) + 1), v, "\n") end
      end
    end
    return
  end
  local widths = {}
  for j, c in ipairs(cols) do widths[j] = text.width(c) end
  local cells = {}
  for i, row in ipairs(rows) do
    cells[i] = {}
    for j, c in ipairs(cols) do
      local v = text_cell(row[c])
      cells[i][j] = v
      local w = text.width(v)
      if w > widths[j] then widths[j] = w end
    end
  end
  local function line(values)
    local out = {}
    for j, v in ipairs(values) do
      out[j] = j < #values and v .. (" "):rep(widths[j] - text.width(v)) or v
    end
    write(rtrim(concat(out, "  ")), "\n")
  end
  line(cols)
  local rule = {}
  for j in ipairs(cols) do rule[j] = ("-"):rep(widths[j]) end
  line(rule)
  for i in ipairs(rows) do line(cells[i]) end
end

-- RFC 4180: quote a field holding a comma, a quote or a line break.
local function csv_field(s)
  if s:find('[,"\r\n]') then return '"' .. s:gsub('"', '""') .. '"' end
  return s
end

function M.csv(rows, cols)
  local out = {}
  for j, c in ipairs(cols) do out[j] = csv_field(c) end
  write(concat(out, ","), "\r\n")
  for _, row in ipairs(rows) do
    for j, c in ipairs(cols) do out[j] = csv_field(cell(row[c])) end
    write(concat(out, ","), "\r\n")
  end
end

-- One JSON array of objects, members in column order.
local function json_value(v)
  if v == nil then return "null" end
  if type(v) == "table" then
    local parts = {}
    for i, x in ipairs(v) do parts[i] = json_value(x) end
    return "[" .. concat(parts, ",") .. "]"
  end
  return (cjson.encode(v):gsub("\\/", "/"))
end

function M.json(rows, cols)
  write("[")
  for i, row in ipairs(rows) do
    local parts = {}
    for j, c in ipairs(cols) do parts[j] = cjson.encode(tostring(c)) .. ":" .. json_value(row[c]) end
    write(i > 1 and ",\n " or "\n ", "{", concat(parts, ","), "}")
  end
  write(#rows > 0 and "\n]\n" or "]\n")
end

local function md_cell(s)
  return (one_line(s):gsub("|", "\\|"))
end

function M.md(rows, cols)
  local out = {}
  for j, c in ipairs(cols) do out[j] = md_cell(c) end
  write("| ", concat(out, " | "), " |\n")
  for j in ipairs(cols) do out[j] = "---" end
  write("|", concat(out, "|"), "|\n")
  for _, row in ipairs(rows) do
    for j, c in ipairs(cols) do out[j] = md_cell(cell(row[c])) end
    write("| ", concat(out, " | "), " |\n")
  end
end

M.formats = {text = M.text, json = M.json, csv = M.csv, md = M.md}

--- output.write(rows, opts, format): print rows; format defaults to text.
function M.write(rows, opts, format)
  if type(rows) ~= "table" then error("cable.output: rows must be a list of tables", 3) end
  local f = M.formats[format or "text"]
  if not f then
    error("cable.output: no format '" .. tostring(format) .. "' here (text, json, csv, md)", 3)
  end
  f(rows, columns_of(rows, opts), opts)
end

return M
