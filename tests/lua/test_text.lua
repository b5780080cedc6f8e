-- cable.text: sentences and words as the genre writes them.
local text = cable.text

local function texts(list)
  local out = {}
  for i, s in ipairs(list) do out[i] = s.text end
  return out
end

local s = texts(text.sentences(
  "Mr. Soong saw Stalin, i. e., the Marshal, tonight. The U. S. Government agrees. " ..
  "See my No. 300 of May 8, 4 p.m. Stalin insists. He met Gen. Hurley at 5 p. m. " ..
  "Nothing followed! Did he? “Yes.” (Signed) J. S. Black."))
check("count", #s, 9)
check("1", s[1], "Mr. Soong saw Stalin, i. e., the Marshal, tonight.")
check("2", s[2], "The U. S. Government agrees.")
check("3", s[3], "See my No. 300 of May 8, 4 p.m.")
check("4", s[4], "Stalin insists.")
check("5", s[5], "He met Gen. Hurley at 5 p. m.")
check("6", s[6], "Nothing followed!")
check("7", s[7], "Did he?")
check("8", s[8], "“Yes.”")
check("9", s[9], "(Signed) J. S. Black.")
check("telegram number", text.sentences("2771. Molotov came. He left.")[1].text, "2771. Molotov came.")

local one = text.sentences("No full stop at the end")
check("unterminated", one[1].text, "No full stop at the end")
check("first", one[1].first, 1)
check("last", one[1].last, 23)
check("empty", #text.sentences(""), 0)

local w = text.words("Stalin’s 761.93/7–1245, Austria-Hungary; p.m. naïve")
check("words", #w, 6)
check("w1", w[1].text, "Stalin’s")
check("w2", w[2].text, "761.93")
check("w3", w[3].text, "7–1245")
check("w4", w[4].text, "Austria-Hungary")
check("w5", w[5].text, "p.m")
check("w6", w[6].text, "naïve")
check("offsets", w[4].first, ("Stalin’s 761.93/7–1245, "):len() + 1)

check("width", text.width("naïve—x"), 7)
check("head", text.head("naïve text", 4), "naïv")
check("tail", text.tail("naïve text", 4), "text")
check("head short", text.head("ab", 4), "ab")
