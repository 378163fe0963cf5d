package mentoring

import (
	"errors"
	"math"
	"strconv"
	"strings"

	"github.com/mentorkit/mentorkit/internal/words"
)

// validator collects FieldErrors; err joins them in the order found.
type validator struct {
	errs []error
}

// add records one problem at path.
func (v *validator) add(path string, value any, problem string, sentinel error) {
	v.errs = append(v.errs, &FieldError{Field: path, Value: value, Problem: problem, Err: sentinel})
}

// err returns nil or all problems joined.
func (v *validator) err() error { return errors.Join(v.errs...) }

// field joins a path and a field name with a dot; an empty name gives the
// path itself.
func field(path, name string) string {
	if name == "" {
		return path
	}
	if path == "" {
		return name
	}
	return path + "." + name
}

// index appends "[i]" to a path.
func index(path string, i int) string {
	return path + "[" + strconv.Itoa(i) + "]"
}

// blank reports whether s is empty after trimming white space.
func blank(s string) bool { return strings.TrimSpace(s) == "" }

// The checks below take the path of the enclosing value and the field name
// separately and join them only when they report a problem, so that valid
// input costs no string building.

// badID reports whether requireID would report id: empty, blank or padded.
func badID(id string) bool { return id == "" || strings.TrimSpace(id) != id }

// requireID reports a missing or padded identifier.
func (v *validator) requireID(path, name, id string) {
	switch {
	case id == "":
		v.add(field(path, name), nil, "is required", ErrMissing)
	case blank(id):
		v.add(field(path, name), id, "is only white space", ErrMissing)
	case strings.TrimSpace(id) != id:
		v.add(field(path, name), id, "has leading or trailing white space", ErrOutOfRange)
	}
}

// requireText reports a missing or blank text.
func (v *validator) requireText(path, name, s string) {
	if s == "" {
		v.add(field(path, name), nil, "is required", ErrMissing)
	} else if blank(s) {
		v.add(field(path, name), s, "is only white space", ErrMissing)
	}
}

// uniqueTexts reports entries without a word and duplicates, compared as
// terms (see termKey), in a list of short texts (interests, languages,
// topics).
func (v *validator) uniqueTexts(path, name string, list []string) {
	v.uniqueTerms(path, name, "", len(list), func(i int) string { return list[i] }, nil)
}

// smallList is the list length up to which uniqueTerms compares pairs,
// which allocates nothing, instead of building a map of term keys.
const smallList = 16

// uniqueTerms reports, for the n texts at(0..n-1) found at
// path.name[i].sub, each one without a word (ErrMissing) and each one that
// repeats an earlier term (ErrDuplicate, naming the first occurrence).
// When after is not nil it runs after each item's own check, so that the
// item's other problems follow in input order.
func (v *validator) uniqueTerms(path, name, sub string, n int, at func(int) string, after func(int)) {
	v.uniqueTermsBy(n <= smallList, path, name, sub, n, at, after)
}

// uniqueTermsBy is uniqueTerms comparing pairs when pairwise is true and
// through a map of term keys otherwise; both report the same problems.
func (v *validator) uniqueTermsBy(pairwise bool, path, name, sub string, n int, at func(int) string, after func(int)) {
	where := func(i int) string { return field(index(field(path, name), i), sub) }
	missing := func(i int) { v.add(where(i), at(i), "has no words", ErrMissing) }
	dup := func(i, j int) { v.add(where(i), at(i), "repeats "+index(field(path, name), j), ErrDuplicate) }
	if pairwise {
		for i := range n {
			s := at(i)
			if words.Equal(s, "") {
				missing(i)
			} else {
				for j := range i {
					if !words.Equal(at(j), "") && words.Equal(at(j), s) {
						dup(i, j)
						break
					}
				}
			}
			if after != nil {
				after(i)
			}
		}
		return
	}
	seen := make(map[string]int, n)
	for i := range n {
		k := termKey(at(i))
		if k == "" {
			missing(i)
		} else if j, ok := seen[k]; ok {
			dup(i, j)
		} else {
			seen[k] = i
		}
		if after != nil {
			after(i)
		}
	}
}

// termKey is the key under which two terms are the same: their words,
// lower-cased and without accents, joined by single spaces, so "Sociale
// media", "sociale-media" and "sociale  média" share a key. A text without
// words has the key "".
func termKey(s string) string {
	toks := words.Tokens(s)
	if len(toks) == 1 {
		return words.Fold(s[toks[0].Start:toks[0].End])
	}
	parts := make([]string, len(toks))
	for i, t := range toks {
		parts[i] = words.Fold(s[t.Start:t.End])
	}
	return strings.Join(parts, " ")
}

// sameTerm reports whether a and b are the same term: the same words once
// case and accents are ignored (words.Equal). Texts without words never
// match.
func sameTerm(a, b string) bool { return termKey(a) != "" && words.Equal(a, b) }

// unitInterval reports a number outside [0, 1] or not finite.
func (v *validator) unitInterval(path, name string, x float64) {
	if math.IsNaN(x) || x < 0 || x > 1 {
		v.add(field(path, name), x, "must be a number from 0 to 1", ErrOutOfRange)
	}
}

// nonNegative reports a negative or non-finite number.
func (v *validator) nonNegative(path, name string, x, upper float64) {
	if math.IsNaN(x) || x < 0 || x > upper {
		v.add(field(path, name), x, "must be a number from 0 to "+strconv.FormatFloat(upper, 'g', -1, 64), ErrOutOfRange)
	}
}
