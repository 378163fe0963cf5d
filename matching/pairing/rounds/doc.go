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
// Flash and roulette formats meet one partner per round, every pair once
// before any repeats: [Circle] schedules a peer pool by the circle method
// (round-robin tournament scheduling), [Latin] two sides by a
// Latin-square rotation, and [Rotate] a programme from its rules — exact
// in the least possible number of rounds for two sides when pairs are
// forbidden (each round covers every person with the most partners left,
// König's theorem), greedy for a peer pool with forbidden pairs. A
// [Schedule] says after which round everyone has met, or names the people
// who keep that from happening ([Obstacle]). [Simulate] runs many rounds
// — pairs ending and mentees leaving at random only through the caller's
// *rand.Rand — and reports the waiting-time distribution ([Stats]: mean,
// maximum, 50th and 90th percentiles, in weeks) per round and overall,
// and how many rounds it took until everyone had met.
//
// # Contracts
//
// Errors: every error about the input is a *[FieldError] naming the field
// and the person's ID, in English and Dutch, unwrapping to [ErrConfig],
// [ErrUnknownID], [ErrOtherProgramme] or [ErrTime]; caller data never
// causes a panic. Rounds pair one mentor with one mentee per meeting and
// form no circles: a group programme's mentor takes up to its places
// (capacity, at most the group maximum) in a round, and the group
// minimum does not apply; a pairing config with Rules.CircleMix is
// refused (code circleMixInRounds) rather than its mix dropped.
// Determinism: results depend on the inputs alone; ties
// go by ID; randomness only from a caller's *rand.Rand, time only from a
// now argument. Inputs are never modified. JSON: every result and
// setting marshals losslessly by the module's number rule.
package rounds
