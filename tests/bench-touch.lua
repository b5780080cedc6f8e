-- make bench: touch every paragraph's text of every document.
local bytes, words = 0, 0
function Document(doc)
  for _, p in ipairs(doc.paragraphs) do
    bytes = bytes + #p.text
    for _ in p.text:gmatch("%S+") do words = words + 1 end
  end
end
function Finish()
  print(bytes, words)
end
