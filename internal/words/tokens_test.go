package words

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// The offsets below are counted by hand, byte by byte; ö, é and ’ take two,
// two and three bytes in UTF-8.
func TestTokens(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []Token
	}{
		{"empty", "", nil},
		{"only punctuation", " ?! -- ", nil},
		{"hyphen and abbreviation", "E-mail, z.s.m.!", []Token{
			{Text: "e", Start: 0, End: 1},
			{Text: "mail", Start: 2, End: 6},
			{Text: "z", Start: 8, End: 9, AfterPunct: true},
			{Text: "s", Start: 10, End: 11, AfterPunct: true},
			{Text: "m", Start: 12, End: 13, AfterPunct: true},
		}},
		{"multibyte", "Coördinatie café", []Token{
			{Text: "coordinatie", Start: 0, End: 12},
			{Text: "cafe", Start: 13, End: 18},
		}},
		{"plus and hash", "C++ en C#, niet C", []Token{
			{Text: "c++", Start: 0, End: 3},
			{Text: "en", Start: 4, End: 6},
			{Text: "c#", Start: 7, End: 9},
			{Text: "niet", Start: 11, End: 15, AfterPunct: true},
			{Text: "c", Start: 16, End: 17},
		}},
		{"plus between words", "a+b 50+", []Token{
			{Text: "a", Start: 0, End: 1},
			{Text: "b", Start: 2, End: 3, AfterPunct: true},
			{Text: "50", Start: 4, End: 6},
		}},
		{"apostrophes", "auto’s 'hallo'", []Token{
			{Text: "auto's", Start: 0, End: 8},
			{Text: "hallo", Start: 10, End: 15},
		}},
		// U+02BC (ʼ, two bytes) is a letter to package unicode (Lm), but
		// here it is an apostrophe like ' and ’: it stays inside a word
		// only between two letters ("zʼn"), so "ʼs-Hertogenbosch" and
		// "autoʼ" tokenise as with the ASCII apostrophe.
		{"modifier letter apostrophe", "ʼs-Hertogenbosch zʼn autoʼ", []Token{
			{Text: "s", Start: 2, End: 3},
			{Text: "hertogenbosch", Start: 4, End: 17},
			{Text: "z'n", Start: 18, End: 22},
			{Text: "auto", Start: 23, End: 27},
		}},
		{"decimal comma", "2,5 uur", []Token{
			{Text: "2", Start: 0, End: 1},
			{Text: "5", Start: 2, End: 3, AfterPunct: true},
			{Text: "uur", Start: 4, End: 7},
		}},
		{"combining mark", "e\u0301te", []Token{
			{Text: "ete", Start: 0, End: 5},
		}},
		{"invalid byte", "\xffab", []Token{
			{Text: "ab", Start: 1, End: 3, AfterPunct: true},
		}},
		{"stray continuation byte", "0\xab0", []Token{
			{Text: "0", Start: 0, End: 1},
			{Text: "0", Start: 2, End: 3, AfterPunct: true},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, Tokens(tt.in)); diff != "" {
				t.Errorf("Tokens(%q) mismatch (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}
