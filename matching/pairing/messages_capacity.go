package pairing

import (
	"errors"
	"slices"
	"strconv"
	"strings"

	"github.com/mentorkit/mentorkit/internal/fault"
)

// ErrMinCapacity reports a mentor's minimum (mentoring.Participant's
// MinCapacity) that no pairing allowed by the rules reaches; each such
// mentor is a *FieldError naming the mentor and why.
var ErrMinCapacity = errors.New("pairing: minimum capacity cannot be reached")

// The messages of capacity as a range and of reverse gaps no pair
// reaches together (kept apart from errors.go's table;
// TestCapacityMessageTable checks all the package's tables together).
var (
	msgMinCapacityGroup = fault.Message{Code: "minCapacityInGroup", Err: ErrConfig,
		EN: "a group programme sets its minimum with the group size, not per mentor",
		NL: "een groepsprogramma legt het minimum vast met de groepsgrootte, niet per mentor"}
	msgMinCapacityLoad = fault.Message{Code: "minCapacityAboveFree", Err: ErrConfig,
		EN: "is more than the %d places left here once the %d mentees mentored elsewhere are counted",
		NL: "is meer dan de %d plaatsen die hier over zijn, na aftrek van de %d mentees die elders begeleid worden"}
	msgMinCapacityTooFew = fault.Message{Code: "minCapacityTooFewAllowed", Err: ErrMinCapacity,
		EN: "cannot be reached: the rules allow this mentor %d of the %d mentees (forbidden by: %s)",
		NL: "is niet haalbaar: de regels staan bij deze mentor %d van de %d mentees toe (verboden door: %s)"}
	msgMinCapacityTaken = fault.Message{Code: "minCapacityNeededElsewhere", Err: ErrMinCapacity,
		EN: "cannot be reached: every pairing gives this mentor at most %d of its %d allowed mentees; the others are needed for other mentors' minimums or locked to other mentors (now with: %s)",
		NL: "is niet haalbaar: elke koppeling geeft deze mentor hoogstens %d van de %d toegestane mentees; de andere zijn nodig voor het minimum van andere mentoren of vastgelegd bij andere mentoren (nu bij: %s)"}
)

// msgReverseGapsApart: each minimum reverse gap is reached by some pair,
// but no pair reaches both.
var msgReverseGapsApart = fault.Message{Code: "reverseGapsApart", Err: ErrConfig,
	EN: "is, together with the gap of %d levels, reached by no mentee–reverse-mentor pair: the pairs at least %[1]d levels apart differ by at most %[2]v years",
	NL: "wordt samen met het verschil van %d niveaus door geen enkel koppel van mentee en omgekeerde mentor gehaald: de koppels met minstens %[1]d niveaus verschil verschillen hoogstens %[2]v jaar"}

// capacityMessages lists this file's table.
var capacityMessages = []fault.Message{msgMinCapacityGroup, msgMinCapacityLoad, msgMinCapacityTooFew, msgMinCapacityTaken, msgReverseGapsApart}

// ruleCountText lists rule counts as "noSharedLanguage 12, timeZoneGap 3"
// (the rules' stable codes, the same in both languages), or "-".
func ruleCountText(counts []RuleCount) string {
	if len(counts) == 0 {
		return "-"
	}
	parts := make([]string, len(counts))
	for i, c := range counts {
		parts[i] = c.Rule.String() + " " + strconv.Itoa(c.Count)
	}
	return strings.Join(parts, ", ")
}

// idList lists distinct IDs sorted, at most five, with "+N" for the rest
// ("anna, bram +3"), or "-".
func idList(ids []string) string {
	ids = slices.Compact(slices.Sorted(slices.Values(ids)))
	if len(ids) == 0 {
		return "-"
	}
	const most = 5
	if len(ids) <= most {
		return strings.Join(ids, ", ")
	}
	return strings.Join(ids[:most], ", ") + " +" + strconv.Itoa(len(ids)-most)
}
