// Package pairing pairs mentors with mentees: it turns a
// [mentoring.Programme] into proposed pairs by scoring every allowed
// mentor–mentee pair, applying the programme's rules and capacities and
// solving the assignment exactly with package [matching]. On top of one
// solve it explains pairs (Explain), missing pairs (WhyNot), ranks mentors
// for self-service (Suggester), lists the next-best pairings
// (Alternatives), forms circles in group programmes, exports the score
// table ([Pairing.ScoreTable]) and re-matches a running programme from
// its state and events ([Rematch]; on a score table, warm: [Rematcher]).
//
// Solve (or New, then Pairing.Solve) turns a mentoring.Programme into
// proposed pairs: mentors (mentor, reverse mentor, peer mentor roles) take
// mentees up to their Capacity, no hard rule is broken, and the Priority
// is optimised exactly: PriorityScore maximises the total score,
// PriorityParticipation the number of mentees matched and then the score.
//
//	res, err := pairing.Solve(prog, pairing.Config{Rules: pairing.Rules{SharedLanguage: true}})
//	// res.Pairs with Score and Breakdown, res.Unmatched with a Reason
//	rels, err := res.Relationships(now) // proposed mentoring.Relationships
//
// A pair's score is the weighted mean of criteria in [0, 1] (Criterion:
// skill coverage, interests, career goals, personality, languages, working
// hours, experience gap, location, the participants' own preferences,
// weekly availability; formulas on the constants) and of the
// caller's Scorers; terms match as whole words, ignoring case and accents
// (internal/words). The weights can be learned from past pairs' outcomes
// (package matching/pairing/learn). Reporting lines come from Config.Directory (a
// [mentoring.Directory], asked in O(1) per pair); a pair whose line the
// directory cannot check is forbidden ([RuleUnknownReportingLine]), never
// silently allowed. Rules forbid pairs: reporting lines, department,
// language, time-zone gap, previous pairs, bans, reverse and peer validity,
// a minimum score; locks force pairs. Capacity is column duplication: a
// mentor with c places is c identical columns of the dense solver, with
// forbidden pairs and "unmatched" both worth 0 so every instance is
// feasible, and the lexicographic objectives as bonuses (see capacity.go);
// BenchmarkCapacity finds it 2.5 to 4.5 times faster than a min-cost flow
// by successive shortest paths. Capacity is a range: a mentor's
// mentoring.Participant.MinCapacity places carry the largest bonus (above
// AtLeastOne's), so the solve fills every minimum whenever some pairing
// can; when none can, Solve returns one *FieldError ([ErrMinCapacity]) per
// mentor left short, saying whether the rules allow too few mentees (with
// the count per rule) or the allowed ones are needed elsewhere. Group programmes form circles
// (Result.Circles). Peer programmes can also be split into pairs of two,
// each peer in one pair, stable for the peers' own rankings
// ([Pairing.StablePeers], Irving's stable roommates through package
// stable), or told by ID why no stable split exists. WhyNot explains a missing pair by its rules or by what
// forcing it costs: a bound from the duals (reduced cost) and the exact
// loss from a second solve. Suggester ranks mentors for self-service with
// load balancing.
//
// Participants' own wishes: a mentoring.Participant's Preferences rank
// people on the other side and dismiss others. Rankings score as
// [CriterionPreference] (1 for a first choice, descending linearly, the
// mean of both sides' lists; not scored when neither side ranks anyone);
// a dismissal by either side forbids the pair ([RuleDismissed]);
// Rules.RequireListed allows only pairs one of whom ranks the other
// ([RuleNotListed]). A mentoring.Person's Availability, weekly windows on
// their own clock, is compiled once per person into a week of minutes in
// UTC per summer-time regime of their zone over the programme's dates, so
// a pair's overlap in its worst week costs a few ANDs and popcounts and
// no allocation; it scores as [CriterionAvailability] (overlap over
// Config.OverlapTargetMinutes, 2 hours by default) and Rules.MinOverlapMinutes
// forbids pairs below a minimum ([RuleNoOverlap], which fails closed for
// a person without windows). A criterion nobody in the programme has
// data for is left out as if unweighted, so programmes without
// preferences or windows score exactly as before. At 5,000 mentees ×
// 1,000 mentors of capacity 3 with five ranked mentors per mentee and
// three ranked mentees per mentor, New and Solve take about as long as
// without preferences (811 against 805 ms of CPU, loaded machine), and
// 1.4 times as long with two to five windows per person too
// (BenchmarkPairingPreferences).
//
// Circles with a mix: Rules.CircleMix asks every circle of a group
// programme to mix its mentees by a person attribute ([CircleMix]: at
// least or at most so many with one value, at least so many different
// values, at most so many sharing a value, at least or at most so many
// whose value differs from the mentor's). It is a hard rule. Circles
// are formed as without it; when they all meet the mix they are kept.
// Otherwise, when the free mentees' complete assignments number at most
// [CircleMixExactLimit], every one is enumerated and the best by Solve's
// objective whose circles all have an allowed size and meet the mix is
// taken (exact: checked against an independent enumeration on 400 tiny
// programmes, TestCircleMixBruteForce). Above that a repair runs: the exchange (a mentee to the
// waiting list or another circle, one from outside in, or a swap) that
// most lowers the total shortfall, then most raises the objective, is
// applied while one lowers it; a circle still short is dissolved like a
// below-minimum circle and the rest solved again (at most one solve per
// mentor, and mentors dissolved below the minimum get another chance
// after each dissolution for the mix); once every circle meets the mix,
// single moves and swaps that keep it and raise the objective are
// applied (three passes at most). The repair is a heuristic: on the tiny
// programmes where the mix changed the circles it reached the optimum in
// 142 of 165 (matching fewer mentees in 5; the worst objective half the
// optimum's), and it may dissolve a circle that an exchange among
// three or more circles would have kept. At 600 mentees in circles of 4
// to 6 with a woman per circle and at most two per site it matches
// everyone in about a second (BenchmarkCircleMix, loaded machine). A circle a lock holds is exempt. A dissolved mentor is
// unmatched with [ReasonCircleMix]; [Pairing.CheckCircleMix] says, in
// English and Dutch, which requirement a circle breaks or why a mentor's
// circle was dissolved (too few of its allowed mentees count towards
// it, or the other circles need them). A requirement that no circle can
// meet (fewer mentees with the value than one circle needs, an
// attribute nobody states) is a *FieldError from Solve. [Rematch]
// (re-running a programme from events) meets the mix the same way, the
// mix before the penalty for changed pairs.
//
// Large organisations: above Config.DenseLimit (DefaultDenseLimit = 16
// million mentee×place entries, 128 MB) each mentee keeps its Candidates
// best allowed mentors, each mentor its best 2·places+2 mentees, and the
// sparse solver finds the optimum over them; then every left-out allowed
// pair is priced with the solver's duals, and those whose reduced cost
// could improve the optimum are added back and the candidates solved
// again, until none is left (column generation). The result is exact
// (Result.Exact), with the duals a certificate over every allowed pair;
// pricing scores only the pairs whose bound (the lowest kept score of the
// mentee plus the best place's bonus less its dual) passes. Before any
// score, the rules that partition people prune pairs: with
// Rules.SharedLanguage, Rules.MaxTimeZoneGap, Rules.DifferentDepartment
// or a cross-organisation programme, the mentors of the zones within the
// gap who speak one of a mentee's languages and work in another
// department and organisation are listed once per key (the mentee's
// zone, languages, department and organisation, as far as those rules
// read them), and only they are scored. The limit is set
// by memory (BenchmarkPairingPaths): at 5,000 mentees × 1,000 mentors of
// capacity 3 (15 million entries) the dense path takes about 0.7 s of
// CPU and 124 MB. At 20,000 mentees × 5,000 mentors (shared language,
// six-hour gap, participation first) New and an exact Solve take about
// 7 s of CPU and 300 MB peak (two sparse solves, 109 pairs priced back;
// BenchmarkFloorExact20k); 50,000 × 50,000 people of whom no pair is
// allowed solve in milliseconds once New has compiled them (New, Solve
// and the result's reporting about 2 s of CPU, 620 MB peak;
// BenchmarkFloorNoPair50k). Timings on a shared machine, one core.
//
// # Errors
//
// Every error about the input is a *[FieldError] (the module's one error
// shape: field path, ID, value, a stable Code, English and Dutch text)
// unwrapping to one of [ErrWeight], [ErrConfig], [ErrUnknownID],
// [ErrDuplicateID], [ErrLock], [ErrCriterion], [ErrMinCapacity] or
// [ErrOtherProgramme] (a stored result or state that does not belong to
// the programme, itself an ErrConfig); its ID is the person's
// ID, or for a pair the mentee's (a lock) or the relationship ID
// programme/mentor/mentee (a custom criterion's bad value). A programme
// that fails its own validation returns mentoring's errors, joined.
// Unknown enum text in JSON wraps [ErrUnknownEnum]. Enums ([Priority],
// [Rule], [Reason], [Criterion]) have an unset zero value; an unset
// Priority reads as PriorityScore.
//
// # Numerics and ties
//
// Participants are sorted by person ID before anything else, so the same
// programme in any order gives the same result, and ties are broken by
// ID. Under PriorityParticipation, AtLeastOne, mentors' minimums and in
// groups the bonuses (of the order of n and n² for n mentees, n³ when a
// minimum and AtLeastOne meet) share the float64 mantissa with the
// scores: totals within about 1e-16 times the largest bonus of each
// other may be taken as ties. Results marshal to JSON by the module's number rule
// (NaN as "NaN").
//
// # Results that live on
//
// A [Result] carries a [Fingerprint] of what it was solved from: the
// participants as pairing reads them, the settings, the custom criteria
// by name and Version, the participants' reporting chains and the time
// zone table's release. Saved as JSON and decoded a week later, it works
// with [Pairing.WhyNot] and [Pairing.Reasons] of a Pairing built again
// from the same programme and settings (the solve state is rebuilt by
// one more Solve); with another programme or other settings they return
// one *FieldError per differing part (ErrOtherProgramme). [Diff] compares
// two results for an administrator's review.
//
// # Re-matching a running programme
//
// [Rematch] continues a programme from its stored [State] (active
// relationships, who met whom, who waits since when) and the [Event]s
// since the last run (a pair ends, a mentee or mentor leaves, people
// join, a capacity or a person changes): it keeps every active pair
// unless an event ends it, a rule now forbids it (reported, and its
// mentee re-matched) or moving it gains more than the penalty per
// changed pair, solved exactly; it reports the score given up for
// stability, the [ResultDiff] and the next State, which marshals to JSON
// between runs. Ended pairs are never formed again, and those that ended
// as not a good fit are banned.
//
// On a score table instead of a programme, a [Rematcher] keeps the
// optimum warm when people join or leave: a joining mentee costs one
// shortest augmenting path (Augmentations counts them), a penalty per
// broken pair keeps running relationships, and each event reports exactly
// which mentees change mentor (ties by arrival order).
//
// Rolling programmes that pair in rounds — a waiting list where long
// waits come first, a score cutoff, no repeats until everyone has met,
// circle-method rotation for flash and roulette formats, and a simulator
// of waiting times — are package
// [github.com/mentorkit/mentorkit/matching/pairing/rounds], which reads
// and advances the same State.
//
// # Determinism
//
// Nothing uses global randomness, the clock or map iteration order for a
// result; Solve sorts participants by person ID first, so the same
// programme in any order gives the same pairs. Inputs are never modified
// and results never alias them.
package pairing
