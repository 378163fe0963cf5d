package goals

import (
	"encoding/json"
	"math"
	"slices"
	"strings"
	"time"

	"github.com/mentorkit/mentorkit/internal/fault"
	"github.com/mentorkit/mentorkit/internal/jsonx"
	"github.com/mentorkit/mentorkit/internal/words"
)

// CheckOptions carries what Check needs besides the goal. The zero value
// checks a goal without check-ins, programme or clock, in its own language,
// with ReadingCommon.
type CheckOptions struct {
	// Now is the moment of the check. When zero, the checks that need it
	// (past due, the pace still needed) are skipped.
	Now time.Time `json:"now"`
	// Language is the language of the goal's text, for the linter. Auto
	// (the zero value) detects it ([DetectLanguage] on title and
	// description).
	Language Language `json:"language,omitempty"`
	// MessageLanguage is the language of the messages; Auto (the zero
	// value) means the goal's language.
	MessageLanguage Language `json:"messageLanguage,omitempty"`
	// CheckIns are the goal's measurements so far, in any order. Those
	// after Now are ignored.
	CheckIns []CheckIn `json:"checkIns"`
	// ProgrammeStart bounds the mentoring programme from below; zero means
	// no bound.
	ProgrammeStart time.Time `json:"programmeStart,omitzero"`
	// ProgrammeEnd bounds the mentoring programme from above; zero means
	// no bound.
	ProgrammeEnd time.Time `json:"programmeEnd,omitzero"`
	// Objectives are the IDs of the programme's objectives. When not nil
	// (JSON null), a link to an objective not among them is a warning.
	Objectives []string `json:"objectives"`
	// Reading says what A and R stand for; the zero value is ReadingCommon.
	Reading Reading `json:"reading"`
	// RateFactor is how many times faster than the pace seen in the
	// check-ins the pace still needed may be before the pace check
	// complains. 0 means the default, [DefaultRateFactor] (1.5), which is
	// our choice (no source gives one); values below 1 or NaN are read as
	// the default too.
	RateFactor float64 `json:"rateFactor,omitempty"`
	// IgnoreText switches off reading facts from the goal's title and
	// description. By default Check reads them with [Read] and fills each
	// empty measure and date field (metric, unit, direction, baseline,
	// target, start, due) from the text; Report.FromText says which.
	IgnoreText bool `json:"ignoreText,omitempty"`
	// MonthFirst and FiscalYearStart are the date settings of
	// [ReadOptions] for reading the text.
	MonthFirst      bool       `json:"monthFirst,omitempty"`
	FiscalYearStart time.Month `json:"fiscalYearStart,omitempty"`
}

// MarshalJSON writes o by the module's JSON rule (see [Progress.MarshalJSON]).
func (o CheckOptions) MarshalJSON() ([]byte, error) { return jsonx.Marshal(o) }

// UnmarshalJSON reads what MarshalJSON writes.
func (o *CheckOptions) UnmarshalJSON(b []byte) error { return jsonx.Unmarshal(b, o) }

// DefaultRateFactor is CheckOptions.RateFactor's default.
const DefaultRateFactor = 1.5

// LetterReport is the verdict on one SMART letter.
type LetterReport struct {
	// Letter is "S", "M", "A", "R" or "T".
	Letter string `json:"letter"`
	// Criterion is what the letter stands for under the reading used.
	Criterion Criterion `json:"criterion"`
	// Name is the criterion's name in the message language ("Haalbaar").
	Name string `json:"name"`
	// Met is true when no finding is an Error.
	Met bool `json:"met"`
	// Findings are in a fixed order per letter (text order for S).
	Findings []Finding `json:"findings"`
}

