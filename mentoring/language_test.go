package mentoring

import (
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/mentorkit/mentorkit/internal/jsontest"
)

func TestParseLanguage(t *testing.T) {
	for _, c := range []struct{ in, tag, base string }{
		{"nl", "nl", "nl"},
		{"NL", "nl", "nl"},
		{"nl-BE", "nl-BE", "nl"},
		{"nl_be", "nl-BE", "nl"},
		{"nld", "nl", "nl"}, // ISO 639-2/T
		{"dut", "nl", "nl"}, // ISO 639-2/B
		{"Dutch", "nl", "nl"},
		{"Nederlands", "nl", "nl"},
		{"nederlands", "nl", "nl"},
		{"Vlaams", "nl-BE", "nl"},
		{"English", "en", "en"},
		{"Engels", "en", "en"},
		{"en-GB", "en-GB", "en"},
		{"Deutsch", "de", "de"},
		{"Français", "fr", "fr"},
		{"francais", "fr", "fr"},
		{"Türkçe", "tr", "tr"},
		{"Русский", "ru", "ru"},
		{"bahasa  indonesia", "id", "id"},
		{"Sranan Tongo", "srn", "srn"},
		{"Papiamentu", "pap", "pap"},
		{"sr-Latn", "sr-Latn", "sr"},
		{"iw", "he", "he"}, // the registry's deprecated code for Hebrew
		{"nb", "nb", "no"}, // Bokmål is Norwegian
		{"Norsk", "no", "no"},
		{"cmn", "cmn", "zh"}, // Mandarin is Chinese
		{"arb", "arb", "ar"},
	} {
		l, err := ParseLanguage(c.in)
		if err != nil || l.String() != c.tag || l.Base().String() != c.base {
			t.Errorf("ParseLanguage(%q) = %v (base %v), %v; want %s (base %s)", c.in, l, l.Base(), err, c.tag, c.base)
		}
	}
}

// TestParseLanguageBadInput: names nobody speaks, names in another script
// than the table's, unknown and private-use tags are FieldErrors.
func TestParseLanguageBadInput(t *testing.T) {
	for _, in := range []string{
		"klingon", "Klingon", "Недерландс", "Нидерландский", "xx", "und", "qaa", "x-private", "",
		"   ", "nl-", "Dutch, English", "Nederlandsch", strings.Repeat("a", 200), "\xff\xfe",
	} {
		l, err := ParseLanguage(in)
		var fe *FieldError
		if !errors.As(err, &fe) || !errors.Is(err, ErrUnknownLanguage) || fe.Code != "unknownLanguage" || !l.IsZero() {
			t.Errorf("ParseLanguage(%q) = %v, %v; want an unknownLanguage FieldError", in, l, err)
		}
	}
}

// TestLanguageNames: every name in the table reads as its own language,
// no name belongs to two languages, and the table covers the EU's 24
// official languages.
func TestLanguageNames(t *testing.T) {
	if len(languageNames) < 40 {
		t.Errorf("only %d languages named", len(languageNames))
	}
	for tag, n := range languageNames {
		if l, ok := parseTag(tag); !ok || l.String() != tag {
			t.Errorf("table tag %q is not a canonical BCP 47 base tag (%v)", tag, l)
		}
		for _, name := range append([]string{n.en, n.nl}, n.other...) {
			if l, err := ParseLanguage(name); err != nil || l.Base().String() != tag {
				t.Errorf("ParseLanguage(%q) = %v, %v; want %s", name, l, err, tag)
			}
		}
		if l, _ := ParseLanguage(tag); l.Name(false) != n.en || l.Name(true) != n.nl {
			t.Errorf("names of %s: %q, %q", tag, l.Name(false), l.Name(true))
		}
	}
	for k, tag := range languageByName {
		if tag == "" {
			t.Errorf("name %q belongs to two languages", k)
		}
	}
	for _, tag := range strings.Fields("bg cs da de el en es et fi fr ga hr hu it lt lv mt nl pl pt ro sk sl sv") {
		if _, ok := languageNames[tag]; !ok {
			t.Errorf("EU official language %s has no names", tag)
		}
	}
	if l, _ := ParseLanguage("tlh"); l.Name(true) != "tlh" {
		t.Errorf("a language outside the table is named by its tag, got %q", l.Name(true))
	}
}

func TestPersonLanguages(t *testing.T) {
	p := testPerson("p1", LevelSenior, 10)
	p.Languages = []string{"Dutch", "EN_gb", "klingon", "nl", "Nederlands", "nl-BE"}
	want := []problem{{"languages[2]", ErrUnknownLanguage}, {"languages[3]", ErrDuplicate}, {"languages[4]", ErrDuplicate}}
	err := p.Validate()
	if diff := cmp.Diff(want, problemsOf(t, err), cmp.Comparer(cmpErrs)); diff != "" {
		t.Fatalf("problems (-want +got):\n%s", diff)
	}
	var fe *FieldError
	if !errors.As(err, &fe) || fe.ID != "p1" || !strings.Contains(fe.Message(true), "geen bekende taal") {
		t.Errorf("first error: %#v", fe)
	}
	tags, err := p.LanguageTags()
	var got []string
	for _, l := range tags {
		got = append(got, l.String())
	}
	if diff := cmp.Diff([]string{"nl", "en-GB", "nl", "nl", "nl-BE"}, got); diff != "" || !errors.As(err, &fe) || fe.Field != "languages[2]" || fe.ID != "p1" {
		t.Errorf("LanguageTags: %v (-want +got):\n%s", err, diff)
	}
}

func TestLanguageJSONRoundTrip(t *testing.T) {
	eq := cmp.Comparer(func(a, b Language) bool { return a == b })
	for _, s := range []string{"nl", "nl-BE", "Dutch"} {
		l, _ := ParseLanguage(s)
		jsontest.RoundTrip(t, l, eq)
	}
	jsontest.RoundTrip(t, Language{}, eq)
	jsontest.RoundTrip(t, []Language{{"nl"}, {"en-GB"}}, eq)
	var l Language
	if err := l.UnmarshalText([]byte("klingon")); !errors.Is(err, ErrUnknownLanguage) || !l.IsZero() {
		t.Errorf("UnmarshalText(klingon): %v, %v", err, l)
	}
}

func FuzzParseLanguage(f *testing.F) {
	for _, s := range []string{"nl", "NL", "nl-BE", "Dutch", "Nederlands", "Vlaams", "klingon", "Недерландс", "en_GB", "x-a", "und", "zh-Hant-TW", "sgn-NL", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		l, err := ParseLanguage(s)
		if err != nil {
			var fe *FieldError
			if !errors.As(err, &fe) || !errors.Is(err, ErrUnknownLanguage) || !l.IsZero() {
				t.Fatalf("ParseLanguage(%q): %v", s, err)
			}
			return
		}
		back, err := ParseLanguage(l.String())
		if err != nil || back != l {
			t.Fatalf("ParseLanguage(%q) = %v, reparsed %v, %v", s, l, back, err)
		}
		if b := l.Base(); b.IsZero() || b.Base() != b {
			t.Fatalf("%v: base %v", l, b)
		}
	})
}
