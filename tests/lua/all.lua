-- Lua-level tests of the cable library, run by the host:
--   cable run tests/lua/all.lua tests/fixtures/sample.txt tests/fixtures/multi.txt
-- Each file below is a plain script of asserts; `check` and `checkerr` are
-- the helpers they share.

local dir = arg[0]:match("^(.*)/[^/]*$") or "."
local passed, failed = 0, 0

function _G.check(name, got, want)
  if got ~= want then
    error(("%s: got %s, wanted %s"):format(name, tostring(got), tostring(want)), 2)
  end
end

function _G.checkerr(msg, f, ...)
  local ok, err = pcall(f, ...)
  if ok then error("expected an error containing '" .. msg .. "'", 2) end
  if not tostring(err):find(msg, 1, true) then
    error(("error '%s' lacks '%s'"):format(tostring(err), msg), 2)
  end
end

local docs = {}
for d in cable.documents() do docs[#docs + 1] = d end
_G.DOCS = docs

for _, name in ipairs{"text", "document", "output", "sandbox", "grammar"} do
  local chunk = assert(loadfile(dir .. "/test_" .. name .. ".lua"))
  local ok, err = xpcall(chunk, debug.traceback)
  if ok then
    passed = passed + 1
    print("ok   " .. name)
  else
    failed = failed + 1
    print("FAIL " .. name .. ": " .. tostring(err))
  end
end
print(("lua: %d passed, %d failed"):format(passed, failed))
if failed > 0 then os.exit(1) end