// Report is the result of Check: one LetterReport per letter, in the order
// S, M, A, R, T.
type Report struct {
	// Language is the language of the goal's text, given or detected.
	Language Language `json:"language"`
	// MessageLanguage is the language of the messages.
	MessageLanguage Language `json:"messageLanguage"`
	// Letters holds S, M, A, R and T in that order.
	Letters [5]LetterReport `json:"letters"`
	// FromText lists the goal fields that were empty and were filled from
	// the text before checking, with the words they came from (see
	// CheckOptions.IgnoreText); empty when none.
	FromText []Fact `json:"fromText,omitempty"`
	// Invalid joins the errors of g.Validate() and of malformed check-ins
	// (each a [*FieldError]), or is nil. The letters are checked all the
	// same. A malformed measure is also a finding (CodeBadMeasure), a due
	// date before the start too (CodeDueBeforeStart), and malformed
	// check-ins are one under a reading that runs the pace check
	// (CodeBadCheckIns; ReadingCommon, Doran and Dutch all do). The other
	// problems (an empty title, a milestone without a title, a malformed
	// link, an undeclared commitment) are only here.
	//
	// In JSON it is the list "invalid" of the FieldErrors (absent when
	// nil). Decoding restores each error's sentinel from its code, so
	// errors.Is works on a decoded report; a Value comes back as its
	// generic JSON value (a number as float64, a time as its text).
	Invalid error `json:"-"`
}

// reportJSON is Report's JSON form.
type reportJSON struct {
	Language        Language        `json:"language"`
	MessageLanguage Language        `json:"messageLanguage"`
	Letters         [5]LetterReport `json:"letters"`
	FromText        []Fact          `json:"fromText,omitempty"`
	Invalid         []*FieldError   `json:"invalid,omitempty"`
}

// Report reads its members through reportJSON (jsonx.Unknown checks them there).
var _ = jsonx.Shape[Report, reportJSON]()

// MarshalJSON writes the report with Invalid as the list "invalid".
func (r Report) MarshalJSON() ([]byte, error) {
	list, _ := fault.List(r.Invalid)
	return json.Marshal(reportJSON{Language: r.Language, MessageLanguage: r.MessageLanguage, Letters: r.Letters, FromText: r.FromText, Invalid: list})
}

// UnmarshalJSON reads what MarshalJSON writes, restoring each error's
// sentinel from its code.
func (r *Report) UnmarshalJSON(b []byte) error {
	var j reportJSON
	if err := json.Unmarshal(b, &j); err != nil {
		return err
	}
	*r = Report{Language: j.Language, MessageLanguage: j.MessageLanguage, Letters: j.Letters, FromText: j.FromText}
	errs := make([]error, 0, len(j.Invalid))
	for _, fe := range j.Invalid {
		if i := slices.IndexFunc(messages, func(m fault.Message) bool { return m.Code == fe.Code }); i >= 0 {
			fe.Err = messages[i].Err
		}
		errs = append(errs, fe)
	}
	r.Invalid = fault.Join(errs...)
	return nil
}

// Met reports whether every letter is met.
func (r Report) Met() bool {
	for _, l := range r.Letters {
		if !l.Met {
			return false
		}
	}
	return true
}

// Findings returns all findings, letter by letter, in a new slice.
func (r Report) Findings() []Finding {
	var out []Finding
	for _, l := range r.Letters {
		out = append(out, l.Findings...)
	}
	return out
}

