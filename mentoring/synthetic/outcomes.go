package synthetic

import (
	"cmp"
	"math"
	"math/rand/v2"
	"slices"
	"time"

	"github.com/mentorkit/mentorkit/internal/enum"
	"github.com/mentorkit/mentorkit/internal/fault"
	"github.com/mentorkit/mentorkit/internal/jsonx"
	"github.com/mentorkit/mentorkit/mentoring"
)

// ExitCause is why a person's employment in the organisation (or unit)
// ended: the competing ways of leaving that a cumulative incidence per
// cause separates. The zero value is unset: the person is still there
// (censored at the end of the window).
type ExitCause uint8

const (
	// ExitUnset: no exit (still employed at the end of the window).
	ExitUnset ExitCause = iota
	// ExitLeft: left the organisation (resigned or dismissed).
	ExitLeft
	// ExitPromotedAway: promoted into a role outside the programme's
	// population.
	ExitPromotedAway
	// ExitTransferred: moved to another unit or location.
	ExitTransferred
)

var exitCauseTable = enum.New[ExitCause]("ExitCause", "", "left", "promotedAway", "transferred")

// String returns the cause's name ("promotedAway"), "unset" for the zero
// value or "ExitCause(n)" for an undeclared value.
func (c ExitCause) String() string { return exitCauseTable.String(c) }

// MarshalText implements encoding.TextMarshaler; an undeclared value is an
// error wrapping the module's unknown-enum sentinel.
func (c ExitCause) MarshalText() ([]byte, error) { return exitCauseTable.Marshal(c) }

// UnmarshalText implements encoding.TextUnmarshaler, ignoring case; an
// unknown name is an error and leaves c unchanged.
func (c *ExitCause) UnmarshalText(text []byte) error { return exitCauseTable.Unmarshal(text, c) }

// OutcomeConfig sets the shape of generated employee outcomes. The zero
// value of every field but Start means its documented default.
type OutcomeConfig struct {
	// Start is the first day of the observation window (and of the
	// programme); required, there is no clock.
	Start time.Time `json:"start"`
	// Months is the length of the observation window, 1 to 120; 0 means
	// 36 (three years).
	Months int `json:"months,omitempty"`
	// Mentored is how many people take part in the programme, 0 to
	// len(people); 0 means 15 % of the people (at least one).
	Mentored int `json:"mentored,omitempty"`
	// YearlyExit is the yearly leaving rate of a typical non-mentored
	// person, in (0, 1); 0 means 0.15.
	YearlyExit float64 `json:"yearlyExit,omitempty"`
	// HazardRatio multiplies the leaving hazard of mentored people, in
	// (0, 10]; 0 means 0.6 (mentoring keeps people).
	HazardRatio float64 `json:"hazardRatio,omitempty"`
}

// MarshalJSON writes cfg by the module's JSON rule for numbers.
func (cfg OutcomeConfig) MarshalJSON() ([]byte, error) { return jsonx.Marshal(cfg) }

// UnmarshalJSON reads what MarshalJSON writes.
func (cfg *OutcomeConfig) UnmarshalJSON(b []byte) error { return jsonx.Unmarshal(b, cfg) }

// OutcomeRecord is what an HR system knows about one employee at the end
// of the observation window. Floating-point values that were not measured
// are NaN (JSON "NaN"); Recommend is -1 when the person was not asked.
type OutcomeRecord struct {
	// PersonID, Department and Level are copied from the person.
	PersonID   string          `json:"personId"`
	Department string          `json:"department,omitempty"`
	Level      mentoring.Level `json:"level"`
	// Years is the tenure at Start, in years.
	Years float64 `json:"years"`
	// SelfEvaluation is a core self-evaluation score in 0–1 (from the
	// person's Big Five: high conscientiousness and emotional stability),
	// the kind of trait that both draws people into mentoring and keeps
	// them (Kammeyer-Mueller & Judge 2008).
	SelfEvaluation float64 `json:"selfEvaluation"`
	// Mentored reports taking part in the programme.
	Mentored bool `json:"mentored"`
	// Start is when the person's observation starts.
	Start time.Time `json:"start"`
	// Exit is when they left, the zero time when still employed at the end
	// of the window.
	Exit time.Time `json:"exit,omitzero"`
	// ExitCause is why they left; [ExitUnset] exactly when Exit is zero.
	ExitCause ExitCause `json:"exitCause,omitempty"`
	// EngagementBefore and EngagementAfter are engagement survey scores on
	// a 1–5 scale at Start and after one year (NaN: no response, or left).
	EngagementBefore float64 `json:"engagementBefore"`
	EngagementAfter  float64 `json:"engagementAfter"`
	// Promoted reports a promotion within the window.
	Promoted bool `json:"promoted"`
	// GASTScore is the Goal Attainment Scaling T-score of the mentee's
	// goals (mentored only, NaN otherwise or when not scored).
	GASTScore float64 `json:"gasTScore"`
	// SessionRatings are the mentee's 1–5 ratings of their sessions
	// (mentored only).
	SessionRatings []int `json:"sessionRatings,omitempty"`
	// Recommend is the 0–10 "would you recommend the programme" answer,
	// -1 when not asked or not answered.
	Recommend int `json:"recommend"`
	// FeedbackBefore and FeedbackAfter are 360-degree behaviour scores on a
	// 1–5 scale before and after the programme (mentored only, NaN when
	// missing).
	FeedbackBefore float64 `json:"feedbackBefore"`
	FeedbackAfter  float64 `json:"feedbackAfter"`
}

