-- cable.sandbox: the environment of a script run with --sandbox (and of
-- every bundled report). It is an allow list: only what is named here is
-- there, library tables are read-only views, chunks load as text only, and
-- reading a global that does not exist is an error.

local cable = require "cable"
local lpeg, re, cjson = require "lpeg", require "re", require "cjson"

local error, type, tostring = error, type, tostring
local setmetatable, load = setmetatable, load
local collectgarbage = collectgarbage

local M = {}

-- A read-only view of t: writes are errors, the original stays untouched.
local function readonly(t, name)
  return setmetatable({}, {
    __index = function(_, k)
      local v = t[k]
      if v == nil then
        error(name .. "." .. tostring(k) .. " is not available in the sandbox", 2)
      end
      return v
    end,
    __newindex = function(_, k)
      error("cannot change " .. name .. "." .. tostring(k) .. " in the sandbox", 2)
    end,
    __metatable = false,
  })
end

-- The functions of a library, minus those named in `drop`.
local function pick(lib, drop)
  local t = {}
  for k, v in pairs(lib) do
    if not (drop and drop[k]) then t[k] = v end
  end
  return t
end

local SAFE = {
  "assert", "error", "ipairs", "next", "pairs", "pcall", "print", "rawequal",
  "rawget", "rawlen", "rawset", "select", "setmetatable", "getmetatable",
  "tonumber", "tostring", "type", "xpcall", "_VERSION",
}

local MODULES = {lpeg = true, re = true, cjson = true}

-- Strings share one metatable, whose __index is the real string library:
-- lock it, so that a sandboxed script cannot reach or change it.
getmetatable("").__metatable = false

function M.new()
  local env = {}
  for _, name in ipairs(SAFE) do env[name] = _G[name] end
  env.string = readonly(pick(string, {dump = true}), "string")
  env.table = readonly(pick(table), "table")
  env.math = readonly(pick(math), "math")
  env.utf8 = readonly(pick(utf8), "utf8")
  env.coroutine = readonly(pick(coroutine), "coroutine")
  env.os = readonly({clock = os.clock, date = os.date, time = os.time,
                     difftime = os.difftime}, "os")
  env.cable = readonly(cable, "cable")
  -- the backtrack stack of LPeg keeps its bound: no setmaxstack
  env.lpeg = readonly(pick(lpeg, {setmaxstack = true}), "lpeg")
  env.re = readonly(re, "re")
  env.cjson = readonly(cjson, "cjson")
  env.require = function(name)
    if type(name) ~= "string" then error("require: module name expected", 2) end
    if MODULES[name] then return env[name] end
    if name == "cable" then return env.cable end
    if name:match("^cable%.[%w_]+$") and name ~= "cable.sandbox" then
      return readonly(require(name), name)
    end
    error("require '" .. name .. "': not allowed in the sandbox", 2)
  end
  env.load = function(chunk, name, _, chunk_env)
    return load(chunk, name, "t", chunk_env or env)
  end
  env.collectgarbage = function(opt, ...)
    if opt == "count" or opt == nil or opt == "collect" or opt == "step" then
      return collectgarbage(opt, ...)
    end
    error("collectgarbage('" .. tostring(opt) .. "'): not allowed in the sandbox", 2)
  end
  env._G = env
  return setmetatable(env, {
    __index = function(_, k)
      error("unknown global '" .. tostring(k) .. "'", 2)
    end,
    __metatable = false,
  })
end

-- A document the sandboxed script may read and not change: a proxy that
-- reads through to the table (and its methods), with proxies for the
-- tables inside it, made when first reached.
local proxies = setmetatable({}, {__mode = "k"})
local function protect(t)
  if type(t) ~= "table" then return t end
  local p = proxies[t]
  if p then return p end
  p = setmetatable({}, {
    __index = function(_, k) return protect(t[k]) end,
    __newindex = function(_, k)
      error("cannot change a document in the sandbox (field '" .. tostring(k) .. "')", 2)
    end,
    __len = function() return #t end,
    __pairs = function()
      return function(_, k)
        local nk, v = next(t, k)
        return nk, protect(v)
      end, t, nil
    end,
    __metatable = false,
  })
  proxies[t] = p
  return p
end
M.protect = protect

M.readonly = readonly
return M
