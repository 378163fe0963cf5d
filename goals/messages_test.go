package goals

import (
	"errors"
	"math"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/mentorkit/mentorkit/internal/fault"
	"github.com/stretchr/testify/require"
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

// TestMessageTable checks the table of the package's error messages: codes
// unique and present, a sentinel each, both languages, the same verbs.
func TestMessageTable(t *testing.T) {
	require.NoError(t, fault.CheckTable(messages))
}

// TestTemplatesAgree checks the finding templates with the same rules (a
// finding is not an error, so each gets a stand-in sentinel): English and
// Dutch of every code take the same verbs in the same order, so that one
// argument list fits both.
func TestTemplatesAgree(t *testing.T) {
	finding := errors.New("goals: finding")
	var table []fault.Message
	for code, text := range templates {
		table = append(table, fault.Message{Code: string(code), Err: finding, EN: text.EN, NL: text.NL})
	}
	require.NoError(t, fault.CheckTable(table))
}
