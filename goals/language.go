package goals

import (
	"strings"

	"github.com/mentorkit/mentorkit/internal/enum"
	"github.com/mentorkit/mentorkit/internal/words"
)

// Language is the language of a goal's text and of the messages about it.
type Language uint8

// The languages. The zero value, Auto, is unset: it means detect the
// language from the text (see [DetectLanguage]).
const (
	Auto    Language = iota // unset: detect from the text
	English                 // "en"
	Dutch                   // "nl"
)

var languageTable = enum.New[Language]("language", "", "en", "nl")

// String returns the JSON name: "en", "nl", or "unset" for Auto.
func (l Language) String() string { return languageTable.String(l) }

// MarshalText returns the JSON name ("" for Auto); undeclared values are
// errors wrapping [ErrUnknownEnum].
func (l Language) MarshalText() ([]byte, error) { return languageTable.Marshal(l) }

// UnmarshalText parses a name case-insensitively; unknown names are errors
// wrapping [ErrUnknownEnum].
func (l *Language) UnmarshalText(text []byte) error { return languageTable.Unmarshal(text, l) }

// Function words that are frequent in goal texts of one language and rare
// in the other, folded. Words shared by both languages (in, is, per, over,
// week) are left out.
var (
	dutchMarkers = set("de", "het", "een", "en", "ik", "wil", "van", "op", "te", "voor", "met",
		"naar", "mijn", "zijn", "dat", "die", "niet", "aan", "om", "worden", "wordt", "bij",
		"ook", "nog", "uit", "binnen", "elk", "elke", "keer", "maand", "jaar", "uur", "na",
		"door", "wanneer", "eind", "uiterlijk", "onze", "ons", "je", "jouw", "wij", "we", "gaat")
	englishMarkers = set("the", "a", "an", "and", "i", "will", "to", "of", "on", "for", "with",
		"my", "be", "that", "not", "at", "by", "from", "this", "every", "than", "our", "your",
		"it", "its", "as", "or", "before", "after", "under", "within", "month", "year", "hour",
		"end", "latest", "we", "get", "do", "become", "least", "about", "up", "out", "into", "more", "new",
		"time", "make", "take", "give", "keep", "work", "skills", "goals", "how", "what")
)

// set builds a string set.
func set(items ...string) map[string]bool {
	m := make(map[string]bool, len(items))
	for _, s := range items {
		m[s] = true
	}
	return m
}

// DetectLanguage guesses whether text is Dutch or English. It scores each
// word: function words count twice (de, het, een, ik, wil, van; the, a,
// and, my, to, of), as do the linter's vague words and number words of
// each language; a word that is no function word counts once by its
// morphology: Dutch letter sequences and endings (ij, aa, uu, oe, sch,
// cht, -heid, -lijk, -tie, -baar, -isch, -eren, an infinitive or plural in
// -en, a participle ge…d/t) against English ones (th, wh, sh, -tion,
// ough, igh, y, -ly, -ed, -ness, -ful, -ship, -ise/-ize). Short goals
// without function words ("Excel cursus volgen") are decided by the
// morphology, plus one for Dutch for each infinitive that ends the text
// or a clause (Dutch goals end in the verb). The abbreviations both
// languages use (tbd, asap) count for neither. When the scores tie, the letters j, v and z (frequent in
// Dutch) are weighed against w, c, y and q (English); a tie after that,
// including a text without words, is English. The guess is meant for goal
// texts of a few words to a few sentences.
func DetectLanguage(text string) Language {
	var nl, en int
	toks := words.Tokens(text)
	for _, t := range toks {
		n, e := wordScore(t.Text)
		nl += n
		en += e
	}
	// Dutch goals end in the verb: "Opleiding afronden", "Onboarding
	// opzetten, deadline TBD".
	for i, t := range toks {
		end := i+1 == len(toks) || toks[i+1].AfterPunct
		if w := t.Text; end && i > 0 && len(w) >= 4 && strings.HasSuffix(w, "en") && !englishEn[w] {
			nl++
		}
	}
	nl += 2 * countVague(text, dutch.verbs, dutch.deadlines, dutch.owners)
	en += 2 * countVague(text, english.verbs, english.deadlines, english.owners)
	if nl == en {
		f := words.Fold(text)
		nl = strings.Count(f, "j") + strings.Count(f, "v") + strings.Count(f, "z")
		en = strings.Count(f, "w") + strings.Count(f, "c") + strings.Count(f, "y") + strings.Count(f, "q")
	}
	if nl > en {
		return Dutch
	}
	return English
}

// countVague counts the vague phrases of text that the matchers find,
// except the abbreviations both languages use (tbd, asap).
func countVague(text string, ms ...*words.Matcher) int {
	n := 0
	for _, m := range ms {
		for _, mt := range m.FindAll(text) {
			f := strings.NewReplacer(".", "", " ", "").Replace(words.Fold(text[mt.Start:mt.End]))
			if !strings.Contains(f, "tbd") && !strings.Contains(f, "asap") {
				n++
			}
		}
	}
	return n
}

// wordScore scores one folded word for Dutch and English.
func wordScore(w string) (nl, en int) {
	fn, fe := dutchMarkers[w] || dutch.numberWords[w], englishMarkers[w] || english.numberWords[w]
	if fn || fe {
		if fn {
			nl = 2
		}
		if fe {
			en = 2
		}
		return nl, en
	}
	if len(w) < 3 {
		return 0, 0
	}
	dn := containsAny(w, "ij", "aa", "uu", "oe", "sch", "cht", "heid", "lijk", "schap", "ieu", "eeu") ||
		hasSuffix(w, "tie", "teit", "baar", "isch", "eren", "'s") ||
		(len(w) >= 5 && strings.HasSuffix(w, "en") && !englishEn[w]) ||
		(len(w) >= 6 && strings.HasPrefix(w, "ge") && hasSuffix(w, "d", "t"))
	de := containsAny(w, "th", "wh", "sh", "tion", "ough", "igh", "y", "ea") ||
		hasSuffix(w, "ly", "ed", "ness", "ful", "ship", "ise", "ize", "ity", "ous", "ive", "ings", "ble")
	switch {
	case dn && !de:
		return 1, 0
	case de && !dn:
		return 0, 1
	}
	return 0, 0
}

// englishEn are English words of five letters or more ending in -en.
var englishEn = set("often", "between", "children", "women", "kitchen", "garden", "golden", "listen",
	"happen", "happens", "shorten", "strengthen", "written", "given", "taken", "broken", "chosen", "eleven",
	"seven", "screen", "green", "token", "hidden", "open", "widen", "soften", "threaten", "frozen", "proven",
	"driven", "fifteen", "thirteen", "fourteen", "sixteen", "seventeen", "eighteen", "nineteen", "queen",
	"citizen", "dozen", "sudden", "burden", "wooden", "linen", "spoken", "stolen", "fallen", "forgotten",
	"beaten", "eaten", "gotten", "tighten", "lighten", "loosen", "deepen", "broaden", "sharpen", "lengthen",
	"awaken", "harden", "flatten", "fasten", "moisten", "lessen", "worsen")

// containsAny reports whether s contains any of subs.
func containsAny(s string, subs ...string) bool {
	for _, x := range subs {
		if strings.Contains(s, x) {
			return true
		}
	}
	return false
}

// hasSuffix reports whether s ends with any of sufs.
func hasSuffix(s string, sufs ...string) bool {
	for _, x := range sufs {
		if strings.HasSuffix(s, x) {
			return true
		}
	}
	return false
}