// MarshalJSON writes r by the module's JSON rule for numbers: an
// unmeasured score is "NaN".
func (r OutcomeRecord) MarshalJSON() ([]byte, error) { return jsonx.Marshal(r) }

// UnmarshalJSON reads what MarshalJSON writes.
func (r *OutcomeRecord) UnmarshalJSON(b []byte) error { return jsonx.Unmarshal(b, r) }

// Outcomes generates the outcome records of people (as Organisation makes
// them; people without a Personality get a neutral 0.5 self-evaluation)
// over an observation window, with a known programme effect and a known
// selection bias:
//
//   - Selection: the Mentored people are those with the highest
//     logit = 1.5·junior + 2·SelfEvaluation − 0.1·Years plus a Gumbel
//     draw, so mentored people are more junior, newer and more
//     self-confident than the rest before the programme starts.
//   - Leaving: exponential with a monthly hazard
//     YearlyExit/12 · exp(0.5·junior − 1.5·(SelfEvaluation − 0.5) − 0.03·(Years − 5)),
//     times HazardRatio for mentored people; censored at the window end.
//   - Exit cause, given an exit: left the organisation 70 %, promoted
//     away 10 %, transferred 20 % for non-mentored people; 50 %, 30 %,
//     20 % for mentored ones (mentoring moves people up and out of the
//     population as well as keeping them). The causes are drawn after
//     every other draw, one per leaver in the order of people, so the
//     rest of each record is what it was before causes were added; a
//     caller who draws from rng after Outcomes gets different numbers
//     than before.
//   - Engagement: 3 + 0.8·SelfEvaluation + N(0, 0.4²) before, plus
//     0.05 (everyone) + 0.25 (mentored) + N(0, 0.35²) after one year; 10 %
//     non-response each time; no after-score for people who left in the
//     first year. Scores are clipped to 1–5.
//   - Promotion: probability 0.10 + 0.10·SelfEvaluation, plus 0.06 for
//     mentored people, for those still there after a year (so nobody
//     when the window is shorter than a year).
//   - Mentored people only: GAS T-score from three goals with levels
//     drawn from −2..2 (mostly 0 and +1; 10 % not scored), 4 to 12
//     session ratings (1–5, mostly 4), a recommend answer (80 % answer)
//     and a 360 score before and after (+0.2 on average, 25 % missing).
//
// Records come in the order of people. The same rng state, people and cfg
// give the same records. people is not modified.
//
// Errors: a [*FieldError] (ErrConfig) per setting out of range, joined.
func Outcomes(rng *rand.Rand, people []mentoring.Person, cfg OutcomeConfig) ([]OutcomeRecord, error) {
	months, k, exitRate, hr, err := cfg.resolve(rng, people)
	if err != nil {
		return nil, err
	}

	recs := make([]OutcomeRecord, len(people))
	type cand struct {
		i     int
		score float64
	}
	cands := make([]cand, len(people))
	for i, p := range people {
		self := 0.5
		if p.Personality != nil {
			self = 0.5*p.Personality.Conscientiousness + 0.5*(1-p.Personality.Neuroticism)
		}
		recs[i] = OutcomeRecord{
			PersonID: p.ID, Department: p.Department, Level: p.Seniority.Level,
			Years: p.Seniority.Years, SelfEvaluation: self, Start: cfg.Start,
			EngagementBefore: math.NaN(), EngagementAfter: math.NaN(),
			GASTScore: math.NaN(), Recommend: -1,
			FeedbackBefore: math.NaN(), FeedbackAfter: math.NaN(),
		}
		u := 1 - rng.Float64() // (0, 1]
		gumbel := -math.Log(-math.Log(u) + 1e-300)
		cands[i] = cand{i, 1.5*junior(p) + 2*self - 0.1*p.Seniority.Years + gumbel}
	}
	slices.SortStableFunc(cands, func(a, b cand) int {
		if c := cmp.Compare(b.score, a.score); c != 0 {
			return c
		}
		return cmp.Compare(people[a.i].ID, people[b.i].ID)
	})
	for _, c := range cands[:k] {
		recs[c.i].Mentored = true
	}

	end := float64(months)
	for i := range recs {
		r := &recs[i]
		j := junior(people[i])
		hazard := exitRate / 12 * math.Exp(0.5*j-1.5*(r.SelfEvaluation-0.5)-0.03*(r.Years-5))
		if r.Mentored {
			hazard *= hr
		}
		left := rng.ExpFloat64() / hazard // months
		if left < end {
			r.Exit = addMonths(r.Start, left)
		}
		clip := func(v float64) float64 { return min(5, max(1, v)) }
		before := clip(3 + 0.8*r.SelfEvaluation + 0.4*rng.NormFloat64())
		if rng.Float64() >= 0.1 {
			r.EngagementBefore = before
		}
		gain := 0.05 + 0.35*rng.NormFloat64()
		if r.Mentored {
			gain += 0.25
		}
		if rng.Float64() >= 0.1 && left >= 12 && end >= 12 {
			r.EngagementAfter = clip(before + gain)
		}
		p := 0.10 + 0.10*r.SelfEvaluation
		if r.Mentored {
			p += 0.06
		}
		r.Promoted = left >= 12 && end >= 12 && rng.Float64() < p
		if !r.Mentored {
			continue
		}
		if rng.Float64() >= 0.1 {
			var s float64
			for range 3 {
				s += float64(gasLevel(rng))
			}
			r.GASTScore = 50 + 10*s/math.Sqrt(0.7*3+0.3*9)
		}
		r.SessionRatings = make([]int, 4+rng.IntN(9))
		for s := range r.SessionRatings {
			r.SessionRatings[s] = min(5, max(1, int(math.Round(4+0.8*rng.NormFloat64()))))
		}
		if rng.Float64() < 0.8 {
			r.Recommend = min(10, max(0, int(math.Round(8+1.6*rng.NormFloat64()))))
		}
		if rng.Float64() >= 0.25 {
			fb := clip(3.2 + 0.5*rng.NormFloat64())
			r.FeedbackBefore = fb
			r.FeedbackAfter = clip(fb + 0.2 + 0.3*rng.NormFloat64())
		}
	}
	for i := range recs {
		if r := &recs[i]; !r.Exit.IsZero() {
			r.ExitCause = exitCause(rng, r.Mentored)
		}
	}
	return recs, nil
}

