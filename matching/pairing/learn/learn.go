package learn

import (
	"math"
	"math/rand/v2"

	"github.com/mentorkit/mentorkit/internal/enum"
	"github.com/mentorkit/mentorkit/internal/jsonx"
	"github.com/mentorkit/mentorkit/matching/pairing"
)

// Pair is one past pair: its criterion breakdown as pairing gave it
// ([pairing.Match.Breakdown]) and the outcome observed.
type Pair struct {
	// ID names the pair in errors (the relationship ID); may be empty.
	ID string `json:"id,omitempty"`
	// Breakdown is the pair's score per criterion. A criterion with
	// Missing set did not apply to the pair; its Score is ignored.
	Breakdown []pairing.Contribution `json:"breakdown"`
	// Outcome is what happened: a satisfaction or health score
	// (continuous; an ordinal rating is treated as continuous) or 1 for a
	// relationship that completed and 0 for one that ended early (binary).
	Outcome float64 `json:"outcome"`
}

// MarshalJSON writes the pair by the module's number rule.
func (p Pair) MarshalJSON() ([]byte, error) { return jsonx.Marshal(p) }

// UnmarshalJSON reads what MarshalJSON writes.
func (p *Pair) UnmarshalJSON(b []byte) error { return jsonx.Unmarshal(b, p) }

// Outcome is the type of the outcome, which chooses the regression. The
// zero value is unset: [Fit] then takes binary when every outcome is 0 or
// 1, else continuous.
type Outcome uint8

// The outcome types.
const (
	// Continuous outcomes (satisfaction, health, ordinal ratings taken as
	// numbers) are fitted by non-negative least squares.
	Continuous Outcome = iota + 1
	// Binary outcomes (completed 1, ended early 0) are fitted by logistic
	// regression with non-negative criterion coefficients.
	Binary
)

var outcomeTable = enum.New[Outcome]("outcome", "", "continuous", "binary")

// String returns "continuous", "binary" or "" when unset.
func (o Outcome) String() string { return outcomeTable.String(o) }

// MarshalText writes the name.
func (o Outcome) MarshalText() ([]byte, error) { return outcomeTable.Marshal(o) }

// UnmarshalText reads a name (case-insensitive).
func (o *Outcome) UnmarshalText(b []byte) error { return outcomeTable.Unmarshal(b, o) }

// Status says whether a criterion's weight could be learned.
type Status uint8

// The statuses of a criterion. A criterion that was not learned gets
// weight 0.
const (
	Learned       Status = iota + 1 // its coefficient was estimated
	NoData                          // it was scored for no pair
	NotIdentified                   // its scores are constant or collinear with other criteria
)

var statusTable = enum.New[Status]("status", "", "learned", "noData", "notIdentified")

// String returns "learned", "noData", "notIdentified" or "" when unset.
func (s Status) String() string { return statusTable.String(s) }

// MarshalText writes the name.
func (s Status) MarshalText() ([]byte, error) { return statusTable.Marshal(s) }

// UnmarshalText reads a name (case-insensitive).
func (s *Status) UnmarshalText(b []byte) error { return statusTable.Unmarshal(b, s) }

// Config tunes [Fit]. The zero value fits the outcome type the data
// suggest with 5 folds, 200 bootstrap resamples and 95% intervals.
type Config struct {
	// Outcome is the outcome type; unset means binary when every outcome
	// is 0 or 1, else continuous.
	Outcome Outcome `json:"outcome,omitempty"`
	// Folds is the number of cross-validation folds, 2 to the number of
	// pairs; 0 means 5 (capped at the number of pairs).
	Folds int `json:"folds,omitempty"`
	// Bootstrap is the number of bootstrap resamples for the intervals;
	// 0 means 200. Negative values are an error.
	Bootstrap int `json:"bootstrap,omitempty"`
	// Confidence is the level of the percentile intervals, in (0, 1); 0
	// means 0.95.
	Confidence float64 `json:"confidence,omitempty"`
	// Baseline are the weights the cross-validation compares the learned
	// weights with; nil means pairing.DefaultWeights. Custom criteria
	// weigh 0 in the baseline.
	Baseline *pairing.Weights `json:"baseline,omitempty"`
}

