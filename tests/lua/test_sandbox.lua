-- cable.sandbox: what a sandboxed script can and cannot reach.
local sandbox = require "cable.sandbox"
local env = sandbox.new()

local function run(src)
  local f = assert(load(src, "=sandboxed", "t", env))
  return f()
end

check("allowed", run("return string.upper('x') .. math.floor(2.5)"), "X2")
check("cable", run("return cable.text.width('abc')"), 3)
check("lpeg", run("return lpeg.match(lpeg.P'a', 'a')"), 2)
check("re", run("return re.match('ab', \"'a'\")"), 2)
checkerr("unknown global 'io'", run, "return io.open('/etc/passwd')")
checkerr("os.execute is not available", run, "return os.execute('true')")
checkerr("os.remove is not available", run, "return os.remove('/tmp/x')")
checkerr("os.exit is not available", run, "os.exit(0)")
checkerr("not allowed in the sandbox", run, "return require 'ffi'")
checkerr("not allowed in the sandbox", run, "return require 'io'")
checkerr("string.dump is not available", run, "return string.dump(print)")
checkerr("cannot change string.rep", run, "string.rep = nil")
checkerr("unknown global 'debug'", run, "return debug.getinfo(1)")
check("binary chunk refused", run("return select(2, load(string.char(27) .. 'Lua'))"):find("binary") ~= nil, true)
check("string metatable locked", run("return getmetatable('')"), false)
check("globals may be set", run("x = 1; return x"), 1)
check("the real string library untouched", string.rep("a", 2), "aa")
