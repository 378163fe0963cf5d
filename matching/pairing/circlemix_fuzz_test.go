package pairing

import (
	"errors"
	"testing"

	"github.com/mentorkit/mentorkit/mentoring"
)

// FuzzCircleMix: any requirement on any attribute values of a small group
// programme gives an error (ErrConfig or ErrCircleMix) or circles of
// allowed sizes that all meet the mix, with every dissolved mentor
// explained; never a panic. heuristic forces the repair path; other
// sets OtherThanMentor (mentors take the last values as theirs).
func FuzzCircleMix(f *testing.F) {
	f.Add(uint64(1), []byte("abab ab"), uint8(3), uint8(1), uint8(4), "a", int8(1), int8(0), false, false)
	f.Add(uint64(2), []byte("aaab\x00cc"), uint8(2), uint8(2), uint8(3), "", int8(2), int8(1), true, true)
	f.Add(uint64(3), []byte("abcabcabc"), uint8(3), uint8(2), uint8(3), "", int8(1), int8(1), true, true)
	f.Add(uint64(4), []byte("a"), uint8(1), uint8(1), uint8(1), " A ", int8(-1), int8(9), false, true)
	f.Fuzz(func(t *testing.T, seed uint64, raw []byte, nM, gmin, gmax uint8, value string, lo, hi int8, heuristic, other bool) {
		if len(raw) > 9 {
			raw = raw[:9]
		}
		vals := make([]string, len(raw))
		for i, b := range raw {
			if b%5 != 0 {
				vals[i] = string(rune('a' + b%5))
			}
		}
		prog := mixProgramme(seed, 1+int(nM%3), 1+int(gmax%6), "site", vals)
		prog.GroupSize = mentoring.GroupSize{Min: int(gmin % 5), Max: int(gmax % 7)}
		k := 0
		for i := range prog.Participants {
			if q := &prog.Participants[i]; q.Role == mentoring.RoleMentor && k < len(vals) {
				q.Person.Attributes = map[string]string{"site": vals[len(vals)-1-k]}
				k++
			}
		}
		cfg := Config{Rules: Rules{CircleMix: []CircleMix{{Attribute: "site", Value: value, OtherThanMentor: other, Min: int(lo), Max: int(hi)}}}}
		p, err := New(prog, cfg)
		if err != nil {
			return // a group size mentoring refuses
		}
		if heuristic {
			mixExactLimit = 0
			defer func() { mixExactLimit = CircleMixExactLimit }()
		}
		res, err := p.Solve()
		if err != nil {
			if !errors.Is(err, ErrConfig) && !errors.Is(err, ErrCircleMix) {
				t.Fatalf("unexpected error: %v", err)
			}
			return
		}
		checkMixResult(t, p, prog, cfg, res, 0)
	})
}
