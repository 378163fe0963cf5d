package causal

import (
	"math"

	"github.com/mentorkit/mentorkit/internal/chol"
)

// mahalanobis measures √(d'S⁻¹d) with S the pooled within-group covariance
// matrix of the covariates (as MatchIt's "mahalanobis" distance).
type mahalanobis struct {
	subjects []Subject
	l        [][]float64 // Cholesky factor of S
	buf      []float64
}

func newMahalanobis(subjects []Subject, treated, controls []int) (*mahalanobis, error) {
	k := len(subjects[0].Covariates)
	s := make([][]float64, k)
	for i := range s {
		s[i] = make([]float64, k)
	}
	for _, group := range [][]int{treated, controls} {
		mean := make([]float64, k)
		for _, i := range group {
			for j, v := range subjects[i].Covariates {
				mean[j] += v / float64(len(group))
			}
		}
		for _, i := range group {
			x := subjects[i].Covariates
			for p := range k {
				for q := range k {
					s[p][q] += (x[p] - mean[p]) * (x[q] - mean[q])
				}
			}
		}
	}
	df := float64(len(treated) + len(controls) - 2)
	for p := range k {
		for q := range k {
			s[p][q] /= df
		}
	}
	l, ok := chol.Factor(s, 1e-13)
	if !ok || k == 0 || df <= 0 {
		return nil, msgSingular.At("subjects.covariates", nil)
	}
	return &mahalanobis{subjects: subjects, l: l, buf: make([]float64, k)}, nil
}

// dist solves L z = x_t − x_c and returns |z|.
func (m *mahalanobis) dist(t, c int) float64 {
	xt, xc := m.subjects[t].Covariates, m.subjects[c].Covariates
	var ss float64
	for i := range m.buf {
		v := xt[i] - xc[i]
		for k := range i {
			v -= m.l[i][k] * m.buf[k]
		}
		m.buf[i] = v / m.l[i][i]
		ss += m.buf[i] * m.buf[i]
	}
	return math.Sqrt(ss)
}
