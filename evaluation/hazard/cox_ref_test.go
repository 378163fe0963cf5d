package hazard

import (
	"encoding/json"
	"testing"
)

type coxInput struct {
	Time       []float64            `json:"time"`
	Event      []int                `json:"event"`
	Names      []string             `json:"covariate_names"`
	Covariates map[string][]float64 `json:"covariates"`
	Ties       string               `json:"ties"`
	Strata     []int                `json:"strata"`
}

type refChi struct {
	Statistic num `json:"statistic"`
	DF        int `json:"df"`
	PValue    num `json:"pvalue"`
}

type coxExpected struct {
	Error       string  `json:"error"`
	N           int     `json:"n"`
	NEvent      int     `json:"nevent"`
	Coef        []num   `json:"coef"`
	SE          []num   `json:"se"`
	HR          []num   `json:"hr"`
	Lower       []num   `json:"hr_lower95"`
	Upper       []num   `json:"hr_upper95"`
	Z           []num   `json:"z"`
	PValue      []num   `json:"pvalue"`
	LogLikNull  *num    `json:"loglik_null"`
	LogLik      *num    `json:"loglik"`
	LR          *refChi `json:"lr_test"`
	Wald        *refChi `json:"wald_test"`
	Score       *refChi `json:"score_test"`
	Concordance *struct {
		Concordance num   `json:"concordance"`
		Concordant  int64 `json:"concordant"`
		Discordant  int64 `json:"discordant"`
		TiedX       int64 `json:"tied_x"`
		TiedY       int64 `json:"tied_y"`
		TiedXY      int64 `json:"tied_xy"`
	} `json:"concordance"`
	ZPH *struct {
		Error  string   `json:"error"`
		Terms  []string `json:"terms"`
		ChiSq  []num    `json:"chisq"`
		DF     []int    `json:"df"`
		PValue []num    `json:"pvalue"`
	} `json:"zph"`
}

// TestCoxReference checks every case of testdata/coxph.json (R 4.2.2,
// survival 3.5.3 coxph converged to eps 1e-11, and cox.zph with transform
// "km") and of testdata/coxph_extra.json (the same R, written by
// testdata/coxph_extra.R: strata, a collinear covariate, monotone
// likelihood, no events).
func TestCoxReference(t *testing.T) {
	cases := append(loadRef(t, "coxph.json"), loadRef(t, "coxph_extra.json")...)
	for _, rc := range cases {
		t.Run(rc.Name, func(t *testing.T) {
			var in coxInput
			var want coxExpected
			if err := json.Unmarshal(rc.Input, &in); err != nil {
				t.Fatal(err)
			}
			if err := json.Unmarshal(rc.Expected, &want); err != nil {
				t.Fatal(err)
			}
			event := make([]bool, len(in.Event))
			for i, e := range in.Event {
				event[i] = e == 1
			}
			cov := make([][]float64, len(in.Names))
			for j, name := range in.Names {
				cov[j] = in.Covariates[name]
			}
			var cfg CoxConfig
			if err := cfg.Ties.UnmarshalText([]byte(in.Ties)); err != nil {
				t.Fatal(err)
			}
			cfg.TestProportionality = true
			cfg.Strata = in.Strata
			fit, err := Cox(in.Time, event, cov, cfg)
			if want.Error != "" {
				if err == nil {
					t.Fatalf("Cox succeeded, want an error (R: %s)", want.Error)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			checkCoxCase(t, checker{t, rc.Tolerance.Rel, rc.Tolerance.Abs}, fit, want)
		})
	}
}

func checkCoxCase(t *testing.T, c checker, fit CoxFit, want coxExpected) {
	t.Helper()
	if fit.N != want.N || fit.Events != want.NEvent {
		t.Errorf("n, events = %d, %d, want %d, %d", fit.N, fit.Events, want.N, want.NEvent)
	}
	col := func(f func(Coef) float64) []float64 {
		out := make([]float64, len(fit.Coefs))
		for j, cf := range fit.Coefs {
			out[j] = f(cf)
		}
		return out
	}
	if want.Coef != nil {
		c.nums("coef", col(func(x Coef) float64 { return x.Estimate }), want.Coef)
		c.nums("se", col(func(x Coef) float64 { return x.SE }), want.SE)
		c.nums("hr", col(func(x Coef) float64 { return x.HR }), want.HR)
		c.nums("lower", col(func(x Coef) float64 { return x.Lower }), want.Lower)
		c.nums("upper", col(func(x Coef) float64 { return x.Upper }), want.Upper)
		c.nums("z", col(func(x Coef) float64 { return x.Z }), want.Z)
		c.nums("p", col(func(x Coef) float64 { return x.PValue }), want.PValue)
		for j, w := range want.Coef {
			if w.Null != (fit.Coefs[j].Status == CoefAliased) {
				t.Errorf("coef[%d] status %v, want aliased = %v", j, fit.Coefs[j].Status, w.Null)
			}
		}
	}
	if want.LogLikNull != nil {
		c.num("loglikNull", fit.LogLikNull, *want.LogLikNull)
	}
	if want.LogLik != nil {
		c.num("loglik", fit.LogLik, *want.LogLik)
	}
	chi := func(name string, got ChiTest, w *refChi) {
		if w == nil {
			return
		}
		c.num(name+".statistic", got.Statistic, w.Statistic)
		c.num(name+".p", got.PValue, w.PValue)
		if got.DF != w.DF {
			t.Errorf("%s.df = %d, want %d", name, got.DF, w.DF)
		}
	}
	chi("lr", fit.LR, want.LR)
	chi("wald", fit.Wald, want.Wald)
	chi("score", fit.Score, want.Score)
	if w := want.Concordance; w != nil {
		got := fit.Concordance
		c.num("concordance", got.Concordance, w.Concordance)
		if got.Concordant != w.Concordant || got.Discordant != w.Discordant || got.TiedX != w.TiedX ||
			got.TiedY != w.TiedY || got.TiedXY != w.TiedXY {
			t.Errorf("concordance counts = %+v, want %+v", got, *w)
		}
	}
	if w := want.ZPH; w != nil {
		if fit.PH == nil {
			t.Fatal("no PH test")
		}
		if w.Error != "" {
			if !isNaN(fit.PH.Global.Statistic) {
				t.Errorf("PH global = %v, want NaN (R: %s)", fit.PH.Global, w.Error)
			}
			return
		}
		var got []ChiTest
		for _, term := range fit.PH.Terms {
			if term.DF > 0 {
				got = append(got, term)
			}
		}
		got = append(got, fit.PH.Global)
		if len(got) != len(w.ChiSq) {
			t.Fatalf("PH has %d tests, want %d", len(got), len(w.ChiSq))
		}
		for i := range got {
			c.num("zph.chisq["+w.Terms[i]+"]", got[i].Statistic, w.ChiSq[i])
			c.num("zph.p["+w.Terms[i]+"]", got[i].PValue, w.PValue[i])
			if got[i].DF != w.DF[i] {
				t.Errorf("zph.df[%s] = %d, want %d", w.Terms[i], got[i].DF, w.DF[i])
			}
		}
	}
}

func isNaN(f float64) bool { return f != f }
