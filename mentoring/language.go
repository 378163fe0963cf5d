package mentoring

import (
	"strings"

	"github.com/mentorkit/mentorkit/internal/words"
	"golang.org/x/text/language"
)

// Language is a language as a BCP 47 tag in canonical form ("nl",
// "nl-BE", "en-GB"). Build one with [ParseLanguage]; the zero Language is
// unset. Two people share a language when their languages have the same
// [Language.Base]: "nl-BE" shares with "nl". A Language is a comparable
// value; it marshals to JSON as its tag and parses back with
// ParseLanguage.
type Language struct {
	tag string
}

// ParseLanguage reads a language given as a BCP 47 tag, ignoring case
// and accepting "_" for "-" ("NL", "nl-BE", "en_gb", the ISO 639-2 codes
// "nld" and "dut"), or as a name in English, Dutch or the language itself,
// ignoring case, accents and the spacing between words ("Dutch",
// "Nederlands", "nederlands", "Engels", "Deutsch", "русский"). The names
// of about fifty languages of European workplaces are known (see
// [Language.Name]); "Vlaams" and "Flemish" are Dutch as spoken in Belgium,
// nl-BE.
//
// Tags are checked against the IANA language subtag registry (through
// golang.org/x/text/language): a well-formed tag of an unknown language
// ("xx"), "und", private-use tags and anything that is neither a tag nor a
// known name ("klingon", a name in another script than its table entry)
// is a *FieldError with code "unknownLanguage" wrapping ErrUnknownLanguage,
// its Field and ID empty (Person.Validate fills them). It never panics.
func ParseLanguage(s string) (Language, error) {
	if l, ok := parseTag(s); ok {
		return l, nil
	}
	if tag, ok := languageByName[nameKey(s)]; ok && tag != "" {
		return Language{tag: tag}, nil
	}
	return Language{}, msgUnknownLanguage.At("", s)
}

// maxLanguageLen bounds the input read as a tag: the longest tags in use
// are well under it.
const maxLanguageLen = 64

func parseTag(s string) (Language, bool) {
	if s == "" || len(s) > maxLanguageLen {
		return Language{}, false
	}
	tag, err := language.Parse(s)
	if err != nil || tag == language.Und {
		return Language{}, false
	}
	base, conf := tag.Base()
	if conf != language.Exact || isPrivateUse(base.String()) {
		return Language{}, false
	}
	return Language{tag: tag.String()}, true
}

// isPrivateUse reports the ISO 639 private-use range qaa–qtz.
func isPrivateUse(b string) bool { return len(b) == 3 && b >= "qaa" && b <= "qtz" }

// nameKey folds a language name: its words, lower-cased, without Latin
// accents, joined by one space.
func nameKey(s string) string {
	toks := words.Tokens(s)
	parts := make([]string, len(toks))
	for i, t := range toks {
		parts[i] = t.Text
	}
	return strings.Join(parts, " ")
}

// String returns the tag ("nl-BE"), or "" for the zero Language.
func (l Language) String() string { return l.tag }

// IsZero reports whether l is the zero, unset Language.
func (l Language) IsZero() bool { return l.tag == "" }

// Base returns the language without region, script or variant, and an
// individual language of a macrolanguage as the macrolanguage (IANA
// registry): "nl" for "nl-BE", "sr" for "sr-Latn", "no" for "nb"
// (Bokmål), "zh" for "cmn" (Mandarin), "ar" for "arb". Two people share a
// language when their bases are equal. The zero Language gives itself.
func (l Language) Base() Language {
	if l.tag == "" {
		return l
	}
	tag, err := language.Macro.Parse(l.tag)
	if err != nil {
		return l
	}
	b, _ := tag.Base()
	return Language{tag: b.String()}
}

// Name returns the language's name in English, or in Dutch when dutch is
// true ("Dutch", "Nederlands"), from the names table by its base
// language; a language outside the table gives its tag.
func (l Language) Name(dutch bool) string {
	n, ok := languageNames[l.Base().tag]
	switch {
	case !ok:
		return l.tag
	case dutch:
		return n.nl
	}
	return n.en
}

// MarshalText implements encoding.TextMarshaler: the tag.
func (l Language) MarshalText() ([]byte, error) { return []byte(l.tag), nil }

// UnmarshalText implements encoding.TextUnmarshaler with ParseLanguage;
// "" gives the zero Language. On error l is unchanged.
func (l *Language) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*l = Language{}
		return nil
	}
	p, err := ParseLanguage(string(b))
	if err != nil {
		return err
	}
	*l = p
	return nil
}

// LanguageTags returns the person's Languages read by [ParseLanguage], in
// order: the normalised form ("Dutch" → nl, "EN_gb" → en-GB). Languages
// that do not parse are *FieldErrors naming the person's ID and the entry
// ("languages[2]"), joined; the others are still returned.
func (p Person) LanguageTags() ([]Language, error) {
	var v validator
	defer v.about(p.ID)()
	out := make([]Language, 0, len(p.Languages))
	for i, s := range p.Languages {
		l, err := ParseLanguage(s)
		if err != nil {
			v.errs = append(v.errs, placed(err, index("languages", i), p.ID))
			continue
		}
		out = append(out, l)
	}
	return out, v.err()
}

// checkLanguages reports, for each language, one without a word, one
// that repeats an earlier one as a term ("nl", "NL"), one that is not a
// language ("klingon"), and one that reads as the same tag as an earlier
// one ("nl", "Dutch").
func (p Person) checkLanguages(v *validator, path string) {
	bad := len(v.errs)
	v.uniqueTexts(path, "languages", p.Languages)
	reported := map[string]bool{}
	for _, e := range v.errs[bad:] {
		if fe, ok := e.(*FieldError); ok {
			reported[fe.Field] = true
		}
	}
	var seen []Language // small lists: a scan beats a map
	for i, s := range p.Languages {
		where := index(field(path, "languages"), i)
		if reported[where] {
			seen = append(seen, Language{})
			continue
		}
		l, err := ParseLanguage(s)
		if err != nil {
			v.errs = append(v.errs, placed(err, where, v.id))
		} else if j := indexOf(seen, l); j >= 0 {
			v.add(where, s, msgDuplicate, index(field(path, "languages"), j))
		}
		seen = append(seen, l)
	}
}

// indexOf returns the index of the first l in list, or -1; the zero
// Language matches nothing.
func indexOf(list []Language, l Language) int {
	for i, x := range list {
		if x == l && !l.IsZero() {
			return i
		}
	}
	return -1
}
