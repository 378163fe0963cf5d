package causal

import "github.com/mentorkit/mentorkit/internal/fault"

// The messages of this package's errors, one per code.
var (
	msgNotFinite   = fault.NotFinite.With(ErrOutOfRange)
	msgProbability = fault.Probability.With(ErrOutOfRange)
	msgLength      = fault.Length.With(ErrLength)
	msgTooFew      = fault.TooFew.With(ErrEmpty)
	msgRequired    = fault.Required.With(ErrOutOfRange)
	msgDuplicate   = fault.Duplicate.With(ErrOutOfRange)
	msgNegative    = fault.Negative.With(ErrOutOfRange)

	msgMoreInvalid = fault.Message{Code: "moreInvalid", Err: ErrOutOfRange,
		EN: "has %d more invalid values (not listed)", NL: "bevat nog %d ongeldige waarden (niet getoond)"}
	msgGammaBelowOne = fault.Message{Code: "gammaBelowOne", Err: ErrOutOfRange,
		EN: "must be at least 1 (Γ = 1 is a randomised experiment)", NL: "moet minstens 1 zijn (Γ = 1 is een gerandomiseerd experiment)"}
	msgAllZero = fault.Message{Code: "allZero", Err: ErrAllZero,
		EN: "has only zero matched-pair differences", NL: "bevat alleen verschillen van nul tussen de gekoppelde paren"}
	msgNotBinary = fault.Message{Code: "notBinary", Err: ErrOutOfRange,
		EN: "must be 0 or 1", NL: "moet 0 of 1 zijn"}
	msgTreatChanges = fault.Message{Code: "treatmentChanges", Err: ErrOutOfRange,
		EN: "changes treatment between periods; it must be constant per person",
		NL: "wisselt van groep tussen de perioden; de groep moet per persoon vast liggen"}
	msgNoTreated = fault.Message{Code: "noTreated", Err: ErrEmpty,
		EN: "has no treated (mentored) subject", NL: "bevat niemand die aan het programma deelnam"}
	msgNoControl = fault.Message{Code: "noControl", Err: ErrEmpty,
		EN: "has no control subject", NL: "bevat niemand om mee te vergelijken"}
	msgSeparation = fault.Message{Code: "separation", Err: ErrSeparation,
		EN: "separate the treated from the controls (%s separation, %d subjects fitted exactly); the propensity model has no estimate",
		NL: "scheiden de deelnemers volledig van de anderen (%s scheiding, %d personen exact voorspeld); het propensitymodel heeft geen schatting"}
	msgNotPositive = fault.Message{Code: "notPositive", Err: ErrOutOfRange,
		EN: "must be positive", NL: "moet positief zijn"}
	msgUnknown = fault.Message{Code: "undeclaredEnum", Err: ErrUnknownEnum,
		EN: "is not a declared %s", NL: "is geen geldige waarde voor %s"}
	msgBlockShare = fault.Message{Code: "blockShare", Err: ErrOutOfRange,
		EN: "times the share %v is not a whole number between 1 and the block size minus 1",
		NL: "maal het aandeel %v is geen geheel getal tussen 1 en de blokgrootte min 1"}
	msgNotTreated = fault.Message{Code: "notTreated", Err: ErrOutOfRange,
		EN: "is not a treated subject", NL: "is geen deelnemer"}
	msgNotControl = fault.Message{Code: "notControl", Err: ErrOutOfRange,
		EN: "is not a control subject", NL: "is geen controlepersoon"}
	msgSingular = fault.Message{Code: "singularCovariance", Err: ErrOutOfRange,
		EN: "have a singular covariance matrix (a constant or collinear covariate)",
		NL: "hebben een singuliere covariantiematrix (een constante of collineaire covariaat)"}
)

// messages lists every message of the package (for fault.CheckTable).
var messages = []fault.Message{
	msgNotFinite, msgProbability, msgLength, msgTooFew, msgRequired, msgDuplicate, msgNegative,
	msgMoreInvalid, msgGammaBelowOne, msgAllZero, msgNotBinary, msgTreatChanges, msgNoTreated,
	msgNoControl, msgSeparation, msgNotPositive, msgUnknown, msgSingular, msgBlockShare, msgNotTreated, msgNotControl,
}
