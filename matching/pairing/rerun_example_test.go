package pairing_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/mentorkit/mentorkit/matching/pairing"
	"github.com/mentorkit/mentorkit/mentoring"
)

// Skills only, the running pairs bram–daan 0.50, chen–eva 0.00 and
// anna–femke 0.50 (1.00 in all) against the free optimum chen–daan 0.00,
// bram–eva 1.00, anna–femke 0.50 (1.50): moving daan and eva gains 0.50
// for two changed pairs, so a penalty of 0.3 per pair (0.60) keeps them
// and gives up 0.50. Then eva's pair ends as not a good fit, which bans
// chen–eva: eva, waiting, can only gain bram (1.00), and moving daan
// from bram (0.50, plus 0.3 for keeping the pair) to chen (0.00) costs
// 0.80 < 1.00, so daan moves to chen and eva takes bram.
func ExampleRematch() {
	w := pairing.Weights{Skills: 1}
	cfg := pairing.Config{Weights: &w}
	start := time.Date(2026, 1, 5, 9, 0, 0, 0, time.UTC)
	st := pairing.State{ProgrammeID: "spring", Active: []pairing.Tenure{
		{MentorID: "bram", MenteeID: "daan", Since: start}, {MentorID: "chen", MenteeID: "eva", Since: start},
		{MentorID: "anna", MenteeID: "femke", Since: start},
	}}
	out, err := pairing.Rematch(exampleProgramme(), cfg, st, nil, 0.3, start.AddDate(0, 3, 0))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("kept %d, total %.2f, given up %.2f\n", out.Kept, out.Result.TotalScore, out.ScoreGivenUp)

	ended := []pairing.Event{{Kind: pairing.EventPairEnded, MentorID: "chen", MenteeID: "eva", Outcome: mentoring.ReasonNotAGoodFit}}
	out, err = pairing.Rematch(out.Programme, cfg, out.State, ended, 0.3, start.AddDate(0, 4, 0))
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, c := range out.Diff.Moved {
		fmt.Printf("%s: %s → %s\n", c.MenteeID, c.From, c.To)
	}
	for _, t := range out.State.Ended {
		b, _ := json.Marshal(t)
		fmt.Println(string(b))
	}
	// Output:
	// kept 3, total 1.00, given up 0.50
	// daan: bram → chen
	// eva: chen → bram
	// {"mentorId":"bram","menteeId":"daan","since":"2026-01-05T09:00:00Z","until":"2026-05-05T09:00:00Z","outcome":"other"}
	// {"mentorId":"chen","menteeId":"eva","since":"2026-01-05T09:00:00Z","until":"2026-05-05T09:00:00Z","outcome":"notAGoodFit"}
}

// Two results of the same mentees: e2 moves from a to b, e3 loses b, e5
// is newly matched with c; e1 and e4 keep their mentor.
func ExampleDiff() {
	old := pairing.Result{TotalScore: 2.5, Pairs: []pairing.Match{{MentorID: "a", MenteeID: "e1"}, {MentorID: "a", MenteeID: "e2"}, {MentorID: "b", MenteeID: "e3"}, {MentorID: "c", MenteeID: "e4"}}}
	cur := pairing.Result{TotalScore: 2.0, Pairs: []pairing.Match{{MentorID: "a", MenteeID: "e1"}, {MentorID: "b", MenteeID: "e2"}, {MentorID: "c", MenteeID: "e4"}, {MentorID: "c", MenteeID: "e5"}}}
	d := pairing.Diff(old, cur)
	fmt.Println("moved:", d.Moved)
	fmt.Println("newly matched:", d.Matched)
	fmt.Println("newly unmatched:", d.Unmatched)
	fmt.Printf("unchanged %d, score %+.1f\n", d.Unchanged, d.ScoreChange)
	// Output:
	// moved: [{e2 a b}]
	// newly matched: [{e5  c}]
	// newly unmatched: [{e3 b }]
	// unchanged 2, score -0.5
}

// A result saved as JSON is explained a week later by a Pairing built
// again from the same programme and settings (checked by its
// fingerprint); see ExamplePairing_WhyNot for the arithmetic.
func ExamplePairing_Fingerprint() {
	w := pairing.Weights{Skills: 1}
	cfg := pairing.Config{Weights: &w, Priority: pairing.PriorityParticipation}
	p, _ := pairing.New(exampleProgramme(), cfg)
	res, _ := p.Solve()
	saved, _ := json.Marshal(res)

	var back pairing.Result
	_ = json.Unmarshal(saved, &back)
	again, _ := pairing.New(exampleProgramme(), cfg)
	why, err := again.WhyNot(back, "bram", "daan")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(why.Text.EN)

	other := exampleProgramme()
	other.Participants[1].Capacity = 2 // bram takes two
	changed, _ := pairing.New(other, cfg)
	_, err = changed.WhyNot(back, "bram", "daan")
	var fe *pairing.FieldError
	if errors.As(err, &fe) {
		fmt.Println(fe.Field, fe.Code)
		fmt.Println(fe.Text.NL)
	}
	// Output:
	// pairing bram with daan would change the total score by -0.50
	// result.fingerprint.participants otherParticipants
	// wijkt af: de deelnemers (of hun profielen, tijdzones of capaciteit) zijn niet die waarmee is gekoppeld
}
