// Package report builds the programme report of a mentoring programme
// from per-person records: retention of mentored against other people,
// time to leaving, engagement, promotion and goal attainment, each with
// its n, interval and test; retention as a hazard ratio of leaving (Cox,
// package [github.com/mentorkit/mentorkit/evaluation/hazard]) beside the
// difference in proportions; exits split by cause (cumulative incidence
// with Gray's test); the difference in differences of engagement and the
// Γ of hidden bias at which the matched effect would vanish (package
// [github.com/mentorkit/mentorkit/evaluation/causal]); Kirkpatrick's four
// levels; the return on investment; what the sample could detect (the smallest retention
// difference, hazard ratio and engagement difference at Config.DetectPower,
// from package [github.com/mentorkit/mentorkit/evaluation/power]); and a
// plain-text rendering for a programme manager.
//
// The statistics come from package [evaluation]; the Net Promoter Score
// of the reaction level from package [feedback]. This is the only library
// package that imports feedback.
//
// A typical call:
//
//	rep, err := report.New(records, report.Config{End: asOf})
//	if err != nil {
//		return err // bad records: each error names the record and field
//	}
//	fmt.Print(rep) // the report as text
//
// # Contracts
//
// Every [Figure] carries its n and interval; one resting on fewer than
// [Config.MinN] people, or without an estimate, says "too little data" (or
// why not) in its Note and holds NaN, never a misleading number. Without
// [Config.Matching] the comparisons are associations, not effects: the
// people who join a programme differ from those who do not.
//
// Errors: bad input is an error, never a panic. Each problem is a
// *[FieldError] (the one field error of mentorkit) naming the field
// ("records[12].exit", "cfg.confidence"), the record's ID, the value, a
// stable code and an English and Dutch message; it unwraps to a sentinel
// of package evaluation ([evaluation.ErrEmpty], [evaluation.ErrOutOfRange],
// [evaluation.ErrLength]). Several problems are joined; at most ten are
// listed per kind.
//
// Determinism: there is no clock (the report date is [Config.End]) and no
// randomness; records in any order give the same report, and the input
// is never modified.
//
// JSON: [Report], [Config], [Record] and the types inside them marshal
// with lowerCamel names; NaN (a figure with too little data, a p-value
// where no test applies) is the string "NaN", so every report
// serialises and decodes back equal.
package report
