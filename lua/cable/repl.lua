-- cable.repl: an interactive prompt with the documents loaded: `docs` holds
-- them all, `doc` the first. An expression's values are printed as Lua
-- values; a statement is run as it is.

local cable = require "cable"

local M = {}

local function is_identifier(k)
  return type(k) == "string" and k:match("^[%a_][%w_]*$") ~= nil
end

--- repl.show(v): a Lua value as Lua source, nested tables to a depth of 3,
--- long lists cut.
function M.show(v, depth, seen)
  depth, seen = depth or 0, seen or {}
  local t = type(v)
  if t == "string" then return ("%q"):format(v):gsub("\\\n", "\\n") end
  if t ~= "table" then return tostring(v) end
  if seen[v] then return "<cycle>" end
  if depth >= 3 then return "{…}" end
  seen[v] = true
  local parts, n = {}, #v
  for i = 1, math.min(n, 20) do parts[#parts + 1] = M.show(v[i], depth + 1, seen) end
  if n > 20 then parts[#parts + 1] = ("…(%d more)"):format(n - 20) end
  local keys = {}
  for k in pairs(v) do
    if not (math.type(k) == "integer" and k >= 1 and k <= n) then keys[#keys + 1] = k end
  end
  table.sort(keys, function(a, b) return tostring(a) < tostring(b) end)
  for _, k in ipairs(keys) do
    local key = is_identifier(k) and k or "[" .. M.show(k, depth + 1, seen) .. "]"
    parts[#parts + 1] = key .. " = " .. M.show(v[k], depth + 1, seen)
  end
  seen[v] = nil
  return "{" .. table.concat(parts, ", ") .. "}"
end

local function eval(line, env)
  local f, err = load("return " .. line, "=stdin", "t", env)
  if not f then f, err = load(line, "=stdin", "t", env) end
  if not f then return false, err end
  return xpcall(f, function(m) return tostring(m) end)
end

--- repl.run(readline, interactive): read, evaluate, print until end of input.
function M.run(readline, interactive)
  local docs = {}
  for d in cable.documents() do docs[#docs + 1] = d end
  _G.docs, _G.doc = docs, docs[1]
  if interactive then
    io.write(("cable %s: %d document%s in `docs`, the first in `doc`; Ctrl-D ends\n")
      :format(cable.version, #docs, #docs == 1 and "" or "s"))
  end
  while true do
    local line = readline(interactive and "cable> " or nil)
    if line == nil then break end
    if line:match("%S") then
      local results = table.pack(eval(line, _G))
      if results[1] then
        local shown = {}
        for i = 2, results.n do shown[#shown + 1] = M.show(results[i]) end
        if #shown > 0 then io.write(table.concat(shown, "\t"), "\n") end
      else
        io.stderr:write("cable: ", tostring(results[2]), "\n")
      end
      io.stdout:flush()
    end
  end
  if interactive then io.write("\n") end
end

return M
