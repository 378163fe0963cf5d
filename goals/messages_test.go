package goals

import (
	"math"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestNum checks the number format of messages: four significant digits,
// decimals in plain notation between 0.0001 and 10^15, a decimal comma in
// Dutch, and exponent notation outside that range, where plain notation
// would print "0.00" for a small pace or hundreds of digits for a huge one.
func TestNum(t *testing.T) {
	tests := []struct {
		v      float64
		en, nl string
	}{
		{0.35, "0.35", "0,35"},
		{2.6666666, "2.667", "2,667"},
		{0, "0", "0"},
		{-4, "-4", "-4"},
		{12345, "12345.00", "12345,00"}, // more than four digits: two decimals
		{0.00012345, "0.0001234", "0,0001234"},
		{0.000012345, "1.234e-05", "1,234e-05"},
		{7e306, "7e+306", "7e+306"},
		{math.Inf(1), "+Inf", "+Inf"},
	}
	for _, tt := range tests {
		got := []string{num(English, tt.v), num(Dutch, tt.v)}
		if diff := cmp.Diff([]string{tt.en, tt.nl}, got); diff != "" {
			t.Errorf("num(%v) mismatch (-want +got):\n%s", tt.v, diff)
		}
	}
}

// TestTemplatesAgree checks that the English and Dutch message of every
// code take the same verbs in the same order, so that one argument list
// fits both.
func TestTemplatesAgree(t *testing.T) {
	verbs := func(s string) []string {
		var out []string
		for i := 0; i < len(s)-1; i++ {
			if s[i] != '%' {
				continue
			}
			if s[i+1] == '%' {
				i++
				continue
			}
			out = append(out, s[i+1:i+2])
		}
		return out
	}
	for code, tt := range templates {
		if diff := cmp.Diff(verbs(tt[0]), verbs(tt[1])); diff != "" {
			t.Errorf("%s: English and Dutch verbs differ (-en +nl):\n%s", code, diff)
		}
	}
}
