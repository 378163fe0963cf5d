package causal

import (
	"math"
	"math/rand/v2"
	"testing"

	"gonum.org/v1/gonum/mat"
	"gonum.org/v1/gonum/stat"
)

// The Mahalanobis distance equals √(d'S⁻¹d) computed independently with
// gonum: S = ((n_t−1)S_t + (n_c−1)S_c)/(n_t+n_c−2) from stat.CovarianceMatrix,
// inverted by mat.Dense.Inverse.
func TestMahalanobisGonum(t *testing.T) {
	rng := rand.New(rand.NewPCG(13, 14))
	var subjects []Subject
	var tr, co []int
	for i := range 30 {
		x := []float64{rng.NormFloat64(), 2*rng.NormFloat64() + 1, rng.Float64()}
		x[1] += 0.5 * x[0]
		s := Subject{ID: string(rune('a' + i)), Treated: i%3 == 0, Covariates: x}
		if s.Treated {
			tr = append(tr, i)
		} else {
			co = append(co, i)
		}
		subjects = append(subjects, s)
	}
	cov := func(idx []int) *mat.SymDense {
		m := mat.NewDense(len(idx), 3, nil)
		for r, i := range idx {
			m.SetRow(r, subjects[i].Covariates)
		}
		var c mat.SymDense
		stat.CovarianceMatrix(&c, m, nil)
		return &c
	}
	ct, cc := cov(tr), cov(co)
	pooled := mat.NewDense(3, 3, nil)
	for p := range 3 {
		for q := range 3 {
			pooled.Set(p, q, (float64(len(tr)-1)*ct.At(p, q)+float64(len(co)-1)*cc.At(p, q))/float64(len(tr)+len(co)-2))
		}
	}
	var inv mat.Dense
	if err := inv.Inverse(pooled); err != nil {
		t.Fatal(err)
	}
	m, err := newMahalanobis(subjects, tr, co)
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range tr {
		for _, b := range co {
			d := make([]float64, 3)
			for j := range d {
				d[j] = subjects[a].Covariates[j] - subjects[b].Covariates[j]
			}
			dv := mat.NewVecDense(3, d)
			want := math.Sqrt(mat.Inner(dv, &inv, dv))
			if got := m.dist(a, b); math.Abs(got-want) > 1e-10*want {
				t.Fatalf("dist(%d, %d) = %v, want %v", a, b, got, want)
			}
		}
	}
}
