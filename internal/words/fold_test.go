package words

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestFold(t *testing.T) {
	tests := []struct {
		in, want string
	}{
		{"", ""},
		{"leiderschap", "leiderschap"},
		{"LEIDERSCHAP", "leiderschap"},
		{"Coördinatie", "coordinatie"},
		{"coo\u0308rdinatie", "coordinatie"}, // decomposed: o + combining diaeresis
		{"Crème brûlée à la carte", "creme brulee a la carte"},
		{"Ĳsselmeer ĳs", "ijsselmeer ijs"},
		{"Straße STRAẞE", "strasse strasse"},
		{"Æble Œuvre Ærø", "aeble oeuvre aero"},
		{"Łódź Đorđe Þór", "lodz dorde thor"},
		{"İstanbul ıspanak", "istanbul ispanak"},
		{"Tiếng Việt", "tieng viet"},
		{"auto’s z‘n ʼt", "auto's z'n 't"},
		{"Ωμέγα ΟΔΟΣ", "ωμέγα οδοσ"}, // other scripts: lower case only, accents kept
		{"a\xffb", "a\uFFFDb"},
		{"e-mail, Z.S.M.!", "e-mail, z.s.m.!"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, Fold(tt.in)); diff != "" {
				t.Errorf("Fold(%q) mismatch (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

func TestFoldNoAllocWhenFolded(t *testing.T) {
	s := "werken aan een plan, 3 keer per week"
	if got := testing.AllocsPerRun(100, func() { _ = Fold(s) }); got != 0 {
		t.Errorf("Fold of an already folded string allocated %v times, want 0", got)
	}
}

func TestEqual(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"Leiderschap", "leiderschap", true},
		{"coördinatie", "coordinatie", true},
		{"Machine-learning", "machine  learning", true},
		{" AI ", "ai", true},
		{"AI", "retail", false},
		{"AI", "A I", false},
		{"meer", "meerdere", false},
		{"data science", "data", false},
		{"data", "data science", false},
		{"C++", "C", false},
		{"C#", "c#", true},
		{"", "", true},
		{"", "?!", true},
		{"", "a", false},
		{"Ĳzer", "ijzer", true},
	}
	for _, tt := range tests {
		t.Run(tt.a+"|"+tt.b, func(t *testing.T) {
			if got := Equal(tt.a, tt.b); got != tt.want {
				t.Errorf("Equal(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
			}
			if got := Equal(tt.b, tt.a); got != tt.want {
				t.Errorf("Equal(%q, %q) = %v, want %v (not symmetric)", tt.b, tt.a, got, tt.want)
			}
		})
	}
}

func TestEqualNoAlloc(t *testing.T) {
	if got := testing.AllocsPerRun(100, func() { _ = Equal("Coördinatie van projecten", "coordinatie-van-projecten") }); got != 0 {
		t.Errorf("Equal allocated %v times, want 0", got)
	}
}
