-- Hostile scripts for --sandbox: arg[1] says which. Each must be stopped
-- with exit 4 and a clear message, within the limits given.
local what = arg[1]
if what == "loop" then while true do end end
if what == "recursion" then
  local function f(n) return f(n + 1) + 1 end
  return f(1)
end
if what == "string-bomb" then
  local s = "x"
  while true do s = s .. s end
end
if what == "rep-bomb" then return string.rep("x", 1 << 34) end
if what == "binary" then return load(string.char(27) .. "LuaT" .. ("\0"):rep(40)) or error("refused") end
if what == "gc" then return collectgarbage("stop") end
if what == "string-metatable" then getmetatable("").__index = nil end
if what == "debug" then return debug.sethook() end
if what == "write-doc" then
  function Document(doc) doc.paragraphs[1].text = "forged" end
end
if what == "lpeg-stack" then lpeg.setmaxstack(1e9) end
if what == "lpeg-huge" then
  local p = lpeg.P"a"
  for _ = 1, 1e7 do p = p * lpeg.P"a" end
end
if what == "lpeg-backtrack" then
  local p = lpeg.P{ "(" * lpeg.V(1) * ")" + "" }
  return p:match(("("):rep(1e5) .. (")"):rep(1e5))
end
