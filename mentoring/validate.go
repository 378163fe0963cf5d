package mentoring

import (
	"math"
	"strings"

	"github.com/mentorkit/mentorkit/internal/enum"
	"github.com/mentorkit/mentorkit/internal/fault"
	"github.com/mentorkit/mentorkit/internal/words"
)

// validator collects FieldErrors; err joins them in the order found. id
// is the ID of the person, relationship or session being checked, which
// every error it adds carries.
type validator struct {
	errs []error
	id   string
}

// add records one problem at path with the message m filled from args.
func (v *validator) add(path string, value any, m fault.Message, args ...any) {
	v.errs = append(v.errs, m.New(path, v.id, value, args...))
}

// err returns nil or all problems joined.
func (v *validator) err() error { return fault.Join(v.errs...) }

// about makes the errors added until the returned function runs concern
// id; the function restores the previous ID.
func (v *validator) about(id string) (restore func()) {
	prev := v.id
	v.id = id
	return func() { v.id = prev }
}

// nested runs check at an empty path first and, only when it finds
// problems, again at path(): a valid item then costs no path strings.
func (v *validator) nested(path func() string, check func(v *validator, path string)) {
	tmp := validator{id: v.id}
	check(&tmp, "")
	if len(tmp.errs) > 0 {
		check(v, path())
	}
}

// field joins a path and a field name with a dot; an empty name gives the
// path itself.
func field(path, name string) string {
	if name == "" {
		return path
	}
	return fault.Path(path, name)
}

// index appends "[i]" to a path.
func index(path string, i int) string { return fault.Index(path, i) }

// checkEnum reports an undeclared value of the enum called kind (its
// table t), or an unset one when required.
func checkEnum[E enum.Integer](v *validator, path, name, kind string, t enum.Table[E], x E, required bool) {
	switch {
	case !t.Declared(x):
		v.add(field(path, name), int(x), msgUndeclared, kind)
	case x == 0 && required:
		v.add(field(path, name), nil, msgChoiceRequired, strings.Join(t.Names(), ", "))
	}
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
		v.add(field(path, name), nil, msgRequired)
	case blank(id):
		v.add(field(path, name), id, msgBlank)
	case strings.TrimSpace(id) != id:
		v.add(field(path, name), id, msgPadded)
	}
}

// requireText reports a missing or blank text.
func (v *validator) requireText(path, name, s string) {
	if s == "" {
		v.add(field(path, name), nil, msgRequired)
	} else if blank(s) {
		v.add(field(path, name), s, msgBlank)
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
	missing := func(i int) { v.add(where(i), at(i), msgNoWords) }
	dup := func(i, j int) { v.add(where(i), at(i), msgDuplicate, index(field(path, name), j)) }
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
func (v *validator) unitInterval(path, name string, x float64) { v.between(path, name, x, 0, 1) }

// between reports a number outside [lo, hi] or not finite.
func (v *validator) between(path, name string, x, lo, hi float64) {
	if math.IsNaN(x) || x < lo || x > hi {
		v.add(field(path, name), x, msgBetween, lo, hi)
	}
}
