package words

import (
	"unicode"
	"unicode/utf8"
)

// Token is one word of a text.
type Token struct {
	// Text is the word folded with [Fold].
	Text string
	// Start and End are the byte offsets of the word in the original text:
	// text[Start:End] is the word as written. Both lie on rune boundaries.
	Start, End int
	// AfterPunct is true when punctuation other than white space, hyphens,
	// apostrophes and quotation marks separates this word from the previous
	// one (as in "werken. Aan"). It is false for the first word.
	AfterPunct bool
}

// Tokens splits s into words and returns them in order. It allocates the
// result slice, plus a string for each word that Fold changes.
//
// A word is a maximal run of letters and digits (Unicode categories L and N),
// including the combining marks that follow them. Inside a word, an
// apostrophe (' ’ ʼ) between two letters or digits belongs to the word:
// "auto's", "z’n" and "don't" are one word each, and fold to the ASCII
// apostrophe. A run of '+' or '#' directly after a word that ends in a
// letter, and not followed by a letter or digit, belongs to it too, so "C++"
// and "C#" are words distinct from "C". Everything else separates words:
// white space, hyphens ("e-mail" is "e" and "mail"), slashes, dots
// ("z.s.m." is "z", "s", "m"), commas (so "2,5" is "2" and "5"), symbols and
// invalid UTF-8 bytes.
func Tokens(s string) []Token {
	var out []Token
	for i := 0; ; {
		sp, ok := nextToken(s, i)
		if !ok {
			return out
		}
		sp.Text = Fold(s[sp.Start:sp.End])
		out = append(out, sp)
		i = sp.End
	}
}

// nextToken returns the first word at or after byte offset i, without its
// Text, and false when there is none.
func nextToken(s string, i int) (Token, bool) {
	var t Token
	// Skip the gap before the word.
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if isWordStart(r) {
			break
		}
		if !isSoftSeparator(r) {
			t.AfterPunct = true
		}
		i += size
	}
	if i >= len(s) {
		return Token{}, false
	}
	t.Start = i
	var last rune // the last letter, digit or apostrophe of the word
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case isWordStart(r):
			last = r
		case unicode.IsMark(r):
			// A combining mark continues the word but does not change last.
		case isApostrophe(r):
			next, _ := utf8.DecodeRuneInString(s[i+size:])
			if !isWordStart(last) || !isWordStart(next) {
				t.End = i
				return t, true
			}
			last = r
		default:
			t.End = i
			return t.withSuffix(s, last), true
		}
		i += size
	}
	t.End = i
	return t, true
}

// withSuffix extends t over a run of '+' or '#' directly after it when the
// word ends in a letter and no letter or digit follows the run ("C++", "C#").
func (t Token) withSuffix(s string, last rune) Token {
	if !unicode.IsLetter(last) {
		return t
	}
	j := t.End
	for j < len(s) && (s[j] == '+' || s[j] == '#') {
		j++
	}
	if j == t.End {
		return t
	}
	if next, _ := utf8.DecodeRuneInString(s[j:]); j < len(s) && isWordStart(next) {
		return t
	}
	t.End = j
	return t
}

// isWordStart reports whether r is a letter or a digit. The modifier
// letter apostrophe ʼ (U+02BC) is a letter to package unicode but an
// apostrophe here, like ' and ’.
func isWordStart(r rune) bool {
	if r < utf8.RuneSelf {
		return ('a' <= r && r <= 'z') || ('A' <= r && r <= 'Z') || ('0' <= r && r <= '9')
	}
	return r != utf8.RuneError && r != 'ʼ' && (unicode.IsLetter(r) || unicode.IsNumber(r))
}

// isApostrophe reports whether r may join two parts of a word.
func isApostrophe(r rune) bool { return r == '\'' || r == '’' || r == 'ʼ' }

// isSoftSeparator reports whether r separates words without ending a phrase:
// white space, hyphens, apostrophes and quotation marks.
func isSoftSeparator(r rune) bool {
	switch r {
	case '-', '\u2010', '\u2011', '\u00AD', // hyphen-minus, hyphen, non-breaking hyphen, soft hyphen
		'\'', '’', '‘', 'ʼ', '"', '“', '”', '„', '«', '»':
		return true
	}
	return unicode.IsSpace(r)
}
