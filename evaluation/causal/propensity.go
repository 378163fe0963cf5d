package causal

import (
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/mentorkit/mentorkit/internal/fault"
	"github.com/mentorkit/mentorkit/internal/glm"
	"github.com/mentorkit/mentorkit/internal/jsonx"
)

// Subject is one person of an observational comparison.
type Subject struct {
	ID      string `json:"id"`      // unique
	Treated bool   `json:"treated"` // took part in the programme
	// Covariates are the person's values of the covariates named in the
	// config, in that order; all subjects have the same number.
	Covariates []float64 `json:"covariates"`
}

// Model is a fitted propensity model: the logistic regression of
// treatment on the covariates with an intercept (R's glm(treated ~ x,
// family = binomial)). Slices hold the intercept first, then the
// covariates in order.
type Model struct {
	Terms []string  `json:"terms"` // "(Intercept)" then the covariate names
	Coef  []float64 `json:"coef"`  // NaN where a covariate is constant or collinear (R's NA)
	SE    []float64 `json:"se"`    // from the inverse information at the fit
	Z     []float64 `json:"z"`     // Wald z
	P     []float64 `json:"p"`     // two-sided Wald p-value
	// Aliased marks the covariates left out because they are constant or
	// collinear with earlier ones.
	Aliased      []bool  `json:"aliased"`
	Deviance     float64 `json:"deviance"`
	NullDeviance float64 `json:"nullDeviance"`
	AIC          float64 `json:"aic"`
	Iterations   int     `json:"iterations"`
	Converged    bool    `json:"converged"`
}

// Propensity is the result of [EstimatePropensity]: the model and each
// subject's score, in the subjects' input order.
type Propensity struct {
	Model Model     `json:"model"`
	Score []float64 `json:"score"` // P(treated | covariates), in (0, 1)
	Logit []float64 `json:"logit"` // log(score/(1−score)), the linear predictor
}

// MarshalJSON writes the value by the module's number rule (NaN as "NaN").
func (m Model) MarshalJSON() ([]byte, error) { return jsonx.Marshal(m) }

// UnmarshalJSON reads what MarshalJSON writes.
func (m *Model) UnmarshalJSON(b []byte) error { return jsonx.Unmarshal(b, m) }

// MarshalJSON writes the value by the module's number rule (NaN as "NaN").
func (p Propensity) MarshalJSON() ([]byte, error) { return jsonx.Marshal(p) }

// UnmarshalJSON reads what MarshalJSON writes.
func (p *Propensity) UnmarshalJSON(b []byte) error { return jsonx.Unmarshal(b, p) }

// MarshalJSON writes the value by the module's number rule (NaN as "NaN").
func (s Subject) MarshalJSON() ([]byte, error) { return jsonx.Marshal(s) }

// UnmarshalJSON reads what MarshalJSON writes.
func (s *Subject) UnmarshalJSON(b []byte) error { return jsonx.Unmarshal(b, s) }

// checkSubjects validates subjects: unique non-empty IDs, covariates all of
// length k (the length of names, or of the first subject's when names is
// nil), finite values, and at least one treated and one control subject.
func checkSubjects(subjects []Subject, names []string) (k int, err error) {
	var c fault.Collector
	if len(subjects) == 0 {
		return 0, msgTooFew.At("subjects", nil, 0, 2)
	}
	k = len(names)
	if names == nil {
		k = len(subjects[0].Covariates)
	}
	seen := make(map[string]int, len(subjects))
	var nt, nc int
	for i, s := range subjects {
		f := fault.Index("subjects", i)
		if s.ID == "" {
			c.Add(msgRequired.At(f+".id", nil))
		} else if j, dup := seen[s.ID]; dup {
			c.Add(msgDuplicate.New(f+".id", s.ID, s.ID, fault.Index("subjects", j)))
		} else {
			seen[s.ID] = i
		}
		if len(s.Covariates) != k {
			c.Add(msgLength.New(f+".covariates", s.ID, nil, len(s.Covariates), k, "the covariate names"))
		}
		for j, v := range s.Covariates {
			if math.IsNaN(v) || math.IsInf(v, 0) {
				c.Add(msgNotFinite.New(fault.Index(f+".covariates", j), s.ID, v))
			}
		}
		if s.Treated {
			nt++
		} else {
			nc++
		}
		if c.Len() > maxListed {
			break
		}
	}
	if err := c.Err(); err != nil {
		return 0, err
	}
	if nt == 0 {
		return 0, msgNoTreated.At("subjects", nil)
	}
	if nc == 0 {
		return 0, msgNoControl.At("subjects", nil)
	}
	return k, nil
}

// covariateNames returns names, or x1, x2, … when names is nil.
func covariateNames(names []string, k int) []string {
	if names != nil {
		return names
	}
	out := make([]string, k)
	for j := range out {
		out[j] = "x" + strconv.Itoa(j+1)
	}
	return out
}

// EstimatePropensity fits the propensity model, the logistic regression of
// Treated on the covariates (named by names; nil names them x1, x2, …),
// by IRLS as R's glm does, and returns each subject's score.
//
// A constant or collinear covariate is left out (its coefficient NaN, as
// R's NA) and the scores come from the others. When the covariates
// separate the treated from the controls (completely or quasi-completely)
// the model has no estimate: the error wraps ErrSeparation and says how
// many subjects are fitted exactly; drop or coarsen the covariate that
// separates them.
//
// Other errors: no subject, a missing or repeated ID, covariates of the
// wrong length or not finite (ErrOutOfRange, ErrLength), no treated or
// no control subject (ErrEmpty). Cost O(n·k²) per iteration.
func EstimatePropensity(subjects []Subject, names []string) (Propensity, error) {
	k, err := checkSubjects(subjects, names)
	if err != nil {
		return Propensity{}, err
	}
	n := len(subjects)
	y := make([]float64, n)
	x := make([][]float64, k)
	for j := range x {
		x[j] = make([]float64, n)
	}
	order := idOrder(subjects) // the fit's sums run in ID order: input order cannot change a bit
	for r, i := range order {
		s := subjects[i]
		if s.Treated {
			y[r] = 1
		}
		for j, v := range s.Covariates {
			x[j][r] = v
		}
	}
	fit, err := glm.Logistic(y, x, nil, glm.Config{})
	if err != nil {
		return Propensity{}, err // unreachable: the inputs were checked
	}
	if fit.Separation != glm.SeparationNone {
		kind := "complete"
		if fit.Separation == glm.SeparationQuasiComplete {
			kind = "quasi-complete"
		}
		return Propensity{}, msgSeparation.At("subjects.covariates", nil, kind, len(fit.Separated))
	}
	p := Propensity{Model: Model{
		Terms: append([]string{"(Intercept)"}, covariateNames(names, k)...),
		Coef:  fit.Coef, SE: fit.SE, Z: fit.Z, P: fit.P, Aliased: fit.Aliased,
		Deviance: fit.Deviance, NullDeviance: fit.NullDeviance, AIC: fit.AIC,
		Iterations: fit.Iterations, Converged: fit.Converged,
	}, Score: make([]float64, n), Logit: make([]float64, n)}
	for r, i := range order {
		mu := fit.Fitted[r]
		p.Score[i] = mu
		p.Logit[i] = math.Log(mu / (1 - mu))
	}
	return p, nil
}

// idOrder returns the subject indexes sorted by ID.
func idOrder(subjects []Subject) []int {
	idx := make([]int, len(subjects))
	for i := range idx {
		idx[i] = i
	}
	slices.SortFunc(idx, func(a, b int) int { return strings.Compare(subjects[a].ID, subjects[b].ID) })
	return idx
}
