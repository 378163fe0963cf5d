package mentoring

import (
	"errors"
	"math"
	"strconv"
	"strings"
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

// uniqueTexts reports blank entries and case-insensitive duplicates in a
// list of short texts (interests, languages, topics).
func (v *validator) uniqueTexts(path string, list []string) {
	seen := make(map[string]int, len(list))
	for i, s := range list {
		p := index(path, i)
		if blank(s) {
			v.add(p, s, "is empty", ErrMissing)
			continue
		}
		k := foldKey(s)
		if j, dup := seen[k]; dup {
			v.add(p, s, "repeats "+index(path, j), ErrDuplicate)
			continue
		}
		seen[k] = i
	}
}

// foldKey is the key under which two texts are the same: trimmed and
// case-folded.
func foldKey(s string) string { return strings.ToLower(strings.TrimSpace(s)) }

// sameText reports whether a and b are equal after trimming, ignoring case
// (Unicode simple folding).
func sameText(a, b string) bool { return strings.EqualFold(strings.TrimSpace(a), strings.TrimSpace(b)) }

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
