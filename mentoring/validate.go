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

// field joins a path and a field name with a dot.
func field(path, name string) string {
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

// requireID reports a missing or padded identifier.
func (v *validator) requireID(path, id string) {
	switch {
	case id == "":
		v.add(path, nil, "is required", ErrMissing)
	case blank(id):
		v.add(path, id, "is only white space", ErrMissing)
	case strings.TrimSpace(id) != id:
		v.add(path, id, "has leading or trailing white space", ErrOutOfRange)
	}
}

// requireText reports a missing or blank text.
func (v *validator) requireText(path, s string) {
	if s == "" {
		v.add(path, nil, "is required", ErrMissing)
	} else if blank(s) {
		v.add(path, s, "is only white space", ErrMissing)
	}
}

// uniqueTexts reports entries without a word and duplicates, compared as
// terms (see termKey), in a list of short texts (interests, languages,
// topics).
func (v *validator) uniqueTexts(path string, list []string) {
	seen := make(map[string]int, len(list))
	for i, s := range list {
		p := index(path, i)
		k := termKey(s)
		if k == "" {
			v.add(p, s, "has no words", ErrMissing)
			continue
		}
		if j, dup := seen[k]; dup {
			v.add(p, s, "repeats "+index(path, j), ErrDuplicate)
			continue
		}
		seen[k] = i
	}
}

// termKey is the key under which two terms are the same: their words,
// lower-cased and without accents, joined by single spaces, so "Sociale
// media", "sociale-media" and "sociale  média" share a key. A text without
// words has the key "".
func termKey(s string) string {
	toks := words.Tokens(s)
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
func (v *validator) unitInterval(path string, x float64) {
	if math.IsNaN(x) || x < 0 || x > 1 {
		v.add(path, x, "must be a number from 0 to 1", ErrOutOfRange)
	}
}

// nonNegative reports a negative or non-finite number.
func (v *validator) nonNegative(path string, x, upper float64) {
	if math.IsNaN(x) || x < 0 || x > upper {
		v.add(path, x, "must be a number from 0 to "+strconv.FormatFloat(upper, 'g', -1, 64), ErrOutOfRange)
	}
}
