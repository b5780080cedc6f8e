-- Document()/Finish(): counts paragraphs and prints its own argument.
local n, docs = 0, 0
function Document(doc)
  docs = docs + 1
  n = n + #doc.paragraphs
end
function Finish()
  print(("%d documents, %d paragraphs, arg %s"):format(docs, n, arg[1]))
end
