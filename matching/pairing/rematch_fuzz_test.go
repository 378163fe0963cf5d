package pairing

import (
	"math"
	"slices"
	"strconv"
	"testing"

	"github.com/mentorkit/mentorkit/matching/internal/capmat"
	"github.com/mentorkit/mentorkit/matching/internal/testkit"
	"gonum.org/v1/gonum/mat"
)

// FuzzRematch: a byte-coded sequence of joins and leaves never panics and
// always ends at the optimum of a cold solve (penalty 0).
func FuzzRematch(f *testing.F) {
	f.Add([]byte{2, 2, 1, 5, 3, 7, 1, 0, 4, 4, 2, 1, 9, 3, 0, 1, 2})
	f.Fuzz(func(t *testing.T, data []byte) {
		fb := &testkit.Bytes{B: data}
		md := &rmModel{score: map[[2]string]float64{}}
		score := func() float64 {
			x := fb.Next()
			if x%5 == 0 {
				return math.Inf(-1)
			}
			return float64(x % 7)
		}
		nE, nM := fb.Next()%4, fb.Next()%4
		for i := range nE {
			md.mentees = append(md.mentees, "e"+strconv.Itoa(i))
		}
		for j := range nM {
			md.mentors = append(md.mentors, "m"+strconv.Itoa(j))
			md.capa = append(md.capa, fb.Next()%3)
		}
		for _, e := range md.mentees {
			for _, m := range md.mentors {
				md.score[[2]string{e, m}] = score()
			}
		}
		val, r, c := md.matrix(nil, 0)
		var d mat.Matrix = &mat.Dense{}
		if r > 0 && c > 0 {
			d = mat.NewDense(r, c, val)
		} else if r+c > 0 {
			d = rmZero{r, c}
		}
		rm, err := NewRematcher(md.mentees, md.mentors, md.capa, d, 0)
		if err != nil {
			t.Fatal(err)
		}
		for step := 0; step < 8 && fb.More(); step++ {
			id := "x" + strconv.Itoa(step)
			switch fb.Next() % 4 {
			case 0:
				sc := make([]float64, len(md.mentors))
				for j, m := range md.mentors {
					sc[j] = score()
					md.score[[2]string{id, m}] = sc[j]
				}
				if _, err := rm.AddMentee(id, sc); err != nil {
					t.Fatal(err)
				}
				md.mentees = append(md.mentees, id)
			case 1:
				if len(md.mentees) == 0 {
					continue
				}
				k := fb.Next() % len(md.mentees)
				if _, err := rm.RemoveMentee(md.mentees[k]); err != nil {
					t.Fatal(err)
				}
				md.mentees = slices.Delete(md.mentees, k, k+1)
			case 2:
				capa := fb.Next() % 3
				sc := make([]float64, len(md.mentees))
				for i, e := range md.mentees {
					sc[i] = score()
					md.score[[2]string{e, id}] = sc[i]
				}
				if _, err := rm.AddMentor(id, capa, sc); err != nil {
					t.Fatal(err)
				}
				md.mentors = append(md.mentors, id)
				md.capa = append(md.capa, capa)
			default:
				if len(md.mentors) == 0 {
					continue
				}
				k := fb.Next() % len(md.mentors)
				if _, err := rm.RemoveMentor(md.mentors[k]); err != nil {
					t.Fatal(err)
				}
				md.mentors = slices.Delete(md.mentors, k, k+1)
				md.capa = slices.Delete(md.capa, k, k+1)
			}
			val, r, c := md.matrix(nil, 0)
			_, want, err := capmat.Optimum(val, r, c, md.capa)
			if err != nil {
				t.Fatal(err)
			}
			if math.Abs(want-rm.Total()) > 1e-9 {
				t.Fatalf("step %d: total %v, cold %v", step, rm.Total(), want)
			}
		}
	})
}
