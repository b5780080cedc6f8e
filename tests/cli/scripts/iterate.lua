-- A script that reads the documents itself.
for doc in cable.documents() do
  print(doc.index, doc.number, doc.dateline and doc.dateline.date)
end
