package goals

import (
	"strconv"
	"strings"
	"testing"
	"time"
)

var sinkFindings []Finding

func BenchmarkLint(b *testing.B) {
	for _, n := range []int{1, 10, 100} {
		title := "Z.s.m. beter worden in presenteren en meer feedback vragen"
		desc := strings.Repeat("Het team gaat werken aan de onboarding, uiterlijk 1 maart 2026. ", n)
		b.Run("sentences="+strconv.Itoa(n), func(b *testing.B) {
			b.SetBytes(int64(len(title) + len(desc)))
			b.ReportAllocs()
			for b.Loop() {
				sinkFindings, _ = Lint(title, desc, Dutch)
			}
		})
	}
}

var sinkReport Report

func BenchmarkCheck(b *testing.B) {
	g := sessionsGoal()
	for _, n := range []int{3, 30, 300} {
		cs := make([]CheckIn, n)
		for i := range cs {
			cs[i] = CheckIn{Time: g.Start.Add(time.Duration(i+1) * 6 * time.Hour), Value: 2 + float64(i)/float64(n)}
		}
		opts := CheckOptions{Now: g.Start.AddDate(0, 3, 0), CheckIns: cs}
		b.Run("checkIns="+strconv.Itoa(n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				sinkReport = Check(g, opts)
			}
		})
	}
}

var sinkFloat float64

func BenchmarkTScore(b *testing.B) {
	for _, n := range []int{5, 50, 500} {
		levels := make([]int, n)
		weights := make([]float64, n)
		for i := range levels {
			levels[i], weights[i] = i%5-2, float64(1+i%3)
		}
		b.Run("goals="+strconv.Itoa(n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				sinkFloat, _ = TScore(levels, weights)
			}
		})
	}
}

var sinkProjection Projection

// BenchmarkForecast measures the least-squares forecast (sort, validation
// and fit) and Track over n check-ins, one every six hours.
func BenchmarkForecast(b *testing.B) {
	g := sessionsGoal()
	for _, n := range []int{6, 60, 600} {
		cs := make([]CheckIn, n)
		for i := range cs {
			cs[i] = CheckIn{Time: g.Start.Add(time.Duration(n-i) * 6 * time.Hour), Value: 2 + 8*float64(i)/float64(n)}
		}
		b.Run("forecast/checkIns="+strconv.Itoa(n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				sinkProjection, _ = Forecast(g, cs)
			}
		})
		now := g.Start.AddDate(0, 2, 0)
		b.Run("track/checkIns="+strconv.Itoa(n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				p, _ := Track(g, cs, now, StatusConfig{})
				sinkFloat = p.Fraction
			}
		})
	}
}

// BenchmarkRead reads a typical typed goal: a change, a unit with a
// period, a relative deadline.
func BenchmarkRead(b *testing.B) {
	now := time.Date(2026, time.December, 7, 10, 0, 0, 0, time.UTC)
	for b.Loop() {
		if _, err := Read("Van 3 naar 1 keer per week overwerken, voor eind Q2", "Mijn werkdruk verlagen; overleg met mijn manager", ReadOptions{Now: now}); err != nil {
			b.Fatal(err)
		}
	}
}
