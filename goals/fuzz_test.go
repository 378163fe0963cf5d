package goals

import (
	"encoding/json"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode/utf16"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// inText reports whether [start, end) is a non-empty range of text on rune
// boundaries (as ranging over the string yields them).
func inText(text string, start, end int) bool {
	if start < 0 || start >= end || end > len(text) {
		return false
	}
	ok := func(i int) bool {
		if i == len(text) {
			return true
		}
		for j := range text {
			if j == i {
				return true
			}
		}
		return false
	}
	return ok(start) && ok(end)
}

func FuzzLint(f *testing.F) {
	for _, g := range []struct{ t, d string }{
		{"Beter worden in presenteren", ""},
		{"Z.s.m. een mentor vinden, uiterlijk 15 april 2026", "Het team gaat dat doen"},
		{"Improve customer satisfaction from 7.2 to 8.0 by 30 June 2026", "as soon as possible"},
		{"Klanttevredenheid verbeteren van 7,2 naar 8,0 voor eind Q4", "één keer 1-9-2026"},
		{"\xff€5 van 3", "1/2/"},
	} {
		f.Add(g.t, g.d, uint8(0))
	}
	f.Fuzz(func(t *testing.T, title, description string, l uint8) {
		lang := Language(l % 4) // includes an undeclared value: read as Auto
		fs, used := Lint(title, description, lang)
		if used != English && used != Dutch {
			t.Fatalf("Lint used language %v", used)
		}
		for _, fd := range fs {
			text := map[string]string{"title": title, "description": description}[fd.Field]
			switch fd.Code {
			case CodeNoNumber:
				if fd.Field != "" || fd.Start != 0 || fd.End != 0 {
					t.Fatalf("no-number finding with a place: %+v", fd)
				}
			case CodeVagueVerb, CodeVagueDeadline, CodeVagueOwner:
				if !inText(text, fd.Start, fd.End) || text[fd.Start:fd.End] != fd.Words {
					t.Fatalf("finding %+v not inside its field %q", fd, text)
				}
			default:
				t.Fatalf("unexpected code %v", fd.Code)
			}
			if fd.Message == "" || strings.Contains(fd.Message, "%!") {
				t.Fatalf("finding %+v has a bad message", fd)
			}
		}
	})
}

func FuzzCheck(f *testing.F) {
	f.Add("Lead 10 sessions", "by 1 May 2026", "sessions", uint8(1), 2.0, 10.0, int64(0), int64(120), int64(60), 3.0, 5.0, uint8(0))
	f.Add("Beter worden", "", "", uint8(0), math.NaN(), math.Inf(1), int64(10), int64(5), int64(-3), 0.0, 0.0, uint8(7))
	f.Add("Binnen de band", "z.s.m.", "%", uint8(3), 80.0, 50.0, int64(0), int64(30), int64(40), 70.0, 30.0, uint8(2))
	f.Fuzz(func(t *testing.T, title, desc, unit string, dir uint8, base, target float64, startDay, dueDay, nowDay int64, v1, v2 float64, reading uint8) {
		day := func(d int64) time.Time { return date(2026, 1, 1).Add(time.Duration(d%100000) * 24 * time.Hour) }
		g := Goal{Title: title, Description: desc, Metric: unit, Unit: unit, Direction: Direction(dir % 5),
			Baseline: Float(base), Target: Float(target), Start: day(startDay), Due: day(dueDay), Owner: unit,
			Milestones: []Milestone{{Title: title, Due: day(dueDay + 1)}}}
		if g.Direction == Within {
			g.Target, g.Band = nil, &Band{Min: math.Min(target, v2), Max: math.Max(target, v2)}
		}
		before := g.Clone()
		cs := []CheckIn{{Time: day(nowDay - 10), Value: v1}, {Time: day(nowDay - 5), Value: v2}}
		readings := []Reading{{}, ReadingCommon, ReadingDoran, ReadingDutch, {A: Criterion(reading), R: Criterion(reading / 2)}}
		r := Check(g, CheckOptions{Now: day(nowDay), CheckIns: cs, Reading: readings[int(reading)%len(readings)],
			ProgrammeStart: day(startDay - 1), ProgrammeEnd: day(dueDay - 1), Objectives: []string{}, RateFactor: v1})
		letters := ""
		for _, l := range r.Letters {
			letters += l.Letter
			hasError := false
			for _, fd := range l.Findings {
				hasError = hasError || fd.Severity == Error
				if fd.Message == "" || strings.Contains(fd.Message, "%!") {
					t.Fatalf("finding with a missing or misformatted message: %+v", fd)
				}
				if fd.Words != "" {
					text := map[string]string{"title": title, "description": desc}[fd.Field]
					if !inText(text, fd.Start, fd.End) || text[fd.Start:fd.End] != fd.Words {
						t.Fatalf("finding %+v not inside its field", fd)
					}
				}
			}
			if l.Met == hasError {
				t.Fatalf("letter %s: met = %v with error findings = %v", l.Letter, l.Met, hasError)
			}
		}
		if letters != "SMART" {
			t.Fatalf("letters %q", letters)
		}
		if diff := cmp.Diff(before, g, cmpopts.EquateNaNs()); diff != "" {
			t.Fatalf("Check modified the goal:\n%s", diff)
		}
		// The progress functions never panic either; errors are fine.
		_, _ = Track(g, cs, day(nowDay), StatusConfig{})
		_, _ = Forecast(g, cs)
		_, _ = FourPoint(g, append(cs, cs...)[:4])
		_, _ = FinalGrade(g, cs)
	})
}

func FuzzTScore(f *testing.F) {
	f.Add(int64(1), int64(-2), 1.0, 2.0, 0.3)
	f.Add(int64(3), int64(0), -1.0, math.NaN(), 1.5)
	f.Fuzz(func(t *testing.T, l1, l2 int64, w1, w2, rho float64) {
		levels := []int{int(l1 % 4), int(l2 % 4)}
		got, err := TScoreRho(levels, []float64{w1, w2}, rho)
		if err != nil {
			return
		}
		// With levels in −2..2 and ρ in 0–1, T lies in 50 ± 10·2·√n·… ; at
		// least it is finite and T − 50 has the sign of Σwx.
		if math.IsNaN(got) || math.IsInf(got, 0) {
			t.Fatalf("TScoreRho(%v, %v, %v) = %v", levels, []float64{w1, w2}, rho, got)
		}
		swx := w1*float64(levels[0]) + w2*float64(levels[1])
		if (swx > 0 && got < 50) || (swx < 0 && got > 50) {
			t.Fatalf("TScoreRho(%v, %v, %v) = %v on the wrong side of 50", levels, []float64{w1, w2}, rho, got)
		}
	})
}

func FuzzGoalJSON(f *testing.F) {
	data, _ := json.Marshal(sessionsGoal())
	f.Add(data)
	f.Add([]byte(`{"title":"x","direction":"within","band":{"min":1,"max":2},"commitment":"aspirational"}`))
	f.Add([]byte(`{"title":"x","links":[],"milestones":[]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		var g Goal
		if err := json.Unmarshal(data, &g); err != nil {
			return
		}
		out, err := json.Marshal(g)
		if err != nil {
			t.Fatalf("Marshal after Unmarshal(%s): %v", data, err)
		}
		var back Goal
		if err := json.Unmarshal(out, &back); err != nil {
			t.Fatalf("Unmarshal of our own %s: %v", out, err)
		}
		// An empty list and a missing one are the same goal (omitempty).
		if diff := cmp.Diff(g, back, cmpopts.EquateNaNs(), cmpopts.EquateEmpty()); diff != "" {
			t.Fatalf("round trip of %s mismatch (-first +second):\n%s", data, diff)
		}
	})
}

// FuzzProgress feeds finite goals and check-ins of any magnitude and time to
// the progress functions: they never panic, and whenever they succeed their
// fractions lie in 0–1 and are never NaN, and the forecast is not NaN.
func FuzzProgress(f *testing.F) {
	f.Add(uint8(1), 2.0, 10.0, int64(0), int64(120), int64(60), 3.0, 5.0, 6.0, int64(10))
	f.Add(uint8(1), -1e308, 1e308, int64(0), int64(100), int64(50), 1e308, -1e308, 0.0, int64(3))
	f.Add(uint8(3), 80.0, 50.0, int64(-5), int64(30), int64(40), 70.0, 30.0, 60.0, int64(-2))
	f.Add(uint8(2), 1.7e308, -1.7e308, int64(-1e6), int64(1e6), int64(2e5), 1.7e308, 1e308, -1e308, int64(40000))
	f.Fuzz(func(t *testing.T, dir uint8, base, target float64, startDay, dueDay, nowDay int64, v1, v2, v3 float64, step int64) {
		for _, v := range []float64{base, target, v1, v2, v3} {
			if math.IsNaN(v) || math.IsInf(v, 0) {
				return // rejected by Validate; FuzzCheck covers that
			}
		}
		// Days up to ±3,000,000 (about ±8,000 years) from 2026: spans far
		// beyond a time.Duration.
		day := func(d int64) time.Time { return date(2026, 1, 1).AddDate(0, 0, int(d%3000000)) }
		g := Goal{Title: "x", Direction: Direction(dir%3 + 1), Baseline: Float(base), Target: Float(target),
			Start: day(startDay), Due: day(dueDay), Commitment: Commitment(dir / 128)}
		if g.Direction == Within {
			g.Target, g.Band = nil, &Band{Min: math.Min(target, v3), Max: math.Max(target, v3)}
		}
		var cs []CheckIn
		for i, v := range []float64{v1, v2, v3, v1, v2, v3} {
			cs = append(cs, CheckIn{Time: day(nowDay + int64(i)*(step%10000)), Value: v})
		}
		unit := func(name string, x float64) {
			if !(x >= 0 && x <= 1) {
				t.Fatalf("%s = %v, want 0–1 (goal %+v, check-ins %+v)", name, x, g, cs)
			}
		}
		if p, err := Track(g, cs, day(nowDay+2*(step%10000)), StatusConfig{}); err == nil {
			unit("Track.Fraction", p.Fraction)
			unit("Track.Expected", p.Expected)
			if math.IsNaN(p.Raw) || p.Status == StatusUnset {
				t.Fatalf("Track = %+v", p)
			}
		}
		if pr, err := Forecast(g, cs); err == nil {
			unit("Forecast.Fraction", pr.Fraction)
			if math.IsNaN(pr.Value) || math.IsNaN(pr.SlopePerDay) {
				t.Fatalf("Forecast = %+v", pr)
			}
		}
		if d, err := FourPoint(g, cs); err == nil && d > RaiseGoal {
			t.Fatalf("FourPoint = %v", d)
		}
		if gr, err := FinalGrade(g, cs); err == nil {
			unit("FinalGrade.Score", gr.Score)
		}
	})
}

// FuzzRead checks Read on any text: no panic, every span inside its field
// with the text it names, UTF-16 offsets equal to a slow reference (the
// length of the UTF-16 encoding of the text before the offset), finite
// quantities, a deadline among the dates, and a suggested goal whose
// measure is well formed.
func FuzzRead(f *testing.F) {
	for _, s := range []string{"Van 3 naar 1 keer per week, voor eind Q2", "uiterlijk 1-3 €50.000", "😀 5 klanten עד 31/12",
		"Python 3 om 9:00 uur ISO 27001", "\xff\x00 1,500 subscribers by EOY", "van een 6 naar een 8"} {
		f.Add(s, "Q3'26 wk12 binnen 6 weken", false)
	}
	f.Fuzz(func(t *testing.T, title, description string, monthFirst bool) {
		r, err := Read(title, description, ReadOptions{Now: time.Date(2026, 12, 7, 10, 0, 0, 0, time.UTC), MonthFirst: monthFirst})
		if err != nil {
			if len(title)+len(description) <= MaxTextLength {
				t.Fatalf("Read refused %d bytes: %v", len(title)+len(description), err)
			}
			return
		}
		fields := map[string]string{"title": title, "description": description}
		check := func(s Span) {
			text := fields[s.Field]
			if s.Start < 0 || s.Start > s.End || s.End > len(text) || text[s.Start:s.End] != s.Text {
				t.Fatalf("span %+v outside %s %q", s, s.Field, text)
			}
			ref := func(b int) int { return len(utf16.Encode([]rune(text[:b]))) }
			if s.StartUTF16 != ref(s.Start) || s.EndUTF16 != ref(s.End) {
				t.Fatalf("span %+v: UTF-16 offsets, want %d–%d", s, ref(s.Start), ref(s.End))
			}
		}
		for _, q := range r.Quantities {
			check(q.Span)
			if math.IsNaN(q.Value) || math.IsInf(q.Value, 0) {
				t.Fatalf("quantity %+v not finite", q)
			}
		}
		for _, d := range r.Dates {
			check(d.Span)
		}
		if r.Deadline != nil && !slices.ContainsFunc(r.Dates, func(d DateRef) bool { return d.Span == r.Deadline.Span }) {
			t.Fatalf("deadline %+v not among the dates", r.Deadline)
		}
		if err := r.Suggested.Validate(); err != nil && !strings.Contains(err.Error(), "title") && !strings.Contains(err.Error(), "due") {
			t.Fatalf("suggested goal %+v: %v", r.Suggested, err)
		}
	})
}

// FuzzReadNumber writes a number as a Dutch or English mentee would, with
// or without thousands separators, by a slow reference formatter (strconv
// and string surgery), and checks that Read reads back its value and unit.
func FuzzReadNumber(f *testing.F) {
	f.Add(uint32(98765), uint8(50), true, true)
	f.Add(uint32(1500), uint8(0), false, true)
	f.Add(uint32(7), uint8(25), true, false)
	f.Fuzz(func(t *testing.T, whole uint32, cents uint8, dutch, grouped bool) {
		cents %= 100
		group, dec := ",", "."
		lang, text := English, "Win %s clients by EOY"
		if dutch {
			group, dec, lang, text = ".", ",", Dutch, "Voor eind dit jaar %s klanten werven"
		}
		digits := strconv.FormatUint(uint64(whole), 10)
		s := digits
		if grouped {
			s = ""
			for i := range digits {
				if i > 0 && (len(digits)-i)%3 == 0 {
					s += group
				}
				s += digits[i : i+1]
			}
		}
		if cents != 0 {
			s += dec + strings.TrimRight(fmt.Sprintf("%02d", cents), "0")
		}
		want := float64(whole) + float64(cents)/100
		r, err := Read(fmt.Sprintf(text, s), "", ReadOptions{Language: lang, Now: time.Date(2026, 12, 7, 0, 0, 0, 0, time.UTC)})
		if err != nil {
			t.Fatal(err)
		}
		if len(r.Quantities) != 1 || math.Abs(r.Quantities[0].Value-want) > 1e-9*math.Max(1, want) ||
			!strings.HasSuffix(r.Quantities[0].Unit, map[bool]string{true: "klanten", false: "clients"}[dutch]) {
			t.Fatalf("Read(%q) = %+v, want %v", fmt.Sprintf(text, s), r.Quantities, want)
		}
	})
}
