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
		"end", "latest", "we", "get", "do", "become", "least")
)

// set builds a string set.
func set(items ...string) map[string]bool {
	m := make(map[string]bool, len(items))
	for _, s := range items {
		m[s] = true
	}
	return m
}

// DetectLanguage guesses whether text is Dutch or English. It counts the
// words of text that are typical of each language: function words (de,
// het, een, ik, wil, van; the, a, and, my, to, of), then the vague words
// and number words of the linter, and, when the counts tie, letter
// sequences typical of Dutch (ij, oe, aa, sch, uu) against English (th, wh,
// ck, ing). A tie after that, including a text without words, is English.
// The guess is meant for goal texts of a few words to a few sentences, not
// for mixed-language text.
func DetectLanguage(text string) Language {
	var nl, en int
	for _, t := range words.Tokens(text) {
		if dutchMarkers[t.Text] || dutch.numberWords[t.Text] {
			nl++
		}
		if englishMarkers[t.Text] || english.numberWords[t.Text] {
			en++
		}
	}
	nl += len(dutch.verbs.FindAll(text)) + len(dutch.deadlines.FindAll(text)) + len(dutch.owners.FindAll(text))
	en += len(english.verbs.FindAll(text)) + len(english.deadlines.FindAll(text)) + len(english.owners.FindAll(text))
	if nl != en {
		if nl > en {
			return Dutch
		}
		return English
	}
	f := words.Fold(text)
	for _, p := range []string{"ij", "oe", "aa", "sch", "uu"} {
		nl += strings.Count(f, p)
	}
	for _, p := range []string{"th", "wh", "ck", "ing"} {
		en += strings.Count(f, p)
	}
	if nl > en {
		return Dutch
	}
	return English
}