// Check checks g against the five SMART letters and returns a report per
// letter. It never fails: a malformed goal or check-in becomes a finding
// (and Report.Invalid says what is wrong).
//
// Unless opts.IgnoreText, Check first reads the title and description
// with [Read] and fills the goal's empty fields from them: the measure
// (metric, unit, direction, baseline, target) when the form gives none of
// it, the due date and the start date each when empty. A goal fully stated
// in its text ("Van 3 naar 1 keer per week overwerken, voor eind Q2") thus
// meets M and T; Report.FromText lists the fields taken from the text and
// the words they came from.
//
//   - S, Specific: the findings of Lint on title and description.
//   - M, Measurable: a metric (CodeNoMetric), a unit (CodeNoUnit), a
//     direction (CodeNoDirection), a target or band (CodeNoTarget), a
//     baseline (CodeNoBaseline, a warning), a target beyond the baseline in
//     the stated direction (CodeWrongDirection), well-formed numbers
//     (CodeBadMeasure); a Within goal already in its band is an Info.
//   - A, Achievable (default) and R, Realistic (Doran, Dutch): the pace
//     check. The pace needed is (target − current) / (due − now), with
//     current the latest check-in at or before now (the baseline before
//     any), which at the start is the (target − baseline) / time
//     left; the pace seen is the least-squares slope through those
//     check-ins (see Forecast). A pace seen of zero or away from the target
//     is CodeNoProgress; a pace needed above RateFactor times the pace seen
//     is CodeRateTooHigh; fewer than two check-ins at distinct times is
//     CodeNoHistory (Info). An achieved goal, a past due date or a zero Now
//     skip the check.
//   - A, Assignable (Doran): an owner (CodeNoOwner), owners for milestones
//     (CodeMilestoneNoOwner, a warning). A, Acceptable (Dutch): an owner
//     who accepted it (CodeNoOwnerAccepted); an aspirational goal is an
//     Info (CodeAspirational).
//   - R, Relevant (default): at least one well-formed link, with a
//     declared kind and an ID that is not a placeholder such as "n.v.t.",
//     "N/A" or "tbd" (see [Placeholder]) (CodeNoLink); links to
//     objectives outside opts.Objectives, when given, are warnings.
//   - T, Time-bound: a due date (CodeNoDue), a start date (CodeNoStart, a
//     warning), due after start (CodeDueBeforeStart), due not passed at now
//     unless the check-ins show the goal achieved (CodePastDue), start and
//     due inside the programme (CodeOutsideProgramme), milestones not after
//     the due date (CodeMilestoneAfterDue, a warning).
//
// Inputs are not modified; the report shares no memory with them.
func Check(g Goal, opts CheckOptions) Report {
	lang := opts.Language
	if lang != English && lang != Dutch {
		lang = DetectLanguage(g.Title + "\n" + g.Description)
	}
	ml := opts.MessageLanguage
	if ml != English && ml != Dutch {
		ml = lang
	}
	factor := opts.RateFactor
	if !(factor >= 1) || math.IsInf(factor, 0) {
		factor = DefaultRateFactor
	}
	reading := opts.Reading.resolve()
	var fromText []Fact
	if !opts.IgnoreText {
		g, fromText = fillFromText(g, lang, opts)
	}
	c := checker{g: g, opts: opts, ml: ml, factor: factor}
	c.cins, c.cinsErr = checkInsUntil(opts.CheckIns, opts.Now, g.ID)
	c.m, c.mErr = measureOf(g)

	r := Report{Language: lang, MessageLanguage: ml, FromText: fromText, Invalid: fault.Join(g.Validate(), c.cinsErr)}
	spec := lint(g.Title, g.Description, lang)
	for i := range spec {
		spec[i].Message = message(ml, spec[i], opts.Now)
	}
	var a, rr []Finding
	switch reading.A {
	case Achievable:
		a = c.pace()
	case Assignable:
		a = c.owner(CodeNoOwner, true)
	case Acceptable:
		a = c.owner(CodeNoOwnerAccepted, false)
	}
	if reading.R == Realistic {
		rr = c.pace()
	} else {
		rr = c.relevant()
	}
	letters := [5]struct {
		letter    string
		criterion Criterion
		findings  []Finding
	}{
		{"S", Specific, spec},
		{"M", Measurable, c.measurable()},
		{"A", reading.A, a},
		{"R", reading.R, rr},
		{"T", TimeBound, c.timeBound()},
	}
	for i, l := range letters {
		met := !slices.ContainsFunc(l.findings, func(f Finding) bool { return f.Severity == Error })
		r.Letters[i] = LetterReport{Letter: l.letter, Criterion: l.criterion, Name: l.criterion.Label(ml), Met: met, Findings: l.findings}
	}
	return r
}

// checker holds what the letter checks share.
type checker struct {
	g       Goal
	opts    CheckOptions
	ml      Language
	factor  float64
	cins    []CheckIn // valid, sorted, at or before Now
	cinsErr error
	m       measure
	mErr    error
}

// checkInsUntil returns the check-ins at or before now (all when now is
// zero), sorted by time, or nil and the error when any is malformed.
func checkInsUntil(cs []CheckIn, now time.Time, id string) ([]CheckIn, error) {
	if err := validateCheckIns(cs, id); err != nil {
		return nil, err
	}
	out := sortedCheckIns(cs)
	if !now.IsZero() {
		i, _ := slices.BinarySearchFunc(out, now, func(c CheckIn, t time.Time) int {
			if c.Time.After(t) {
				return 1
			}
			return -1
		})
		out = out[:i]
	}
	return out, nil
}

