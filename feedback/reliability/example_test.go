package reliability_test

import (
	"fmt"
	"math"

	"gonum.org/v1/gonum/mat"

	"github.com/mentorkit/mentorkit/feedback"
	"github.com/mentorkit/mentorkit/feedback/reliability"
)

func ExampleCronbachAlpha() {
	// Five respondents, two items (refdata case two_items_n5: psych gives 8/9).
	items := mat.NewDense(5, 2, []float64{1, 2, 2, 1, 3, 4, 4, 3, 5, 5})
	alpha, err := reliability.CronbachAlpha(items)
	fmt.Printf("%.4f %v\n", alpha, err)
	// Output: 0.8889 <nil>
}

func ExampleReliability() {
	// Seven respondents, three items on 1..5, the third reverse keyed; the
	// sixth skipped item 2 (NaN) and is left out. Checked with numpy on
	// the six complete rows, item 3 re-scored as 6 − x: raw alpha
	// 0.9222, standardised 0.9288; item–rest r 0.956, 0.720, 0.956;
	// alpha if deleted 0.792, 1.000, 0.792.
	items := mat.NewDense(7, 3, []float64{
		4, 5, 2,
		3, 4, 3,
		5, 5, 1,
		2, 3, 4,
		4, 4, 2,
		3, math.NaN(), 3,
		5, 4, 1,
	})
	rep, err := reliability.Reliability(items, reliability.ReliabilityConfig{Reverse: []int{2}})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("alpha %.3f (standardised %.3f), %d rows used, %d dropped\n", rep.RawAlpha, rep.StdAlpha, rep.NObs, rep.NDropped)
	for _, it := range rep.Items {
		fmt.Printf("item %d: item–rest r %.3f, alpha if deleted %.3f\n", it.Column+1, it.ItemRestR, it.AlphaIfDeleted)
	}
	// Output:
	// alpha 0.922 (standardised 0.929), 6 rows used, 1 dropped
	// item 1: item–rest r 0.956, alpha if deleted 0.792
	// item 2: item–rest r 0.720, alpha if deleted 1.000
	// item 3: item–rest r 0.956, alpha if deleted 0.792
}

func ExampleRWG() {
	// Five members of a team rate "we share what we learn" on 1..5. By
	// hand: mean 4.4, s² = 0.3, uniform variance (5² − 1)/12 = 2, r_wg =
	// 1 − 0.3/2 = 0.85: strong agreement.
	rwg, err := reliability.RWG([]float64{4, 4, 5, 5, 4}, feedback.LikertScale(5))
	fmt.Printf("r_wg %.2f %v\n", rwg, err)
	// Output: r_wg 0.85 <nil>
}

func ExampleKrippendorffAlpha() {
	// Krippendorff (2011), example C: 4 coders, 12 units, NaN = missing.
	nan := math.NaN()
	data := mat.NewDense(4, 12, []float64{
		1, 2, 3, 3, 2, 1, 4, 1, 2, nan, nan, nan,
		1, 2, 3, 3, 2, 2, 4, 1, 2, 5, nan, 3,
		nan, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, nan,
		1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, nan,
	})
	for _, l := range []reliability.Level{reliability.Nominal, reliability.Ordinal, reliability.Interval} {
		res, _ := reliability.KrippendorffAlpha(data, l)
		fmt.Printf("%-8s %.3f\n", l, res.Alpha)
	}
	// Output:
	// nominal  0.743
	// ordinal  0.815
	// interval 0.849
}

func ExampleICC() {
	// Shrout & Fleiss (1979), Table 2: six targets, four judges.
	ratings := mat.NewDense(6, 4, []float64{9, 2, 5, 8, 6, 1, 3, 2, 8, 4, 6, 8, 7, 1, 2, 6, 10, 5, 6, 9, 6, 2, 4, 7})
	res, _ := reliability.ICC(ratings, reliability.ICCConfig{})
	fmt.Printf("ICC(2,1) %.2f, ICC(3,1) %.2f\n", res.ICC2.ICC, res.ICC3.ICC)
	// Output: ICC(2,1) 0.29, ICC(3,1) 0.71
}

func ExampleFeldtInterval() {
	// alpha 0.8 over 10 items from 100 respondents, 95 % (psych::alpha.ci).
	ci, err := reliability.FeldtInterval(0.8, 100, 10, 0.95)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("alpha %.2f, 95%% CI %.3f to %.3f\n", ci.Alpha, ci.Lower, ci.Upper)
	// Output:
	// alpha 0.80, 95% CI 0.736 to 0.854
}
