package goals

import (
	"bufio"
	"os"
	"strings"
	"testing"
)

// TestDetectLanguageHeldOut measures DetectLanguage on short goals (two to
// six words, most without function words) written by hand for this test
// and kept out of the detector's tuning: it must be right on at least 95%
// of each language.
func TestDetectLanguageHeldOut(t *testing.T) {
	f, err := os.Open("testdata/language_heldout.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	right, total := map[string]int{}, map[string]int{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		lang, text, ok := strings.Cut(sc.Text(), "\t")
		if !ok {
			continue
		}
		total[lang]++
		if got := DetectLanguage(text).String(); got == lang {
			right[lang]++
		} else {
			t.Logf("%s %q detected as %s", lang, text, got)
		}
	}
	for _, lang := range []string{"nl", "en"} {
		if total[lang] < 100 {
			t.Fatalf("%s: %d goals, want at least 100", lang, total[lang])
		}
		acc := float64(right[lang]) / float64(total[lang])
		t.Logf("%s: %d/%d right (%.0f%%)", lang, right[lang], total[lang], 100*acc)
		if acc < 0.95 {
			t.Errorf("%s: accuracy %.2f below 0.95", lang, acc)
		}
	}
}
