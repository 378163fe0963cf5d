package evaluation

import (
	"cmp"
	"slices"

	"github.com/mentorkit/mentorkit/internal/fault"
)

// Adjusted holds p-values adjusted for multiple testing, in the order of
// the input.
type Adjusted struct {
	// P holds the adjusted p-values, capped at 1.
	P []float64 `json:"p"`
	// Reject reports P[i] <= Alpha.
	Reject []bool `json:"reject"`
	// Alpha is the level the rejections use.
	Alpha float64 `json:"alpha"`
}

// Holm adjusts the p-values of m tests by Holm's step-down method (Holm,
// 1979), which controls the family-wise error rate, as R's
// p.adjust(p, "holm") and statsmodels multipletests(method="holm") do:
// with p_(1) <= … <= p_(m),
//
//	adj_(i) = max_{j <= i} min(1, (m - j + 1)·p_(j))
//
// and Reject[i] is adj[i] <= alpha. An empty input gives an empty result.
// Every p-value must lie in [0, 1] and alpha strictly between 0 and 1
// (*[FieldError] wrapping [ErrOutOfRange], joined). O(m log m); the input is
// not modified.
func Holm(pvalues []float64, alpha float64) (Adjusted, error) {
	order, err := checkPValues(pvalues, alpha)
	if err != nil {
		return Adjusted{}, err
	}
	m := len(pvalues)
	adj := make([]float64, m)
	running := 0.0
	for j, i := range order {
		running = max(running, min(1, float64(m-j)*pvalues[i]))
		adj[i] = running
	}
	return reject(adj, alpha), nil
}

// BenjaminiHochberg adjusts the p-values of m tests by the step-up method
// of Benjamini and Hochberg (1995), which controls the false discovery
// rate, as R's p.adjust(p, "BH") and statsmodels
// multipletests(method="fdr_bh") do: with p_(1) <= … <= p_(m),
//
//	adj_(i) = min_{j >= i} min(1, m/j·p_(j))
//
// and Reject[i] is adj[i] <= alpha. Input rules as Holm.
func BenjaminiHochberg(pvalues []float64, alpha float64) (Adjusted, error) {
	order, err := checkPValues(pvalues, alpha)
	if err != nil {
		return Adjusted{}, err
	}
	m := len(pvalues)
	adj := make([]float64, m)
	running := 1.0
	for j := m - 1; j >= 0; j-- {
		i := order[j]
		running = min(running, float64(m)/float64(j+1)*pvalues[i])
		adj[i] = running
	}
	return reject(adj, alpha), nil
}

func reject(adj []float64, alpha float64) Adjusted {
	r := Adjusted{P: adj, Reject: make([]bool, len(adj)), Alpha: alpha}
	for i, p := range adj {
		r.Reject[i] = p <= alpha
	}
	return r
}

// checkPValues checks the inputs and returns the indexes of pvalues in
// ascending order of p, ties by index.
func checkPValues(pvalues []float64, alpha float64) ([]int, error) {
	var errs fault.Collector
	bad := 0
	for i, p := range pvalues {
		if !(p >= 0 && p <= 1) {
			bad++
			if bad <= maxListed {
				errs.Add(msgBetween.At(fault.Index("pvalues", i), p, 0, 1))
			}
		}
	}
	if bad > maxListed {
		errs.Add(msgMoreInvalid.At("pvalues", nil, bad-maxListed))
	}
	if !(alpha > 0 && alpha < 1) {
		errs.Add(msgProbability.At("alpha", alpha))
	}
	if err := errs.Err(); err != nil {
		return nil, err
	}
	order := make([]int, len(pvalues))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int { return cmp.Compare(pvalues[a], pvalues[b]) })
	return order, nil
}
