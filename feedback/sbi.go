package feedback

import (
	"fmt"
	"strings"
	"unicode"

	"github.com/mentorkit/mentorkit/internal/words"
)

// SBI is a piece of structured feedback in the Situation–Behaviour–Impact
// form (Center for Creative Leadership), with the giver's Intent optional:
// where and when it happened, what the person did (an observable action),
// and what it caused.
type SBI struct {
	Situation string `json:"situation"`
	Behaviour string `json:"behaviour"`
	Impact    string `json:"impact"`
	Intent    string `json:"intent,omitempty"`
}

// SBI lint codes. They are stable: store and compare them.
const (
	SBISituationMissing       = "situationMissing"
	SBIBehaviourMissing       = "behaviourMissing"
	SBIImpactMissing          = "impactMissing"
	SBISituationNoTimeOrPlace = "situationNoTimeOrPlace"
	SBIBehaviourTraitWord     = "behaviourTraitWord"
)

// SBIFinding is one lint finding on an SBI.
type SBIFinding struct {
	Code  string `json:"code"`
	Field string `json:"field"` // "situation", "behaviour" or "impact"
	// Start and End are byte offsets of the offending word in the field;
	// both 0 when the finding concerns the whole field.
	Start   int    `json:"start"`
	End     int    `json:"end"`
	Word    string `json:"word,omitempty"` // the word as written
	Message string `json:"message"`        // in the requested language
}

// Trait words: judgements of character rather than observable actions.
// English and Dutch, matched whole-word, case- and accent-insensitively.
var traitWords = words.MustNewMatcher(
	// English
	"lazy", "rude", "arrogant", "careless", "sloppy", "disrespectful", "unprofessional",
	"selfish", "aggressive", "incompetent", "stubborn", "difficult", "negative", "bossy",
	"unreliable", "disorganised", "disorganized", "uncommitted", "unmotivated", "insecure",
	"defensive", "passive", "weak", "emotional", "brilliant", "smart", "nice", "a genius",
	"not a team player", "bad attitude",
	// Dutch
	"lui", "onbeleefd", "arrogant", "slordig", "respectloos", "onprofessioneel",
	"egoïstisch", "agressief", "incompetent", "koppig", "moeilijk", "negatief", "bazig",
	"onbetrouwbaar", "ongeorganiseerd", "ongemotiveerd", "onzeker", "defensief",
	"passief", "zwak", "emotioneel", "briljant", "slim", "aardig", "geen teamspeler",
	"verkeerde houding",
)

// Time and place markers of a situation. A number (a date, a clock time, a
// room) also counts.
var timeOrPlace = words.MustNewMatcher(
	// English: time
	"yesterday", "today", "this morning", "this afternoon", "tonight", "last week",
	"last month", "earlier", "during", "when", "while", "monday", "tuesday", "wednesday",
	"thursday", "friday", "saturday", "sunday", "january", "february", "april",
	"june", "july", "august", "september", "october", "november", "december",
	"morning", "afternoon", "evening", "meeting", "session", "stand-up", "standup", "call",
	"presentation", "review", "workshop", "demo",
	// English: place
	"in the", "at the", "office", "room", "client", "on site", "online",
	// Dutch: time
	"gisteren", "vandaag", "vanochtend", "vanmiddag", "vanavond", "vorige week",
	"vorige maand", "eerder", "tijdens", "toen", "terwijl", "maandag", "dinsdag",
	"woensdag", "donderdag", "vrijdag", "zaterdag", "zondag", "januari", "februari",
	"maart", "mei", "juni", "juli", "augustus", "oktober", "ochtend", "middag", "avond",
	"vergadering", "overleg", "bijeenkomst", "gesprek", "presentatie", "sessie",
	// Dutch: place
	"in de", "in het", "op kantoor", "bij de klant", "kantoor", "kamer", "zaal", "klant",
)

var sbiMessages = map[string][2]string{ // en, nl
	SBISituationMissing:       {"describe the situation: when and where it happened", "beschrijf de situatie: wanneer en waar het gebeurde"},
	SBIBehaviourMissing:       {"describe the behaviour: what the person did or said", "beschrijf het gedrag: wat de persoon deed of zei"},
	SBIImpactMissing:          {"describe the impact: what the behaviour caused", "beschrijf het effect: wat het gedrag teweegbracht"},
	SBISituationNoTimeOrPlace: {"the situation names no time or place; say when and where it happened", "de situatie noemt geen tijd of plaats; zeg wanneer en waar het gebeurde"},
	SBIBehaviourTraitWord:     {"%q judges a trait; describe the action you saw or heard instead", "%q is een oordeel over een eigenschap; beschrijf in plaats daarvan wat je zag of hoorde"},
}

// LintSBI checks a piece of SBI feedback and returns its findings in field
// order (situation, behaviour, impact), then by position. Messages are in
// lang: "nl" for Dutch, anything else English. The word lists are English
// and Dutch together, since feedback often mixes them. It finds:
//
//   - a missing situation, behaviour or impact (white space only);
//   - a situation without any time or place marker (a weekday, "yesterday",
//     "tijdens het overleg", "in the meeting", a date or a number);
//   - a behaviour described with a trait word ("lazy", "lui", "not a team
//     player") instead of an action; one finding per word.
//
// It never fails and does not modify its argument.
func LintSBI(f SBI, lang string) []SBIFinding {
	nl := 0
	if strings.EqualFold(lang, "nl") {
		nl = 1
	}
	msg := func(code string, args ...any) string {
		m := sbiMessages[code][nl]
		if len(args) > 0 {
			return fmt.Sprintf(m, args...)
		}
		return m
	}
	var out []SBIFinding
	if strings.TrimSpace(f.Situation) == "" {
		out = append(out, SBIFinding{Code: SBISituationMissing, Field: "situation", Message: msg(SBISituationMissing)})
	} else if !timeOrPlace.Contains(f.Situation) && !strings.ContainsFunc(f.Situation, unicode.IsDigit) {
		out = append(out, SBIFinding{Code: SBISituationNoTimeOrPlace, Field: "situation", Message: msg(SBISituationNoTimeOrPlace)})
	}
	if strings.TrimSpace(f.Behaviour) == "" {
		out = append(out, SBIFinding{Code: SBIBehaviourMissing, Field: "behaviour", Message: msg(SBIBehaviourMissing)})
	}
	for _, m := range traitWords.FindLongest(f.Behaviour) {
		w := f.Behaviour[m.Start:m.End]
		out = append(out, SBIFinding{Code: SBIBehaviourTraitWord, Field: "behaviour", Start: m.Start, End: m.End, Word: w, Message: msg(SBIBehaviourTraitWord, w)})
	}
	if strings.TrimSpace(f.Impact) == "" {
		out = append(out, SBIFinding{Code: SBIImpactMissing, Field: "impact", Message: msg(SBIImpactMissing)})
	}
	return out
}
