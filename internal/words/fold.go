package words

//go:generate sh -c "python3 gen_fold_table.py | gofmt > fold_table.go"

import (
	"unicode"
	"unicode/utf8"
)

// Fold returns s in lower case with the diacritics of Latin letters removed:
// "Coördinatie" becomes "coordinatie", "Ĳsselmeer" "ijsselmeer", "Straße"
// "strasse", "Æble" "aeble". Combining diacritical marks (U+0300..U+036F,
// as in decomposed "e\u0301") are dropped, curly apostrophes (’ ‘ ʼ) become
// the ASCII apostrophe, and every other rune is lower-cased with
// [unicode.ToLower]. Letters of other scripts keep their accents. Invalid
// UTF-8 bytes become U+FFFD.
//
// Fold returns s itself, without allocating, when s is ASCII without
// upper-case letters; any other s is copied, even when folding leaves it
// unchanged ("中文").
// Because some letters fold to two (ß → ss), byte offsets in the result do
// not correspond to offsets in s; use [Tokens] or [Matcher] for offsets.
func Fold(s string) string {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf || ('A' <= c && c <= 'Z') {
			return string(appendFold(make([]byte, 0, len(s)), s))
		}
	}
	return s
}

// appendFold appends the folded form of s to dst.
func appendFold(dst []byte, s string) []byte {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			dst = append(dst, c)
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		dst = appendFoldRune(dst, r)
		i += size
	}
	return dst
}

// appendFoldRune appends the folded form of the non-ASCII rune r to dst.
func appendFoldRune(dst []byte, r rune) []byte {
	switch {
	case r >= 0x00C0 && r <= 0x024F:
		if f := fold00C0[r-0x00C0]; f != "" {
			return append(dst, f...)
		}
	case r >= 0x1E00 && r <= 0x1EFF:
		if f := fold1E00[r-0x1E00]; f != "" {
			return append(dst, f...)
		}
	case isCombiningDiacritic(r):
		return dst
	case r == '’' || r == '‘' || r == 'ʼ':
		return append(dst, '\'')
	case r == 'ς':
		return utf8.AppendRune(dst, 'σ')
	}
	return utf8.AppendRune(dst, unicode.ToLower(r))
}

// isCombiningDiacritic reports whether r is in the Combining Diacritical
// Marks block (U+0300..U+036F), the marks decomposed Latin text uses.
func isCombiningDiacritic(r rune) bool { return r >= 0x0300 && r <= 0x036F }

// Equal reports whether a and b are the same term once folded and split into
// words: Equal("Leiderschap", "leiderschap"), Equal("coördinatie",
// "coordinatie") and Equal("machine-learning", "Machine  learning") are all
// true; Equal("AI", "retail") is false. Punctuation and spacing between words
// are ignored. Two strings without any word (such as "" and "?!") are equal.
// Equal does not allocate for words shorter than 64 bytes.
func Equal(a, b string) bool {
	var ia, ib int
	for {
		ta, oka := nextToken(a, ia)
		tb, okb := nextToken(b, ib)
		if !oka || !okb {
			return oka == okb
		}
		var bufA, bufB [64]byte
		if string(appendFold(bufA[:0], a[ta.Start:ta.End])) != string(appendFold(bufB[:0], b[tb.Start:tb.End])) {
			return false
		}
		ia, ib = ta.End, tb.End
	}
}
