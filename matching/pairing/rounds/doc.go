// Package rounds runs a rolling mentoring programme in rounds: a waiting
// list where long waits come first, "no repeats until everyone has met"
// rotation for flash and roulette formats, and a simulator of many
// rounds. It builds on the programme state of package
// [github.com/mentorkit/mentorkit/matching/pairing] ([pairing.State]:
// active pairs, ended pairs — who met whom — and the waiting list with
// each mentee's waiting since-time) and on its rules and scores
// ([pairing.Pairing.ScoreTable]).
//
// [Round] pairs the waiting mentees with the mentors' free places,
// exactly, with waiting time as a lexicographic priority ([WaitFirst]:
// the longest waits, in whole weeks, matched first, then the score) or
// as a weight ([WaitWeight]: score + Config.WeekWeight per week waited).
// A pair below Config.Cutoff is not formed (the mentee waits), and a pair
// that met before is formed again only for a mentee who has met every
// mentor the rules allow (Result.Exhausted). The state is advanced and
// returned, ready for the next round or for [pairing.Rematch].
//
//	res, err := rounds.Round(prog, cfg, st, rounds.Config{Cutoff: 0.4}, now)
//	// res.Pairs, res.Waiting (with a WaitReason), res.State for next time
//
// # Contracts
//
// Errors: every error about the input is a *[FieldError] naming the field
// and the person's ID, in English and Dutch, unwrapping to [ErrConfig],
// [ErrUnknownID], [ErrOtherProgramme] or [ErrTime]; caller data never
// causes a panic. Determinism: results depend on the inputs alone; ties
// go by ID; randomness only from a caller's *rand.Rand, time only from a
// now argument. Inputs are never modified. JSON: every result and
// setting marshals losslessly by the module's number rule.
package rounds
