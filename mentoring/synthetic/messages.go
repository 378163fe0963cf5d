package synthetic

import "github.com/mentorkit/mentorkit/internal/fault"

// The messages of every error the package returns; each unwraps to
// ErrConfig. English templates complete "<setting> …".
var (
	msgRequired = fault.Required.With(ErrConfig)
	msgBetween  = fault.Between.With(ErrConfig)
	msgNoRNG    = fault.Message{Code: "rngNil", Err: ErrConfig,
		EN: "is nil: pass a *rand.Rand", NL: "ontbreekt; geef een *rand.Rand mee"}
	msgZeroOrBetween = fault.Message{Code: "zeroOrBetween", Err: ErrConfig,
		EN: "must be 0 (the default) or between %v and %v", NL: "moet 0 (de standaard) zijn of tussen %v en %v liggen"}
	msgEmpty = fault.Message{Code: "empty", Err: ErrConfig,
		EN: "must not be empty (leave it out for the defaults)", NL: "mag niet leeg zijn (laat het weg voor de standaardwaarden)"}
	msgNoPeople = fault.Message{Code: "noPeople", Err: ErrConfig,
		EN: "is empty: outcomes need people", NL: "is leeg; voor uitkomsten zijn personen nodig"}
	msgNoWords = fault.Message{Code: "noWords", Err: ErrConfig,
		EN: "has no words", NL: "bevat geen woorden"}
	msgUnknownLanguage = fault.Message{Code: "unknownLanguage", Err: ErrConfig,
		EN: "is not a known language: give a BCP 47 tag such as nl or a name such as Dutch", NL: "is geen bekende taal; geef een BCP 47-code zoals nl of een naam zoals Nederlands"}
	msgSiteIncomplete = fault.Message{Code: "siteIncomplete", Err: ErrConfig,
		EN: "needs a name, a language and a UTC offset of %d to %d minutes", NL: "heeft een naam, een taal en een verschil met UTC van %d tot %d minuten nodig"}
	msgDepartmentIncomplete = fault.Message{Code: "departmentIncomplete", Err: ErrConfig,
		EN: "needs a name and at least one skill", NL: "heeft een naam en minstens één vaardigheid nodig"}
	msgFormat = fault.Message{Code: "formatNotGenerated", Err: ErrConfig,
		EN: "must be oneToOne, group, reverse or peer", NL: "moet oneToOne, group, reverse of peer zijn"}
	msgAtLeastOne = fault.Message{Code: "atLeastOne", Err: ErrConfig,
		EN: "must be at least 1", NL: "moet minstens 1 zijn"}
	msgTooFewPeople = fault.Message{Code: "tooFewPeople", Err: ErrConfig,
		EN: "exceeds the %d people given", NL: "is meer dan de %d opgegeven personen"}
	msgTooFewPeers = fault.Message{Code: "tooFewPeers", Err: ErrConfig,
		EN: "asks for more peers than the middle seniority of the people given holds", NL: "vraagt meer peers dan er personen van middelbare senioriteit zijn"}
	msgProbability = fault.Probability.With(ErrConfig)
	msgHazardRatio = fault.Message{Code: "hazardRatio", Err: ErrConfig,
		EN: "must be more than 0 and at most 10", NL: "moet groter dan 0 en hoogstens 10 zijn"}
	msgFamily = fault.Message{Code: "undeclaredEnum", Err: ErrConfig,
		EN: "is not a declared %s", NL: "is geen geldige waarde voor %s"}
	msgCostRange = fault.Message{Code: "costRange", Err: ErrConfig,
		EN: "must lie between 1 and 2^53 (0 means the default)", NL: "moet tussen 1 en 2^53 liggen (0 is de standaard)"}
)

// messages lists every message above, for fault.CheckTable in the tests.
var messages = []fault.Message{
	msgRequired, msgBetween, msgNoRNG, msgZeroOrBetween, msgEmpty, msgNoPeople, msgNoWords,
	msgUnknownLanguage, msgSiteIncomplete, msgDepartmentIncomplete, msgFormat, msgAtLeastOne, msgTooFewPeople,
	msgTooFewPeers, msgProbability, msgHazardRatio, msgFamily, msgCostRange,
}