func (c *checker) finding(code Code, sev Severity, field string, args ...any) Finding {
	return Finding{Code: code, Severity: sev, Field: field, Message: msgf(c.ml, code, args...)}
}

// current is the latest check-in value, or the baseline.
func (c *checker) current() float64 {
	if n := len(c.cins); n > 0 {
		return c.cins[n-1].Value
	}
	return c.m.baseline
}

func (c *checker) measurable() []Finding {
	g := c.g
	var out []Finding
	if g.Metric == "" {
		out = append(out, c.finding(CodeNoMetric, Error, "metric"))
	}
	if g.Unit == "" {
		out = append(out, c.finding(CodeNoUnit, Error, "unit"))
	}
	if g.Direction == DirectionUnset {
		out = append(out, c.finding(CodeNoDirection, Error, "direction"))
	}
	bad := func(field string, v any) {
		out = append(out, c.finding(CodeBadMeasure, Error, field, fieldLabel(c.ml, field), c.value(v)))
	}
	if !directionTable.Declared(g.Direction) {
		bad("direction", int(g.Direction))
	}
	finite := func(v float64) bool { return !math.IsNaN(v) && !math.IsInf(v, 0) }
	if g.Baseline == nil {
		out = append(out, c.finding(CodeNoBaseline, Warning, "baseline"))
	} else if !finite(*g.Baseline) {
		bad("baseline", *g.Baseline)
	}
	switch g.Direction {
	case Within:
		if g.Target != nil {
			bad("target", *g.Target)
		}
		switch {
		case g.Band == nil:
			out = append(out, c.finding(CodeNoTarget, Error, "band"))
		case !finite(g.Band.Min) || !finite(g.Band.Max) || g.Band.Min > g.Band.Max:
			bad("band", *g.Band)
		case g.Baseline != nil && finite(*g.Baseline) && *g.Baseline >= g.Band.Min && *g.Baseline <= g.Band.Max:
			out = append(out, c.finding(CodeAlreadyInBand, Info, "baseline",
				num(c.ml, *g.Baseline), num(c.ml, g.Band.Min), num(c.ml, g.Band.Max)))
		}
	default:
		if g.Band != nil && (g.Direction == Increase || g.Direction == Decrease) {
			bad("band", *g.Band)
		}
		switch {
		case g.Target == nil:
			if g.Band == nil || g.Direction != DirectionUnset {
				out = append(out, c.finding(CodeNoTarget, Error, "target"))
			}
		case !finite(*g.Target):
			bad("target", *g.Target)
		case g.Baseline != nil && finite(*g.Baseline):
			b, t := *g.Baseline, *g.Target
			if (g.Direction == Increase && t <= b) || (g.Direction == Decrease && t >= b) {
				out = append(out, c.finding(CodeWrongDirection, Error, "target",
					num(c.ml, t), beyondLabel(c.ml, g.Direction), num(c.ml, b), directionLabel(c.ml, g.Direction)))
			}
		}
	}
	return out
}

// directionLabel is the verb of a direction in lang: rise or fall.
func directionLabel(lang Language, d Direction) string {
	switch {
	case lang == Dutch && d == Decrease:
		return "dalen"
	case lang == Dutch:
		return "stijgen"
	case d == Decrease:
		return "fall"
	}
	return "rise"
}

// beyondLabel says where the target must lie: above the baseline of a
// rising goal, below that of a falling one.
func beyondLabel(lang Language, d Direction) string {
	switch {
	case lang == Dutch && d == Decrease:
		return "onder"
	case lang == Dutch:
		return "boven"
	case d == Decrease:
		return "below"
	}
	return "above"
}