// MarshalJSON writes the config by the module's number rule.
func (c Config) MarshalJSON() ([]byte, error) { return jsonx.Marshal(c) }

// UnmarshalJSON reads what MarshalJSON writes.
func (c *Config) UnmarshalJSON(b []byte) error { return jsonx.Unmarshal(b, c) }

// Criterion is what was learned about one criterion.
type Criterion struct {
	// Name is the criterion's name in the breakdowns ("skills", or a
	// custom criterion's name).
	Name   string `json:"name"`
	Status Status `json:"status"`
	// Coef is the fitted coefficient, ≥ 0: the change of the outcome
	// (continuous) or of its log-odds (binary) from a score of 0 to 1 on
	// this criterion. NaN when not learned.
	Coef float64 `json:"coef"`
	// CoefLower and CoefUpper are the bootstrap percentile interval of
	// Coef at Result.Confidence.
	CoefLower float64 `json:"coefLower"`
	CoefUpper float64 `json:"coefUpper"`
	// Weight is Coef divided by the sum of the learned coefficients (the
	// weights sum to 1; all 0 when every coefficient is 0); 0 when not
	// learned.
	Weight float64 `json:"weight"`
	// Lower and Upper are the bootstrap percentile interval of Weight.
	Lower float64 `json:"lower"`
	Upper float64 `json:"upper"`
	// Missing counts the pairs for which the criterion did not apply.
	Missing int `json:"missing"`
	// MissingEffect is the coefficient of the criterion's missing
	// indicator (free in sign): the outcome's (or log-odds') shift for
	// pairs without the criterion's data. NaN when every pair or no pair
	// has the data.
	MissingEffect float64 `json:"missingEffect"`
	// Contribution is the share of the null deviance (for a continuous
	// outcome the total sum of squares, so it is a drop in R²) that is
	// lost when the criterion and its missing indicator are left out and
	// the model is refitted. 0 when not learned.
	Contribution float64 `json:"contribution"`
}

// MarshalJSON writes the criterion by the module's number rule.
func (c Criterion) MarshalJSON() ([]byte, error) { return jsonx.Marshal(c) }

// UnmarshalJSON reads what MarshalJSON writes.
func (c *Criterion) UnmarshalJSON(b []byte) error { return jsonx.Unmarshal(b, c) }

// CrossValidation compares, on held-out folds, the learned weights with
// the baseline weights. Each fold's weights are fitted on the other folds.
type CrossValidation struct {
	// Folds is the number of folds; Failed counts those whose training
	// part could not be fitted (a single class, separation), left out of
	// the figures below.
	Folds  int `json:"folds"`
	Failed int `json:"failed"`
	// Explained is the held-out share of the null deviance the model
	// explains, 1 − D(model)/D(training mean): the cross-validated R² for
	// a continuous outcome. It can be negative.
	Explained float64 `json:"explained"`
	// Learned is how well the pairing score with the fold's learned
	// weights predicts the held-out outcomes: Pearson's correlation for a
	// continuous outcome, the AUC (the probability that a completed pair
	// outscores one that ended early, ties ½) for a binary one; pooled
	// over the folds. Default is the same for Config.Baseline. NaN when
	// undefined (a constant score).
	Learned float64 `json:"learned"`
	Default float64 `json:"default"`
}

// MarshalJSON writes the cross-validation by the module's number rule.
func (c CrossValidation) MarshalJSON() ([]byte, error) { return jsonx.Marshal(c) }

// UnmarshalJSON reads what MarshalJSON writes.
func (c *CrossValidation) UnmarshalJSON(b []byte) error { return jsonx.Unmarshal(b, c) }

