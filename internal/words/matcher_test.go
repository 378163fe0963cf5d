package words

import (
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/stretchr/testify/require"
)

// The offsets below are counted by hand, byte by byte (é, ö and Ö take two
// bytes, Ĳ two).
func TestMatcherFindAll(t *testing.T) {
	tests := []struct {
		name    string
		phrases []string
		text    string
		want    []Match
	}{
		{"meer is not in meerdere", []string{"meer"}, "meerdere keren, niet meer",
			[]Match{{Phrase: 0, Start: 21, End: 25}}},
		{"AI is not in retail", []string{"AI"}, "retail AI-team ai",
			[]Match{{Phrase: 0, Start: 7, End: 9}, {Phrase: 0, Start: 15, End: 17}}},
		{"accents both ways", []string{"coördinatie"}, "Coordinatie en COÖRDINATIE",
			[]Match{{Phrase: 0, Start: 0, End: 11}, {Phrase: 0, Start: 15, End: 27}}},
		{"multibyte offsets", []string{"één"}, "Nog één keer: EEN",
			[]Match{{Phrase: 0, Start: 4, End: 9}, {Phrase: 0, Start: 16, End: 19}}},
		{"phrase stops at a full stop", []string{"werken aan"}, "Ik blijf werken. Aan de slag; werken  aan X",
			[]Match{{Phrase: 0, Start: 30, End: 41}}},
		{"abbreviation with and without dots", []string{"z.s.m."}, "Graag Z.S.M, of z s m.",
			[]Match{{Phrase: 0, Start: 6, End: 11}, {Phrase: 0, Start: 16, End: 21}}},
		{"overlaps: longer first", []string{"werken", "werken aan", "aan"}, "werken aan",
			[]Match{{Phrase: 1, Start: 0, End: 10}, {Phrase: 0, Start: 0, End: 6}, {Phrase: 2, Start: 7, End: 10}}},
		{"duplicates by phrase index", []string{"Leiderschap", "leiderschap"}, "leiderschap",
			[]Match{{Phrase: 0, Start: 0, End: 11}, {Phrase: 1, Start: 0, End: 11}}},
		{"ij ligature", []string{"ijsselmeer"}, "Ĳsselmeer",
			[]Match{{Phrase: 0, Start: 0, End: 10}}},
		{"curly apostrophe", []string{"z’n"}, "met z'n tweeën",
			[]Match{{Phrase: 0, Start: 4, End: 7}}},
		{"hyphen matches space, not a joined word", []string{"e-mail"}, "email, e mail",
			[]Match{{Phrase: 0, Start: 7, End: 13}}},
		{"C is not in C++", []string{"C"}, "C++ and C#", nil},
		{"C++ as a word", []string{"c++"}, "Ik ken C++.",
			[]Match{{Phrase: 0, Start: 7, End: 10}}},
		{"phrase longer than text", []string{"as soon as possible"}, "as soon as", nil},
		{"quotes inside a phrase", []string{"het team gaat"}, "Het ‘team’ gaat het doen",
			[]Match{{Phrase: 0, Start: 0, End: 19}}}, // ‘ and ’ take three bytes
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m, err := NewMatcher(tt.phrases...)
			require.NoError(t, err)
			if diff := cmp.Diff(tt.want, m.FindAll(tt.text)); diff != "" {
				t.Errorf("FindAll(%q) mismatch (-want +got):\n%s", tt.text, diff)
			}
			if got, want := m.Contains(tt.text), len(tt.want) > 0; got != want {
				t.Errorf("Contains(%q) = %v, want %v", tt.text, got, want)
			}
		})
	}
}

func TestMatcherFindLongest(t *testing.T) {
	m, err := NewMatcher("werken", "werken aan", "aan", "aan de slag")
	require.NoError(t, err)
	// "werken aan de slag": werken aan = [0,10), aan de slag = [7,18) overlaps
	// it and is dropped; the second "werken" at [20,26) stays.
	got := m.FindLongest("werken aan de slag, werken")
	want := []Match{{Phrase: 1, Start: 0, End: 10}, {Phrase: 0, Start: 20, End: 26}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("FindLongest mismatch (-want +got):\n%s", diff)
	}
	if got := m.FindLongest("niets"); got != nil {
		t.Errorf("FindLongest without matches = %v, want nil", got)
	}
}

func TestNewMatcherErrors(t *testing.T) {
	_, err := NewMatcher("ok", "", "?!")
	require.Error(t, err)
	if !errors.Is(err, ErrNoWords) {
		t.Errorf("errors.Is(err, ErrNoWords) = false for %v", err)
	}
	var pe *PhraseError
	require.True(t, errors.As(err, &pe))
	if diff := cmp.Diff(PhraseError{Index: 1, Phrase: "", Err: ErrNoWords}, *pe, cmpopts.EquateErrors()); diff != "" {
		t.Errorf("first PhraseError mismatch (-want +got):\n%s", diff)
	}
	want := "words: phrase 1 \"\": phrase has no words\nwords: phrase 2 \"?!\": phrase has no words"
	if got := err.Error(); got != want {
		t.Errorf("err.Error() = %q, want %q", got, want)
	}
}

func TestMustNewMatcherPanics(t *testing.T) {
	defer func() {
		if recover() == nil {
			t.Error("MustNewMatcher(\"\") did not panic")
		}
	}()
	MustNewMatcher("")
}

func TestAppendAllKeepsDstAndDoesNotAllocate(t *testing.T) {
	m := MustNewMatcher("werken aan", "beter", "zo snel mogelijk")
	require.Equal(t, 3, m.Len())
	text := "Ik wil zo snel mogelijk beter werken aan mijn presentaties."
	dst := make([]Match, 1, 16)
	dst[0] = Match{Phrase: 99, Start: 50, End: 51}
	got := m.AppendAll(dst, text)
	// zo snel mogelijk [7,23), beter [24,29), werken aan [30,40).
	want := []Match{{Phrase: 99, Start: 50, End: 51}, {Phrase: 2, Start: 7, End: 23}, {Phrase: 1, Start: 24, End: 29}, {Phrase: 0, Start: 30, End: 40}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("AppendAll mismatch (-want +got):\n%s", diff)
	}
	if allocs := testing.AllocsPerRun(100, func() { _ = m.AppendAll(dst[:0], text) }); allocs != 0 {
		t.Errorf("AppendAll allocated %v times, want 0", allocs)
	}
}