// value formats a malformed measure value for a message: a number as the
// language writes it, a band as "min t/m max", a direction by its number.
func (c *checker) value(v any) string {
	switch v := v.(type) {
	case float64:
		return num(c.ml, v)
	case Band:
		sep := " to "
		if c.ml == Dutch {
			sep = " t/m "
		}
		return num(c.ml, v.Min) + sep + num(c.ml, v.Max)
	case int:
		return num(c.ml, float64(v))
	}
	return ""
}

// pace is the check of Achievable (or Realistic).
func (c *checker) pace() []Finding {
	if c.cinsErr != nil {
		list, _ := fault.List(c.cinsErr)
		return []Finding{c.finding(CodeBadCheckIns, Error, "checkIns",
			count(c.ml, len(list), "problem", "problems", "probleem", "problemen"))}
	}
	if c.mErr != nil || c.opts.Now.IsZero() {
		return nil
	}
	cur := c.current()
	// When target − current overflows, the rates are compared in half
	// units: the ratio is the same.
	half := 1.0
	remaining := c.m.remaining(cur, 1)
	if math.IsInf(remaining, 0) {
		half = 0.5
		remaining = c.m.remaining(cur, half)
	}
	left := daysBetween(c.opts.Now, c.m.due)
	if remaining <= 0 || left <= 0 {
		return nil
	}
	l, err := fitLine(c.cins, c.g.ID)
	if err != nil {
		return []Finding{c.finding(CodeNoHistory, Info, "checkIns")}
	}
	seen := l.slopePerDay() * c.m.sign(cur)
	if seen <= 0 {
		return []Finding{c.finding(CodeNoProgress, Error, "checkIns",
			num(c.ml, seen*7), num(c.ml, remaining/half), c.g.Unit)}
	}
	needed := remaining / left // per day, in half units when half is 0.5
	if ratio := needed / (seen * half); ratio > c.factor {
		return []Finding{c.finding(CodeRateTooHigh, Error, "target",
			num(c.ml, remaining/half), c.g.Unit, count(c.ml, int(math.Min(math.Round(left), 1e9)), "day", "days", "dag", "dagen"), num(c.ml, needed*7/half),
			num(c.ml, ratio), num(c.ml, seen*7), num(c.ml, c.factor))}
	}
	return nil
}

// owner is the check of Assignable (milestones too) or Acceptable.
func (c *checker) owner(code Code, milestones bool) []Finding {
	var out []Finding
	if c.g.Owner == "" {
		out = append(out, c.finding(code, Error, "owner"))
	}
	if milestones {
		for i, m := range c.g.Milestones {
			if m.Owner == "" {
				out = append(out, c.finding(CodeMilestoneNoOwner, Warning, fault.Index("milestones", i)+".owner", quoted(m.Title)))
			}
		}
	} else if c.g.Commitment == Aspirational {
		out = append(out, c.finding(CodeAspirational, Info, "commitment"))
	}
	return out
}

func (c *checker) relevant() []Finding {
	// Only a link with a declared kind and an ID serves something; a
	// malformed one is in Report.Invalid.
	if !slices.ContainsFunc(c.g.Links, func(l Link) bool {
		return l.Kind != LinkUnset && linkKindTable.Declared(l.Kind) && !Placeholder(l.ID)
	}) {
		return []Finding{c.finding(CodeNoLink, Error, "links")}
	}
	var out []Finding
	if c.opts.Objectives != nil {
		for i, l := range c.g.Links {
			if l.Kind == LinkObjective && !slices.Contains(c.opts.Objectives, l.ID) {
				out = append(out, c.finding(CodeUnknownObjective, Warning, fault.Index("links", i)+".id", quoted(l.ID)))
			}
		}
	}
	return out
}