// exitCause draws why a leaver left (see Outcomes for the shares).
func exitCause(rng *rand.Rand, mentored bool) ExitCause {
	left, promoted := 0.7, 0.1
	if mentored {
		left, promoted = 0.5, 0.3
	}
	switch u := rng.Float64(); {
	case u < left:
		return ExitLeft
	case u < left+promoted:
		return ExitPromotedAway
	}
	return ExitTransferred
}

// junior is 1 for junior and medior people, 0 otherwise.
func junior(p mentoring.Person) float64 {
	if p.Seniority.Level <= mentoring.LevelMedior {
		return 1
	}
	return 0
}

// gasLevel draws a goal attainment level: −2 5 %, −1 15 %, 0 40 %, +1
// 30 %, +2 10 %.
func gasLevel(rng *rand.Rand) int {
	u := rng.Float64()
	switch {
	case u < 0.05:
		return -2
	case u < 0.20:
		return -1
	case u < 0.60:
		return 0
	case u < 0.90:
		return 1
	}
	return 2
}

// addMonths adds a fractional number of average months (30.436875 days)
// to t, rounded to the second.
func addMonths(t time.Time, months float64) time.Time {
	return t.Add(time.Duration(math.Round(months*30.436875*86400)) * time.Second)
}

// resolve checks cfg for Outcomes and returns the settings with the
// defaults filled in: the window in months, the number mentored, the
// yearly exit rate and the hazard ratio.
func (cfg OutcomeConfig) resolve(rng *rand.Rand, people []mentoring.Person) (months, k int, exitRate, hr float64, err error) {
	var c fault.Collector
	if rng == nil {
		c.Add(msgNoRNG.At("rng", nil))
	}
	if cfg.Start.IsZero() {
		c.Add(msgRequired.At("start", nil))
	}
	months = cmp.Or(cfg.Months, 36)
	if months < 1 || months > 120 {
		c.Add(msgZeroOrBetween.At("months", cfg.Months, 1, 120))
	}
	k = cfg.Mentored
	if k == 0 {
		k = max(1, len(people)*15/100)
	}
	if k < 0 || k > len(people) {
		c.Add(msgBetween.At("mentored", cfg.Mentored, 0, len(people)))
	}
	exitRate = cmp.Or(cfg.YearlyExit, 0.15)
	if !(exitRate > 0 && exitRate < 1) {
		c.Add(msgProbability.At("yearlyExit", cfg.YearlyExit))
	}
	hr = cmp.Or(cfg.HazardRatio, 0.6)
	if !(hr > 0 && hr <= 10) {
		c.Add(msgHazardRatio.At("hazardRatio", cfg.HazardRatio))
	}
	if len(people) == 0 {
		c.Add(msgNoPeople.At("people", nil))
	}
	return months, k, exitRate, hr, c.Err()
}
