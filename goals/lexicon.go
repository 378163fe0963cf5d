package goals

import "github.com/mentorkit/mentorkit/internal/words"

// lexicon holds the linter's word lists for one language. The phrases are
// matched as whole words, case- and accent-insensitively, by internal/words.
type lexicon struct {
	verbs, deadlines, owners *words.Matcher
	// numberWords are written-out numbers (folded). "een" is not among them
	// (it is the Dutch article); see isNumberToken.
	numberWords map[string]bool
}

// The vague phrases. The lists (improve, better, more, enhance, work
// on; verbeteren, beter, meer, proberen, werken aan, streven naar, and the
// deadlines and owners) plus their usual inflections and a few synonyms.
var (
	englishVagueVerbs = []string{"improve", "improves", "improving", "better", "more",
		"enhance", "enhances", "enhancing", "work on", "working on", "try to", "strive to",
		"strengthen", "improved", "work towards", "working towards", "work toward", "less", "fewer",
		"more often"}
	englishVagueDeadlines = []string{"as soon as possible", "asap", "a.s.a.p.", "in the near future",
		"over time", "soon", "eventually", "ongoing", "at some point", "when possible",
		"deadline tbd", "deadline t.b.d.", "deadline to be determined", "deadline unknown", "due date tbd",
		"no deadline yet", "date tbd"}
	englishVagueOwners = []string{"the team will", "the team is going to", "to be determined",
		"tbd", "t.b.d.", "somebody will", "someone will"}

	dutchVagueVerbs = []string{"verbeteren", "verbeter", "verbetert", "beter", "betere",
		"meer", "proberen", "probeer", "probeert", "werken aan", "werk aan", "streven naar",
		"streef naar", "versterken", "vaker", "verbeterd", "minder", "streeft naar",
		"werkt aan", "verbeterde"}
	dutchVagueDeadlines = []string{"zo snel mogelijk", "zo spoedig mogelijk", "z.s.m.", "zsm",
		"op termijn", "op korte termijn", "te zijner tijd", "t.z.t.", "binnenkort", "doorlopend",
		"in de nabije toekomst", "ooit",
		"deadline tbd", "deadline n.t.b.", "deadline ntb", "deadline nog onbekend", "deadline onbekend",
		"deadline nog niet bekend", "deadline volgt", "nog geen deadline", "datum n.t.b.", "datum volgt"}
	dutchVagueOwners = []string{"het team gaat", "het team zal", "wordt opgepakt",
		"worden opgepakt", "nader te bepalen", "nog te bepalen", "n.t.b.", "ntb",
		"iemand gaat", "iemand zal"}
)

var (
	english = lexicon{
		verbs:     words.MustNewMatcher(englishVagueVerbs...),
		deadlines: words.MustNewMatcher(englishVagueDeadlines...),
		owners:    words.MustNewMatcher(englishVagueOwners...),
		numberWords: set("one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
			"ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
			"eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
			"eighty", "ninety", "hundred", "thousand", "dozen", "once", "twice"),
	}
	dutch = lexicon{
		verbs:     words.MustNewMatcher(dutchVagueVerbs...),
		deadlines: words.MustNewMatcher(dutchVagueDeadlines...),
		owners:    words.MustNewMatcher(dutchVagueOwners...),
		numberWords: set("twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien",
			"elf", "twaalf", "dertien", "veertien", "vijftien", "zestien", "zeventien", "achttien",
			"negentien", "twintig", "dertig", "veertig", "vijftig", "zestig", "zeventig",
			"tachtig", "negentig", "honderd", "duizend", "eenmaal", "tweemaal", "driemaal"),
	}
)

// Both languages' lists apply to every text: mentees mix them ("mijn
// portfolio asap afronden").
var (
	anyVerbs     = words.MustNewMatcher(append(append([]string(nil), englishVagueVerbs...), dutchVagueVerbs...)...)
	anyDeadlines = words.MustNewMatcher(append(append([]string(nil), englishVagueDeadlines...), dutchVagueDeadlines...)...)
	anyOwners    = words.MustNewMatcher(append(append([]string(nil), englishVagueOwners...), dutchVagueOwners...)...)
)

// splitVerbs are Dutch verbs whose particle may stand apart from them in
// the clause: "aan mijn presentaties werken", "naar balans streven".
var splitVerbs = map[string]map[string]bool{
	"aan":  set("werken", "werk", "werkt", "gewerkt"),
	"naar": set("streven", "streef", "streeft", "gestreefd"),
}

// Words that the quantity and date rules look at, folded, in both languages
// (people mix them: "by 1 maart").
var (
	// monthNames are unambiguous month names: a date on their own.
	monthNames = set("januari", "februari", "maart", "april", "mei", "juni", "juli",
		"augustus", "september", "oktober", "november", "december", "january", "february",
		"june", "july", "august", "october")
	// monthNamesNearNumber are months only next to a number ("1 May 2026",
	// "March 3"): "may" and "march" are also verbs, the rest abbreviations.
	monthNamesNearNumber = set("may", "march", "jan", "feb", "mrt", "mar", "apr", "jun", "jul",
		"aug", "sep", "sept", "okt", "oct", "nov", "dec")
	// spanUnits are time spans: "6 weken", "3 months" set a deadline, not a
	// size.
	spanUnits = set("dag", "dagen", "week", "weken", "maand", "maanden", "jaar", "jaren",
		"kwartaal", "kwartalen", "day", "days", "weeks", "month", "months", "year", "years",
		"quarter", "quarters", "sprint", "sprints")
	// periodMarkers are dates when followed by a number ("week 12", "wk 12"),
	// unless a frequencyWord precedes them: in "elke week 2 artikelen" the
	// number counts articles.
	periodMarkers  = set("week", "wk")
	frequencyWords = set("elke", "iedere", "per", "every", "each", "a")
	// quarters are dates on their own ("Q3", "H1").
	quarters = set("q1", "q2", "q3", "q4", "h1", "h2")
	// notUnits are words that may follow a number without being its unit.
	notUnits = set("the", "of", "and", "or", "to", "in", "at", "by", "for", "on", "per", "a",
		"an", "van", "de", "het", "en", "tot", "naar", "op", "voor", "met", "aan", "een", "is",
		"are", "zijn", "om", "te")
	// comparatives may stand between a number and its unit ("20 more tickets").
	comparatives = set("more", "less", "fewer", "extra", "meer", "minder")
	fromWords    = set("from", "van")
	toWords      = set("to", "naar", "tot")
	// ordinalSuffixes turn "1st", "2nd", "3e", "4de" into numbers.
	ordinalSuffixes = set("st", "nd", "rd", "th", "e", "de", "ste")
)
