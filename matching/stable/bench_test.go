package stable

import (
	"strconv"
	"testing"

	"github.com/mentorkit/mentorkit/matching/internal/testkit"
)

func BenchmarkStable(b *testing.B) {
	for _, n := range []int{200, 1000} {
		s, _, _, capa := testkit.BenchScores(n, 4)
		p, err := PreferencesFromScores(s, nil, capa)
		if err != nil {
			b.Fatal(err)
		}
		b.Run("n="+strconv.Itoa(n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := Match(p, SideMentee); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
