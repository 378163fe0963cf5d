// Package goals checks, tracks and scores mentees' goals: the Goal model,
// a SMART check per letter with stable finding codes and messages in
// English and Dutch, a linter for vague wording, progress and forecasts
// from check-ins with the four-point rule, and Goal Attainment Scaling.
//
// Mentoring programmes ask every relationship for clear, measurable goals:
// specific, measurable, achievable, relevant and time-bound ("heldere en
// meetbare doelen"); this package checks them and follows them up. It
// imports no other domain package: what it needs of a programme (its start
// and end, the IDs of its objectives) comes in as plain values in
// [CheckOptions].
//
//	r := goals.Check(g, goals.CheckOptions{Now: now, CheckIns: checkIns})
//	for _, f := range r.Findings() {
//		fmt.Println(f.Code, f.Severity, f.Message)
//	}
//	p, err := goals.Track(g, checkIns, now, goals.StatusConfig{})
//
// # Checking a goal
//
// [Check] returns a [Report] with one [LetterReport] per letter S, M, A, R,
// T. Each holds [Finding]s with a stable [Code], a [Severity] and a message
// in English or Dutch; a letter is met when none of its findings is an
// Error. What A and R stand for is configurable with a [Reading]: the
// default [ReadingCommon] (Achievable, Relevant), [ReadingDoran] (Doran
// 1981: Assignable, Realistic) or [ReadingDutch] (Acceptabel,
// Realistisch). The S letter is [Lint], the vague-wording linter, which
// matches whole words and phrases of both languages, case- and
// accent-insensitively, and says which words, where (byte and UTF-16
// offsets) and why. [DetectLanguage] picks English or Dutch when the caller
// does not say. A link whose ID is a placeholder ("n.v.t.", "N/A", "tbd";
// see [Placeholder]) does not meet Relevant. Findings are not errors: each
// carries a stable [Code] a caller can key its own texts on, and its
// message in the report's language.
//
// # Reading a goal's text
//
// [Read] reads a goal as the mentee typed it ("Van 3 naar 1 keer per week
// overwerken, uiterlijk eind Q2") into a [TextReading]: the quantities with
// their units, the change from baseline to target and its direction, the
// metric words, and the dates and periods resolved against
// [ReadOptions].Now in Now's location, each with its [Span] (byte and
// UTF-16 offsets), and a suggested [Goal] a form can show. Dates are
// day-first unless ReadOptions.MonthFirst; a date without a year is the
// next occurrence on or after now and is marked InferredYear. Check reads
// the text the same way and fills the goal's empty measure and date fields
// before checking, unless CheckOptions.IgnoreText; [Report].FromText lists
// the fields it filled. Read refuses text longer than [MaxTextLength]
// bytes; everything else, including invalid UTF-8, is read in linear time.
//
// # Messages
//
// Messages are full sentences in the register of an HR system, in English
// or Dutch ("Nulmeting ontbreekt. …", "Geef aan hoeveel …"), with numbers
// written as the language writes them (98.765,5; 98,765.5), counts with the
// right plural, example dates derived from now, and never byte offsets or
// Go syntax; the checklist is documented on the message table.
//
// # Progress
//
// From [CheckIn]s, [Track] gives the progress fraction, the expected
// progress (linear in time) and a [Status]; [Forecast] the least-squares
// value at the due date; [FourPoint] the four-point rule's [Decision];
// [FinalGrade] the 0.0–1.0 end-of-period grade. [TScore] and [TScoreRho]
// compute the Goal Attainment Scaling T-score of Kiresuk and Sherman.
//
// # Errors
//
// [Goal.Validate] and the progress and GAS functions return errors that
// wrap the sentinels [ErrMissing], [ErrOutOfRange], [ErrDuplicate],
// [ErrUnknownEnum], [ErrTimeOrder], [ErrInconsistent], [ErrNotMeasurable],
// [ErrTooFewCheckIns] and [ErrLength] (test with errors.Is). Each problem
// is a [*FieldError] (errors.As) naming the field with its index
// ("checkIns[2].value", "levels[1]"), the goal's ID wherever the function
// has the goal (TScore has none), the value, a stable lowerCamel Code
// ("required", "targetBelowBaseline") and the message in English and
// Dutch; several are joined into one flat list (Unwrap() []error holds
// every FieldError at one level). [Check] and [Lint] never fail: a
// malformed goal becomes findings, and [Report.Invalid] holds the errors.
// No function panics on any input.
//
// # Enums and JSON
//
// Every enum ([Direction], [Commitment], [LinkKind], [Language], [Status],
// [Decision], [Severity], [Criterion]) has an unset zero value, marshals as
// its lowerCamel name ("" when unset) and parses names case-insensitively;
// unknown names are errors wrapping [ErrUnknownEnum]. An unset
// [Commitment] reads as [Committed], an unset [Language] as "detect it".
// Every exported type has lowerCamel JSON names and a lossless round trip;
// the types that hold floats write NaN and the infinities as the strings
// "NaN", "Infinity" and "-Infinity", and read null as NaN.
//
// # Determinism
//
// Every function is pure: the time is an argument (CheckOptions.Now, the
// now of Track), nothing is random, nothing is logged. Check-ins may come
// in any order; they are sorted by time (ties keep their input order) in a
// copy. Inputs are never modified and results share no memory with them.
// Findings come in a fixed order: text order for S, the order of the
// checks documented on [Check] for the other letters.
//
// # Numerics
//
// Times enter the computations as days of 24 hours (daylight-saving
// changes ignored), counted from the times' Unix seconds, so spans beyond
// the ±292 years of a time.Duration are measured right. The forecast is an
// ordinary least-squares line computed about the means, on the values
// divided by a power of two near their largest magnitude so that its sums
// cannot overflow. Progress fractions subtract from halves when target −
// baseline would overflow, so any finite goal gives a finite fraction;
// whether a goal is achieved compares the value with the target itself,
// never a fraction that rounded to 1. The T-score divides the weights by
// the largest first, which leaves T unchanged and keeps Σwᵢ² from
// overflowing. Progress fractions are clamped to 0–1 where documented;
// Progress.Raw is not.
//
// The thresholds without a published source are marked as our choice where
// they are defined: the status gaps of [StatusConfig] (0.10 and 0.25), the
// pace factor [DefaultRateFactor] (1.5), and the finding severities.
package goals
