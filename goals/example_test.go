package goals_test

import (
	"errors"
	"fmt"
	"time"

	"github.com/mentorkit/mentorkit/goals"
)

func day(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

func ExampleLint() {
	findings, lang := goals.Lint("Z.s.m. beter worden in presenteren", "Het team gaat me helpen", goals.Auto)
	fmt.Println("language:", lang)
	for _, f := range findings {
		fmt.Printf("%s %s %q [%d,%d)\n", f.Code, f.Field, f.Words, f.Start, f.End)
	}
	// Output:
	// language: nl
	// specific.vague-deadline title "Z.s.m" [0,5)
	// specific.vague-verb title "beter" [7,12)
	// specific.vague-owner description "Het team gaat" [0,13)
	// specific.no-number  "" [0,0)
}

func ExampleCheck() {
	g := goals.Goal{
		Title:     "Lead 10 mentoring sessions by 1 May 2026",
		Metric:    "mentoring sessions led",
		Unit:      "sessions",
		Direction: goals.Increase,
		Baseline:  goals.Float(2),
		Target:    goals.Float(10),
		Start:     day(2026, time.January, 1),
		Due:       day(2026, time.May, 1),
		Owner:     "ana",
	}
	r := goals.Check(g, goals.CheckOptions{Now: day(2026, time.February, 1), MessageLanguage: goals.Dutch})
	for _, l := range r.Letters {
		fmt.Printf("%s %-12s met=%v\n", l.Letter, l.Name, l.Met)
		for _, f := range l.Findings {
			fmt.Printf("  %s: %s\n", f.Code, f.Message)
		}
	}
	// Output:
	// S Specifiek    met=true
	// M Meetbaar     met=true
	// A Haalbaar     met=true
	//   achievable.no-history: Er zijn minder dan twee check-ins, dus het benodigde tempo is nog niet te vergelijken met het tempo tot nu toe.
	// R Relevant     met=false
	//   relevant.no-link: Het doel is niet gekoppeld aan een programmadoel of loopbaandoel. Geef aan waaraan het doel bijdraagt.
	// T Tijdgebonden met=true
}

func ExampleCheck_reading() {
	g := goals.Goal{Title: "Give 4 talks at internal meetups before 31/12/2026"}
	r := goals.Check(g, goals.CheckOptions{Reading: goals.ReadingDoran})
	for _, l := range r.Letters[2:4] {
		fmt.Println(l.Letter, l.Criterion, l.Name)
	}
	// Output:
	// A assignable Assignable
	// R realistic Realistic
}

func ExampleTrack() {
	g := goals.Goal{
		Title: "Lead 10 mentoring sessions", Direction: goals.Increase,
		Baseline: goals.Float(2), Target: goals.Float(10),
		Start: day(2026, time.January, 1), Due: day(2026, time.May, 1),
	}
	checkIns := []goals.CheckIn{
		{Time: day(2026, time.January, 31), Value: 3},
		{Time: day(2026, time.March, 2), Value: 5},
		{Time: day(2026, time.April, 1), Value: 6},
	}
	p, err := goals.Track(g, checkIns, day(2026, time.April, 1), goals.StatusConfig{})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("progress %.2f, expected %.2f: %v\n", p.Fraction, p.Expected, p.Status)
	f, err := goals.Forecast(g, checkIns)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("forecast at due date %.2f sessions (%.2f a week), reaches target: %v\n", f.Value, f.SlopePerDay*7, f.Reaches)
	// Output:
	// progress 0.50, expected 0.75: behind
	// forecast at due date 7.67 sessions (0.35 a week), reaches target: false
}

func ExampleFourPoint() {
	// The goal line runs from 0 on 1 January to 100 on 11 April: one a day.
	g := goals.Goal{
		Title: "Answer 100 mentee questions", Direction: goals.Increase,
		Baseline: goals.Float(0), Target: goals.Float(100),
		Start: day(2026, time.January, 1), Due: day(2026, time.April, 11),
	}
	var checkIns []goals.CheckIn
	for i, v := range []float64{12, 22, 28, 37, 46, 55} { // days 10, 20, ..., 60
		checkIns = append(checkIns, goals.CheckIn{Time: g.Start.AddDate(0, 0, 10*(i+1)), Value: v})
	}
	d, err := goals.FourPoint(g, checkIns)
	fmt.Println(d, err)
	// Output: changePlan <nil>
}

func ExampleFinalGrade() {
	g := goals.Goal{
		Title: "Raise mentee NPS from 20 to 40", Direction: goals.Increase,
		Baseline: goals.Float(20), Target: goals.Float(40), Commitment: goals.Aspirational,
		Start: day(2026, time.January, 1), Due: day(2026, time.July, 1),
	}
	gr, err := goals.FinalGrade(g, []goals.CheckIn{{Time: day(2026, time.June, 30), Value: 35}})
	fmt.Printf("grade %.2f, success %v, %v\n", gr.Score, gr.Success, err)
	// Output: grade 0.75, success true, <nil>
}

func ExampleTScore() {
	// Three goals at levels +1, 0 and −1 with weights 2, 1, 1:
	// T = 50 + 10·(2 − 1)/√(0.7·6 + 0.3·16) = 50 + 10/3 = 53.33.
	t, err := goals.TScore([]int{1, 0, -1}, []float64{2, 1, 1})
	fmt.Printf("%.2f %v\n", t, err)
	// Output: 53.33 <nil>
}

func ExampleDetectLanguage() {
	fmt.Println(goals.DetectLanguage("Ik wil mijn netwerk uitbreiden"))
	fmt.Println(goals.DetectLanguage("I want to grow my network"))
	// Output:
	// nl
	// en
}

func ExampleTScoreRho() {
	// Levels +2 and −1 with equal weights: Σwx = 1, Σw² = 2, (Σw)² = 4.
	// ρ = 0: T = 50 + 10·1/√2 = 57.07; ρ = 1: T = 50 + 10·1/√4 = 55.
	for _, rho := range []float64{0, 1} {
		t, err := goals.TScoreRho([]int{2, -1}, []float64{1, 1}, rho)
		fmt.Printf("rho %v: %.2f %v\n", rho, t, err)
	}
	// Output:
	// rho 0: 57.07 <nil>
	// rho 1: 55.00 <nil>
}

func ExampleGoal_Validate() {
	g := goals.Goal{
		ID:        "g7",
		Title:     " ",
		Direction: goals.Increase, Target: goals.Float(5), Band: &goals.Band{Min: 1, Max: 3},
		Start: day(2026, time.March, 1), Due: day(2026, time.February, 1),
	}
	err := g.Validate()
	fmt.Println(err)
	fmt.Println(errors.Is(err, goals.ErrInconsistent), errors.Is(err, goals.ErrTimeOrder))
	// Each problem is a *FieldError with a stable code and a Dutch message.
	for _, e := range err.(interface{ Unwrap() []error }).Unwrap() {
		var fe *goals.FieldError
		if errors.As(e, &fe) {
			fmt.Printf("%s %s: %s\n", fe.Field, fe.Code, fe.Message(true))
		}
	}
	// Output:
	// goals: title ("g7"): is required
	// goals: band ("g7") = {1 3}: is not used by a goal that must increase or decrease; give a target
	// goals: due ("g7") = 2026-02-01T00:00:00Z: is before the start, 2026-03-01T00:00:00Z
	// true true
	// title required: is verplicht
	// band bandOnTarget: hoort niet bij een doel dat moet stijgen of dalen; geef een streefwaarde
	// due dueBeforeStart: ligt vóór de startdatum, 2026-03-01T00:00:00Z
}

func ExampleRead() {
	now := time.Date(2026, time.December, 7, 10, 0, 0, 0, time.UTC)
	r, err := goals.Read("Van 3 naar 1 keer per week overwerken, uiterlijk eind Q2", "", goals.ReadOptions{Now: now})
	if err != nil {
		fmt.Println(err)
		return
	}
	g := r.Suggested
	fmt.Printf("%v: %q in %q, %v from %g to %g, due %s (year inferred: %v)\n", r.Language, g.Metric, g.Unit,
		g.Direction, *g.Baseline, *g.Target, g.Due.Format(time.DateOnly), r.Deadline.InferredYear)
	for _, f := range r.Facts {
		fmt.Printf("%s ← %q\n", f.Field, f.Span.Text)
	}
	rep := goals.Check(goals.Goal{Title: "Van 3 naar 1 keer per week overwerken, uiterlijk eind Q2"}, goals.CheckOptions{Now: now})
	fmt.Println("M met:", rep.Letters[1].Met, "T met:", rep.Letters[4].Met, "fields from the text:", len(rep.FromText))
	// Output:
	// nl: "overwerken" in "keer per week", decrease from 3 to 1, due 2027-06-30 (year inferred: true)
	// metric ← "1 keer per week"
	// unit ← "1 keer per week"
	// direction ← "1 keer per week"
	// target ← "1 keer per week"
	// baseline ← "3"
	// due ← "eind Q2"
	// M met: true T met: true fields from the text: 6
}
