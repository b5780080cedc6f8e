-- cable.places: a gazetteer of the places the Foreign Relations volumes
-- of the period name most: countries and capitals, regions, ports and
-- cities, as they were written then (Peking, Peiping, Constantinople).
-- Data only: a list of names; cable.entities finds them in the text.

return {
  -- countries and empires
  "Afghanistan", "Albania", "Argentina", "Australia", "Austria", "Austria-Hungary",
  "Belgium", "Bolivia", "Brazil", "Bulgaria", "Burma", "Canada", "Ceylon", "Chile", "China",
  "Colombia", "Costa Rica", "Cuba", "Czechoslovakia", "Denmark", "Dominican Republic",
  "Ecuador", "Egypt", "El Salvador", "England", "Estonia", "Ethiopia", "Abyssinia",
  "Finland", "France", "Germany", "Great Britain", "Greece", "Guatemala", "Haiti",
  "Honduras", "Hungary", "Iceland", "India", "Indochina", "Iran", "Iraq", "Ireland",
  "Italy", "Japan", "Korea", "Latvia", "Lebanon", "Liberia", "Lithuania", "Luxembourg",
  "Manchukuo", "Mexico", "Mongolia", "Morocco", "Netherlands", "New Zealand", "Nicaragua",
  "Norway", "Palestine", "Panama", "Paraguay", "Persia", "Peru", "Philippines", "Poland",
  "Portugal", "Prussia", "Rumania", "Russia", "Saudi Arabia", "Scotland", "Serbia", "Siam",
  "Soviet Union", "Spain", "Sweden", "Switzerland", "Syria", "Transjordan", "Turkey",
  "Union of South Africa", "United Kingdom", "United States", "Uruguay", "Venezuela",
  "Yugoslavia",
  -- regions
  "Alsace-Lorraine", "Balkans", "Bessarabia", "Inner Mongolia", "Kwantung", "Manchuria",
  "Outer Mongolia", "Ruhr", "Saar", "Shantung", "Siberia", "Sinkiang", "Silesia", "Tibet",
  "Ukraine", "Formosa", "Hainan", "Sakhalin", "Kurile Islands", "Dardanelles", "Suez Canal",
  "Panama Canal", "Rhineland", "Danzig", "Memel", "Fiume", "Trieste", "Macedonia", "Yunnan",
  -- capitals and cities
  "Addis Ababa", "Ankara", "Athens", "Baghdad", "Belgrade", "Berlin", "Berne", "Bogotá",
  "Brussels", "Bucharest", "Budapest", "Buenos Aires", "Cairo", "Canton", "Caracas",
  "Chungking", "Constantinople", "Copenhagen", "Dairen", "Geneva", "Habana", "Hankow",
  "Harbin", "Helsinki", "Hong Kong", "Istanbul", "Jerusalem", "Kabul", "Kalgan", "Lima",
  "Lisbon", "London", "Madrid", "Managua", "Mexico City", "Montevideo", "Moscow", "Mukden",
  "Nanking", "Oslo", "Ottawa", "Paris", "Peiping", "Peking", "Petrograd", "Port Arthur",
  "Potsdam", "Prague", "Quito", "Rangoon", "Riga", "Rio de Janeiro", "Rome", "San José",
  "San Salvador", "Santiago", "Shanghai", "Sofia", "Stockholm", "Tangier", "Teheran",
  "The Hague", "Tientsin", "Tirana", "Tokyo", "Tsingtao", "Vienna", "Vladivostok", "Warsaw",
  "Washington", "Yalta", "Yenan", "Kovno", "Kaunas", "Tallinn", "Reval", "Versailles",
  "Locarno", "Genoa", "Lausanne", "Spa", "Brest-Litovsk", "Archangel", "Murmansk", "Omsk",
  "Irkutsk", "Chita", "Tegucigalpa", "Guatemala City", "Port-au-Prince", "Santo Domingo",
  "Asunción", "La Paz", "Panamá", "Monrovia", "Beirut", "Damascus", "Alexandria", "Tripoli",
}
