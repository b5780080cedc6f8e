-- cable.reports: the header comment of a report script says what it does.
--
--   -- NAME: one line that says what it does
--   --
--   -- usage: cable report NAME [OPTIONS] [FILE|DIR|-]...
--   -- options:
--   --   --top N     what N is (default 10)
--   --   --all       a switch

local M = {}

--- reports.header(source): the comment lines at the top, without "-- ".
function M.header(source)
  local lines = {}
  for line in source:gmatch("[^\n]*") do
    local body = line:match("^%-%-%s?(.*)$")
    if not body then break end
    lines[#lines + 1] = body
  end
  while lines[#lines] == "" do lines[#lines] = nil end
  return lines
end

--- reports.describe(source): name and description from the first line.
function M.describe(source)
  local first = M.header(source)[1] or ""
  return first:match("^([%w_-]+):%s*(.*)$")
end

--- reports.options(source): {["--top"] = true (takes a value), ["--all"] = false}
function M.options(source)
  local opts, inside = {}, false
  for _, line in ipairs(M.header(source)) do
    if line:match("^options:") then
      inside = true
    elseif inside then
      local name, value = line:match("^%s+(%-%-[%w-]+)%s*([A-Z]*)")
      if name then opts[name] = value ~= "" end
    end
  end
  return opts
end

--- reports.list(sources): print "NAME  description" for each report.
function M.list(sources)
  local rows = {}
  for _, src in ipairs(sources) do
    local name, desc = M.describe(src)
    if name then rows[#rows + 1] = {name, desc} end
  end
  table.sort(rows, function(a, b) return a[1] < b[1] end)
  local w = 0
  for _, r in ipairs(rows) do w = math.max(w, #r[1]) end
  for _, r in ipairs(rows) do
    io.write(r[1], (" "):rep(w - #r[1] + 2), r[2], "\n")
  end
end

--- reports.getopt(arg, defaults): the report's options as a table; values
--- are converted to the type of their default. Unknown options are errors.
function M.getopt(arg, defaults)
  local usage = require("cable").usage
  local function error(msg) usage(msg) end
  local opts = {}
  for k, v in pairs(defaults) do opts[k] = v end
  local i = 1
  while arg[i] do
    local name = arg[i]:match("^%-%-([%w-]+)$")
    if not name then error("unexpected argument '" .. arg[i] .. "'", 2) end
    local key = name:gsub("-", "_")
    local default = defaults[key]
    if default == nil then error("unknown option '--" .. name .. "'", 2) end
    if type(default) == "boolean" then
      opts[key] = true
    else
      local v = arg[i + 1]
      if v == nil then error("option '--" .. name .. "' needs a value", 2) end
      if type(default) == "number" then
        v = tonumber(v)
        if not v then error("option '--" .. name .. "' needs a number", 2) end
      end
      opts[key] = v
      i = i + 1
    end
    i = i + 1
  end
  return opts
end

return M
