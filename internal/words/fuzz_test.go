package words

import (
	"errors"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// onBoundary reports whether byte offset i of s is where a rune starts when
// ranging over s (each invalid byte is a rune of its own), or len(s).
func onBoundary(s string, i int) bool {
	if i == len(s) {
		return true
	}
	for j := range s {
		if j == i {
			return true
		}
	}
	return false
}

func FuzzTokens(f *testing.F) {
	for _, s := range []string{"", "E-mail, z.s.m.!", "Coördinatie café", "C++ en C#", "auto’s 'hallo'", "e\u0301te", "\xffab", "0\xab0", "Ĳsselmeer ß"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		toks := Tokens(s)
		prev := 0
		for i, tk := range toks {
			if tk.Start < prev || tk.Start >= tk.End || tk.End > len(s) {
				t.Fatalf("token %d %+v out of order or out of range (len %d)", i, tk, len(s))
			}
			if !onBoundary(s, tk.Start) || !onBoundary(s, tk.End) {
				t.Fatalf("token %d %+v not on rune boundaries of %q", i, tk, s)
			}
			if tk.Text != Fold(s[tk.Start:tk.End]) || tk.Text == "" {
				t.Fatalf("token %d %+v: Text is not Fold of %q", i, tk, s[tk.Start:tk.End])
			}
			prev = tk.End
		}
		if f := Fold(s); Fold(f) != f {
			t.Fatalf("Fold not idempotent on %q: %q then %q", s, f, Fold(f))
		}
		if !Equal(s, s) || !Equal(s, Fold(s)) {
			t.Fatalf("Equal(s, s) or Equal(s, Fold(s)) false for %q", s)
		}
	})
}

func FuzzMatcher(f *testing.F) {
	f.Add("werken aan", "Ik blijf werken. Aan de slag; werken  aan X")
	f.Add("z.s.m.", "Graag Z.S.M, of z s m.")
	f.Add("AI", "retail AI-team ai")
	f.Add("", "x")
	f.Add("c++", "Ik ken C++.")
	f.Fuzz(func(t *testing.T, phrase, text string) {
		m, err := NewMatcher(phrase, "meer", "as soon as possible")
		if len(Tokens(phrase)) == 0 {
			if !errors.Is(err, ErrNoWords) {
				t.Fatalf("NewMatcher(%q) error = %v, want ErrNoWords", phrase, err)
			}
			return
		}
		if err != nil {
			t.Fatalf("NewMatcher(%q): %v", phrase, err)
		}
		all := m.FindAll(text)
		if !slices.IsSortedFunc(all, compareMatches) {
			t.Fatalf("FindAll(%q) not sorted: %v", text, all)
		}
		for _, mt := range all {
			if mt.Start < 0 || mt.Start >= mt.End || mt.End > len(text) || !onBoundary(text, mt.Start) || !onBoundary(text, mt.End) {
				t.Fatalf("match %+v out of range or off rune boundaries in %q", mt, text)
			}
			if mt.Phrase < 0 || mt.Phrase >= m.Len() {
				t.Fatalf("match %+v has a bad phrase index", mt)
			}
			if !Equal(text[mt.Start:mt.End], []string{phrase, "meer", "as soon as possible"}[mt.Phrase]) {
				t.Fatalf("match %+v: %q is not the phrase", mt, text[mt.Start:mt.End])
			}
		}
		if m.Contains(text) != (len(all) > 0) {
			t.Fatalf("Contains(%q) disagrees with FindAll %v", text, all)
		}
		// A phrase always occurs in itself, from its first to its last word.
		toks := Tokens(phrase)
		own := m.FindAll(phrase)
		want := Match{Phrase: 0, Start: toks[0].Start, End: toks[len(toks)-1].End}
		if !slices.Contains(own, want) {
			t.Fatalf("phrase %q not found in itself: %v, want %v", phrase, own, want)
		}
	})
}

// findAllSlow is the reference for FindAll: it tokenises text and every
// phrase with Tokens and compares the folded words at every position.
func findAllSlow(phrases []string, text string) []Match {
	toks := Tokens(text)
	var out []Match
	for p, phrase := range phrases {
		pt := Tokens(phrase)
		if len(pt) == 0 {
			continue
		}
	start:
		for i := 0; i+len(pt) <= len(toks); i++ {
			for k := range pt {
				t := toks[i+k]
				if t.Text != pt[k].Text || (k > 0 && t.AfterPunct && !pt[k].AfterPunct) {
					continue start
				}
			}
			out = append(out, Match{Phrase: p, Start: toks[i].Start, End: toks[i+len(pt)-1].End})
		}
	}
	slices.SortFunc(out, compareMatches)
	return out
}

func FuzzMatcherReference(f *testing.F) {
	f.Add("werken aan", "z.s.m.", "Ik blijf werken. Aan de slag; werken  aan X, Z.S.M")
	f.Add("AI", "ai ai", "retail AI-team ai ai ai")
	f.Add("één", "C++", "Nog één keer: EEN, C++ en C")
	f.Fuzz(func(t *testing.T, p1, p2, text string) {
		phrases := []string{p1, p2}
		if len(Tokens(p1)) == 0 || len(Tokens(p2)) == 0 {
			return
		}
		m, err := NewMatcher(phrases...)
		if err != nil {
			t.Fatalf("NewMatcher(%q): %v", phrases, err)
		}
		if diff := cmp.Diff(findAllSlow(phrases, text), m.FindAll(text)); diff != "" {
			t.Fatalf("FindAll(%q) with %q differs from the reference (-slow +fast):\n%s", text, phrases, diff)
		}
	})
}
