package words

import (
	"strconv"
	"strings"
	"testing"
)

var benchPhrases = []string{
	"improve", "better", "more", "enhance", "work on", "as soon as possible",
	"in the near future", "over time", "the team will", "to be determined",
	"verbeteren", "beter", "meer", "proberen", "werken aan", "streven naar",
	"zo snel mogelijk", "z.s.m.", "op termijn", "te zijner tijd", "binnenkort",
	"doorlopend", "het team gaat", "wordt opgepakt", "nader te bepalen",
}

const benchSentence = "Ik wil mijn presentatievaardigheden verbeteren en z.s.m. meer " +
	"feedback vragen aan collega’s; coördinatie met het team gaat in Q3 2026. "

var sinkMatches []Match

func BenchmarkAppendAll(b *testing.B) {
	m := MustNewMatcher(benchPhrases...)
	for _, n := range []int{1, 10, 100} {
		text := strings.Repeat(benchSentence, n)
		b.Run("sentences="+strconv.Itoa(n), func(b *testing.B) {
			dst := make([]Match, 0, 8*n)
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			for b.Loop() {
				dst = m.AppendAll(dst[:0], text)
			}
			sinkMatches = dst
		})
	}
}

var sinkBool bool

func BenchmarkEqual(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		sinkBool = Equal("Coördinatie van projecten", "coordinatie van projecten")
	}
}
