package mentoring

// languageName is one entry of the names table: the language's English
// and Dutch names and the names it is also known by (its own name first).
type languageName struct {
	en, nl string
	other  []string
}

// languageNames are the languages most spoken in European workplaces,
// Dutch ones in particular: the EU's 24 official languages, the other
// languages of Europe's states, and the largest languages of migration to
// the Netherlands and Belgium (Turkish, Arabic, Berber, Papiamento, Sranan
// Tongo, Polish, …), keyed by BCP 47 base tag. Names are as Wikipedia's
// English and Dutch articles title them, native names as the language
// writes itself.
var languageNames = map[string]languageName{
	"am":  {"Amharic", "Amhaars", []string{"አማርኛ"}},
	"ar":  {"Arabic", "Arabisch", []string{"العربية"}},
	"be":  {"Belarusian", "Wit-Russisch", []string{"беларуская", "Belarussisch"}},
	"bg":  {"Bulgarian", "Bulgaars", []string{"български"}},
	"bn":  {"Bengali", "Bengaals", []string{"বাংলা", "Bangla"}},
	"bs":  {"Bosnian", "Bosnisch", []string{"bosanski"}},
	"ca":  {"Catalan", "Catalaans", []string{"català"}},
	"cs":  {"Czech", "Tsjechisch", []string{"čeština"}},
	"cy":  {"Welsh", "Welsh", []string{"Cymraeg", "Wels"}},
	"da":  {"Danish", "Deens", []string{"dansk"}},
	"de":  {"German", "Duits", []string{"Deutsch"}},
	"el":  {"Greek", "Grieks", []string{"ελληνικά"}},
	"en":  {"English", "Engels", nil},
	"es":  {"Spanish", "Spaans", []string{"español", "castellano", "Castilian"}},
	"et":  {"Estonian", "Estisch", []string{"eesti"}},
	"eu":  {"Basque", "Baskisch", []string{"euskara"}},
	"fa":  {"Persian", "Perzisch", []string{"فارسی", "Farsi"}},
	"fi":  {"Finnish", "Fins", []string{"suomi"}},
	"fil": {"Filipino", "Filipijns", []string{"Tagalog"}},
	"fr":  {"French", "Frans", []string{"français"}},
	"fy":  {"Frisian", "Fries", []string{"Frysk", "West Frisian", "Westerlauwers Fries"}},
	"ga":  {"Irish", "Iers", []string{"Gaeilge"}},
	"gl":  {"Galician", "Galicisch", []string{"galego"}},
	"he":  {"Hebrew", "Hebreeuws", []string{"עברית"}},
	"hi":  {"Hindi", "Hindi", []string{"हिन्दी"}},
	"hr":  {"Croatian", "Kroatisch", []string{"hrvatski"}},
	"hu":  {"Hungarian", "Hongaars", []string{"magyar"}},
	"hy":  {"Armenian", "Armeens", []string{"հայերեն"}},
	"id":  {"Indonesian", "Indonesisch", []string{"Bahasa Indonesia"}},
	"is":  {"Icelandic", "IJslands", []string{"íslenska"}},
	"it":  {"Italian", "Italiaans", []string{"italiano"}},
	"ja":  {"Japanese", "Japans", []string{"日本語"}},
	"ka":  {"Georgian", "Georgisch", []string{"ქართული"}},
	"ko":  {"Korean", "Koreaans", []string{"한국어"}},
	"ku":  {"Kurdish", "Koerdisch", []string{"Kurdî"}},
	"lb":  {"Luxembourgish", "Luxemburgs", []string{"Lëtzebuergesch"}},
	"lt":  {"Lithuanian", "Litouws", []string{"lietuvių"}},
	"lv":  {"Latvian", "Lets", []string{"latviešu"}},
	"mk":  {"Macedonian", "Macedonisch", []string{"македонски"}},
	"mt":  {"Maltese", "Maltees", []string{"Malti"}},
	"nl":  {"Dutch", "Nederlands", nil},
	"no":  {"Norwegian", "Noors", []string{"norsk"}},
	"pa":  {"Punjabi", "Punjabi", []string{"ਪੰਜਾਬੀ"}},
	"pap": {"Papiamento", "Papiaments", []string{"Papiamentu"}},
	"pl":  {"Polish", "Pools", []string{"polski"}},
	"ps":  {"Pashto", "Pasjtoe", []string{"پښتو"}},
	"pt":  {"Portuguese", "Portugees", []string{"português"}},
	"ro":  {"Romanian", "Roemeens", []string{"română"}},
	"ru":  {"Russian", "Russisch", []string{"русский"}},
	"sk":  {"Slovak", "Slowaaks", []string{"slovenčina"}},
	"sl":  {"Slovenian", "Sloveens", []string{"slovenščina", "Slovene"}},
	"so":  {"Somali", "Somalisch", []string{"Soomaali"}},
	"sq":  {"Albanian", "Albanees", []string{"shqip"}},
	"sr":  {"Serbian", "Servisch", []string{"српски", "srpski"}},
	"srn": {"Sranan Tongo", "Sranantongo", []string{"Surinaams"}},
	"sv":  {"Swedish", "Zweeds", []string{"svenska"}},
	"sw":  {"Swahili", "Swahili", []string{"Kiswahili"}},
	"ta":  {"Tamil", "Tamil", []string{"தமிழ்"}},
	"th":  {"Thai", "Thai", []string{"ไทย"}},
	"ti":  {"Tigrinya", "Tigrinya", []string{"ትግርኛ"}},
	"tr":  {"Turkish", "Turks", []string{"Türkçe"}},
	"uk":  {"Ukrainian", "Oekraïens", []string{"українська"}},
	"ur":  {"Urdu", "Urdu", []string{"اردو"}},
	"vi":  {"Vietnamese", "Vietnamees", []string{"Tiếng Việt"}},
	"yo":  {"Yoruba", "Yoruba", []string{"Yorùbá"}},
	"zgh": {"Berber", "Berbers", []string{"Tamazight", "ⵜⴰⵎⴰⵣⵉⵖⵜ", "Amazigh"}},
	"zh":  {"Chinese", "Chinees", []string{"中文", "Mandarin"}},
}

// languageAliases are names that mean a regional form: Flemish is Dutch as
// spoken in Belgium.
var languageAliases = map[string]string{
	"Vlaams":  "nl-BE",
	"Flemish": "nl-BE",
}

// languageByName maps the folded name key of every name in the tables to
// its tag. A key two languages share maps to "" and is refused.
var languageByName = func() map[string]string {
	m := map[string]string{}
	put := func(name, tag string) {
		k := nameKey(name)
		if old, ok := m[k]; ok && old != tag {
			tag = ""
		}
		m[k] = tag
	}
	for tag, n := range languageNames {
		put(n.en, tag)
		put(n.nl, tag)
		for _, o := range n.other {
			put(o, tag)
		}
	}
	for name, tag := range languageAliases {
		put(name, tag)
	}
	return m
}()
