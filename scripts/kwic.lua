-- kwic: keyword in context, for a word or an LPeg re pattern
--
-- usage: cable report kwic --pattern PATTERN [-o FORMAT] [--width N] [--sort ORDER] [FILE|DIR|-]...
--
-- Each hit of PATTERN (a `re` pattern such as "'Dairen'" or
-- "'insist' %a*", or a plain word) with the words on its left and right,
-- aligned on the keyword, and where it stands.
--
-- options:
--   --pattern PATTERN   what to look for (required)
--   --width N           characters on each side (default 40)
--   --sort ORDER        position (default), left (by the words before) or right

local opts = cable.getopt(arg, {pattern = "", width = 40, sort = "position"})
if opts.pattern == "" then cable.usage("kwic needs --pattern (see cable report kwic --help)") end
if opts.sort ~= "position" and opts.sort ~= "left" and opts.sort ~= "right" then
  cable.usage("--sort must be position, left or right")
end

local rows, paths = {}, {}

-- the words before the keyword, nearest first: the key to sort by the left
local function left_key(s)
  local words = {}
  for w in s:lower():gmatch("%S+") do table.insert(words, 1, w) end
  return table.concat(words, " ")
end

function Document(doc)
  paths[#paths + 1] = doc.path
  for _, k in ipairs(doc:kwic(opts.pattern, opts.width)) do
    rows[#rows + 1] = {left = k.left, keyword = k.keyword, right = k.right,
                       ref = doc:ref(k.paragraph, k.page), line = k.line, path = doc.path,
                       order = #rows + 1}
  end
end

function Finish()
  if opts.sort == "left" then
    table.sort(rows, function(a, b)
      local x, y = left_key(a.left), left_key(b.left)
      if x ~= y then return x < y end
      return a.order < b.order
    end)
  elseif opts.sort == "right" then
    table.sort(rows, function(a, b)
      local x, y = a.right:lower(), b.right:lower()
      if x ~= y then return x < y end
      return a.order < b.order
    end)
  end
  local columns = {"ref", "line", "left", "keyword", "right"}
  if #paths > 1 then columns[#columns + 1] = "path" end
  cable.output(rows, {columns = columns})
end