// Result holds the learned weights.
type Result struct {
	Outcome Outcome `json:"outcome"` // the outcome type fitted
	N       int     `json:"n"`       // pairs
	// Intercept is the fitted intercept (outcome, or log-odds, of a pair
	// scoring 0 on every criterion that applies).
	Intercept float64 `json:"intercept"`
	// Criteria in the order of the first pair's breakdown.
	Criteria []Criterion `json:"criteria"`
	// Explained is the share of the null deviance the model explains on
	// the data it was fitted to (R² for a continuous outcome).
	Explained float64 `json:"explained"`
	// Converged is false when the logistic fit reached its iteration
	// limit (always true for a continuous outcome).
	Converged bool            `json:"converged"`
	CV        CrossValidation `json:"cv"`
	// Confidence is the level of the intervals; Bootstrap the resamples
	// drawn and BootstrapFailed those that could not be fitted and were
	// left out of the intervals.
	Confidence      float64 `json:"confidence"`
	Bootstrap       int     `json:"bootstrap"`
	BootstrapFailed int     `json:"bootstrapFailed"`
}

// MarshalJSON writes the result by the module's number rule.
func (r Result) MarshalJSON() ([]byte, error) { return jsonx.Marshal(r) }

// UnmarshalJSON reads what MarshalJSON writes.
func (r *Result) UnmarshalJSON(b []byte) error { return jsonx.Unmarshal(b, r) }

// Weights returns the learned weights of the built-in criteria as
// pairing weights, to set as pairing.Config.Weights: each is the
// criterion's Weight (custom criteria keep theirs in Criteria, on the same
// scale, for their CustomCriterion.Weight). It returns nil, which pairing
// reads as DefaultWeights, when no built-in criterion got a positive
// weight (nothing predicted the outcome). Pairing uses only the ratios.
func (r *Result) Weights() *pairing.Weights {
	var w pairing.Weights
	positive := false
	for _, c := range r.Criteria {
		var k pairing.Criterion
		if k.UnmarshalText([]byte(c.Name)) != nil || k == 0 || !(c.Weight > 0) || math.IsInf(c.Weight, 0) {
			continue
		}
		if f := field(&w, k); f != nil {
			*f, positive = c.Weight, true
		}
	}
	if !positive {
		return nil
	}
	return &w
}

// field returns the field of w that holds criterion k's weight.
func field(w *pairing.Weights, k pairing.Criterion) *float64 {
	switch k {
	case pairing.CriterionSkills:
		return &w.Skills
	case pairing.CriterionInterests:
		return &w.Interests
	case pairing.CriterionCareerGoals:
		return &w.CareerGoals
	case pairing.CriterionPersonality:
		return &w.Personality
	case pairing.CriterionLanguages:
		return &w.Languages
	case pairing.CriterionWorkingHours:
		return &w.WorkingHours
	case pairing.CriterionExperience:
		return &w.Experience
	case pairing.CriterionLocation:
		return &w.Location
	case pairing.CriterionPreference:
		return &w.Preference
	case pairing.CriterionAvailability:
		return &w.Availability
	}
	return nil
}

// Fit learns non-negative criterion weights from past pairs (see the
// package doc for the model, missing data and the contracts). rng draws
// the cross-validation folds and the bootstrap resamples; it is required.
// The pairs are not modified.
//
// Cost: (1 + Folds + Bootstrap + criteria) fits of n pairs by p columns,
// each O(n·p²) (times the IRLS iterations for a binary outcome).
func Fit(pairs []Pair, cfg Config, rng *rand.Rand) (*Result, error) {
	d, err := prepare(pairs, &cfg, rng)
	if err != nil {
		return nil, err
	}
	all := make([]int, len(pairs))
	for i := range all {
		all[i] = i
	}
	full, err := d.fit(all, nil)
	if err != nil {
		return nil, err
	}
	res := &Result{Outcome: cfg.Outcome, N: len(pairs), Intercept: full.intercept, Converged: full.converged,
		Confidence: cfg.Confidence, Bootstrap: cfg.Bootstrap}
	res.Explained = explained(full.dev, full.null)
	res.Criteria = d.criteria(full)
	d.contributions(res, full, all)
	res.CV = d.crossValidate(cfg, rng)
	res.BootstrapFailed = d.bootstrap(res, cfg, rng)
	return res, nil
}

func explained(dev, null float64) float64 {
	if !(null > 0) {
		return math.NaN()
	}
	return 1 - dev/null
}