func (c *checker) timeBound() []Finding {
	g, o, ml := c.g, c.opts, c.ml
	var out []Finding
	if g.Due.IsZero() {
		out = append(out, c.finding(CodeNoDue, Error, "due", exampleDate(ml, o.Now)))
	}
	if g.Start.IsZero() {
		out = append(out, c.finding(CodeNoStart, Warning, "start"))
	}
	if !g.Start.IsZero() && !g.Due.IsZero() && !g.Due.After(g.Start) {
		out = append(out, c.finding(CodeDueBeforeStart, Error, "due", day(ml, g.Due), day(ml, g.Start)))
	}
	if !g.Due.IsZero() && !o.Now.IsZero() && g.Due.Before(o.Now) {
		achieved := c.mErr == nil && c.m.achieved(c.current())
		if !achieved {
			out = append(out, c.finding(CodePastDue, Error, "due", day(ml, g.Due), day(ml, o.Now)))
		}
	}
	if !o.ProgrammeStart.IsZero() || !o.ProgrammeEnd.IsZero() {
		from, to := "…", "…"
		if !o.ProgrammeStart.IsZero() {
			from = day(ml, o.ProgrammeStart)
		}
		if !o.ProgrammeEnd.IsZero() {
			to = day(ml, o.ProgrammeEnd)
		}
		for _, f := range []struct {
			name string
			t    time.Time
		}{{"start", g.Start}, {"due", g.Due}} {
			if f.t.IsZero() {
				continue
			}
			if (!o.ProgrammeStart.IsZero() && f.t.Before(o.ProgrammeStart)) || (!o.ProgrammeEnd.IsZero() && f.t.After(o.ProgrammeEnd)) {
				out = append(out, c.finding(CodeOutsideProgramme, Error, f.name, fieldLabel(ml, f.name), day(ml, f.t), from, to))
			}
		}
	}
	if !g.Due.IsZero() {
		for i, m := range g.Milestones {
			if m.Due.After(g.Due) {
				out = append(out, c.finding(CodeMilestoneAfterDue, Warning, fault.Index("milestones", i)+".due",
					quoted(m.Title), day(ml, m.Due), day(ml, g.Due)))
			}
		}
	}
	return out
}

// fillFromText fills the empty measure and date fields of g from its text
// and says which. A measure is taken from the text only when the form
// gives none of metric, unit, direction, baseline, target and band, so
// text and form are never mixed into one measure; the due and start dates
// are filled each when empty. Text longer than MaxTextLength is not read.
func fillFromText(g Goal, lang Language, opts CheckOptions) (Goal, []Fact) {
	r, err := Read(g.Title, g.Description, ReadOptions{Language: lang, Now: opts.Now,
		MonthFirst: opts.MonthFirst, FiscalYearStart: opts.FiscalYearStart})
	if err != nil {
		return g, nil
	}
	s := r.Suggested
	emptyMeasure := g.Metric == "" && g.Unit == "" && g.Direction == DirectionUnset && g.Baseline == nil &&
		g.Target == nil && g.Band == nil
	var used []Fact
	for _, f := range r.Facts {
		switch f.Field {
		case "metric", "unit", "direction", "baseline", "target":
			if !emptyMeasure {
				continue
			}
		case "due":
			if !g.Due.IsZero() {
				continue
			}
		case "start":
			if !g.Start.IsZero() || (!g.Due.IsZero() && !s.Start.Before(g.Due)) {
				continue
			}
		}
		used = append(used, f)
	}
	for _, f := range used {
		switch f.Field {
		case "metric":
			g.Metric = s.Metric
		case "unit":
			g.Unit = s.Unit
		case "direction":
			g.Direction = s.Direction
		case "baseline":
			g.Baseline = Float(*s.Baseline)
		case "target":
			g.Target = Float(*s.Target)
		case "due":
			g.Due = s.Due
		case "start":
			g.Start = s.Start
		}
	}
	return g, used
}

// placeholders are what people type in a required field when they have
// nothing to put there, folded and without punctuation or spaces.
var placeholders = set("", "nvt", "na", "tbd", "tba", "ntb", "nader", "none", "geen", "nee", "no", "nil", "null",
	"todo", "xxx", "xx", "x", "onbekend", "unknown", "nogniet", "notyet", "volgt", "follows", "leeg", "empty", "0")

// Placeholder reports whether id is a placeholder rather than an ID:
// blank, "n.v.t.", "N/A", "tbd", "nog niet", "-", "?" and the like. A
// link with such an ID serves nothing, so it does not meet Relevant.
func Placeholder(id string) bool {
	var b strings.Builder
	for _, t := range words.Tokens(id) {
		b.WriteString(t.Text)
	}
	return placeholders[b.String()]
}
