package words

import (
	"errors"
	"slices"
)

// Match is one occurrence of a phrase in a text.
type Match struct {
	// Phrase is the index of the phrase in the arguments of [NewMatcher].
	Phrase int
	// Start and End are byte offsets into the text: text[Start:End] runs
	// from the first letter of the phrase's first word to the last letter
	// of its last word, as written.
	Start, End int
}

// Matcher finds whole words and phrases in texts, ignoring case and the
// diacritics of Latin letters. A Matcher is immutable after [NewMatcher]
// and safe for concurrent use.
//
// A phrase is a sequence of words in the sense of [Tokens]. It matches where
// the same words, folded with [Fold], follow each other in the text, only
// whole words: "meer" does not match "meerdere" and "AI" does not match
// "retail". Between two words of a phrase the text may have any white space,
// hyphens, apostrophes and quotation marks, so "werken aan" matches
// "Werken  aan" and "werken-aan". Other punctuation in the text (".", ",",
// ":" and so on) ends a phrase unless the phrase has punctuation at the same
// place: "werken aan" does not match "werken. Aan", while "z.s.m." matches
// both "z.s.m." and "Z.S.M" (and also "z s m").
type Matcher struct {
	words   [][]string // folded words per phrase
	punct   [][]bool   // punct[p][k]: phrase p has punctuation before word k
	byFirst map[string][]int
}

// NewMatcher compiles phrases into a Matcher. The phrase at index i is
// reported as Match.Phrase i. Duplicate phrases are allowed; each is
// reported. A phrase without any word is an error ([PhraseError] wrapping
// [ErrNoWords]); all such phrases are reported, joined with [errors.Join].
func NewMatcher(phrases ...string) (*Matcher, error) {
	m := &Matcher{
		words:   make([][]string, len(phrases)),
		punct:   make([][]bool, len(phrases)),
		byFirst: make(map[string][]int),
	}
	var errs []error
	for i, p := range phrases {
		toks := Tokens(p)
		if len(toks) == 0 {
			errs = append(errs, &PhraseError{Index: i, Phrase: p, Err: ErrNoWords})
			continue
		}
		w := make([]string, len(toks))
		pu := make([]bool, len(toks))
		for k, t := range toks {
			w[k] = t.Text
			pu[k] = t.AfterPunct
		}
		m.words[i], m.punct[i] = w, pu
		m.byFirst[w[0]] = append(m.byFirst[w[0]], i)
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	return m, nil
}

// MustNewMatcher is like [NewMatcher] but panics if a phrase has no word.
// It is meant for package-level phrase lists written in code, never for
// phrases that come from users.
func MustNewMatcher(phrases ...string) *Matcher {
	m, err := NewMatcher(phrases...)
	if err != nil {
		// An internal invariant, never caller data: the only callers are
		// package-level phrase lists written in code (goals' lexicon,
		// feedback's trait words), built when their package loads, so a
		// bad phrase fails every test of those packages.
		panic(err)
	}
	return m
}

// Len returns the number of phrases the Matcher was built from.
func (m *Matcher) Len() int { return len(m.words) }

// FindAll returns every occurrence of every phrase in text, overlapping ones
// included, ordered by Start, then by End descending (longer first), then by
// Phrase. It returns nil when nothing matches.
func (m *Matcher) FindAll(text string) []Match {
	return m.AppendAll(nil, text)
}

// AppendAll appends the matches of [Matcher.FindAll] to dst and returns the
// extended slice; with a dst of enough capacity it does not allocate for
// words shorter than 64 bytes. The matches already in dst are left alone.
//
// It runs in O(n·k) time for a text of n words, where k is the number of
// phrase words that start with the same word; the sort at the end is over
// the new matches only.
func (m *Matcher) AppendAll(dst []Match, text string) []Match {
	base := len(dst)
	var buf [64]byte
	for i := 0; ; {
		t, ok := nextToken(text, i)
		if !ok {
			break
		}
		i = t.End
		ids := m.byFirst[string(appendFold(buf[:0], text[t.Start:t.End]))]
		for _, p := range ids {
			if end, ok := m.matchRest(text, t.End, p); ok {
				dst = append(dst, Match{Phrase: p, Start: t.Start, End: end})
			}
		}
	}
	slices.SortFunc(dst[base:], compareMatches)
	return dst
}

// FindLongest returns the leftmost-longest matches that do not overlap:
// scanning from the start of text, it takes the longest match starting at
// the earliest position (the lowest Phrase index among equally long ones),
// then continues after its end. Use it to report "werken aan" once rather
// than both "werken aan" and "werken".
func (m *Matcher) FindLongest(text string) []Match {
	all := m.FindAll(text)
	out := all[:0]
	end := -1
	for _, mt := range all {
		if mt.Start >= end {
			out = append(out, mt)
			end = mt.End
		}
	}
	if len(out) == 0 {
		return nil
	}
	return slices.Clip(out)
}

// Contains reports whether any phrase occurs in text. It does not allocate
// for words shorter than 64 bytes.
func (m *Matcher) Contains(text string) bool {
	var buf [64]byte
	for i := 0; ; {
		t, ok := nextToken(text, i)
		if !ok {
			return false
		}
		i = t.End
		for _, p := range m.byFirst[string(appendFold(buf[:0], text[t.Start:t.End]))] {
			if _, ok := m.matchRest(text, t.End, p); ok {
				return true
			}
		}
	}
}

// matchRest reports whether the words of phrase p after its first follow in
// text from byte offset i, and where the last one ends.
func (m *Matcher) matchRest(text string, i, p int) (int, bool) {
	w, pu := m.words[p], m.punct[p]
	end := i
	var buf [64]byte
	for k := 1; k < len(w); k++ {
		t, ok := nextToken(text, end)
		if !ok || (t.AfterPunct && !pu[k]) {
			return 0, false
		}
		if string(appendFold(buf[:0], text[t.Start:t.End])) != w[k] {
			return 0, false
		}
		end = t.End
	}
	return end, true
}

// compareMatches orders by Start, then longer first, then by Phrase.
func compareMatches(a, b Match) int {
	switch {
	case a.Start != b.Start:
		return a.Start - b.Start
	case a.End != b.End:
		return b.End - a.End
	default:
		return a.Phrase - b.Phrase
	}
}
