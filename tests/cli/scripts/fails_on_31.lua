-- Fails on one document: with --keep-going the others still print.
function Document(doc)
  if doc.number == 31 then error("cannot read No. 31") end
  print(doc.number)
end
