// Package quality measures matchings and compares matching strategies:
// the quality metrics of one matching ([Measure]), fairness audits between
// groups ([AuditGroups], [AuditResult]) and an experiment harness that runs
// matching strategies over many instances into a tidy table
// ([RunExperiment], [ExperimentRow.Record], [ExperimentHeader]).
//
// The harness studies two-sided preferences: an [Instance] holds the pair
// score a programme maximises and, optionally, a mentee-side and a
// mentor-side view that differ from it and from each other. Strategies
// ([Strategies]): optimal and greedy on the score; stable matchings with
// mentees ranking by their view and mentors by theirs (each side
// proposing); random; preference-weighted (the optimum of the views'
// mean); fair (the optimum with every mentee group matched at
// [FairFloor] of the overall rate, a matrix-level form of
// matching/pairing/fair); waiting-first (longest waits matched first, the
// matrix-level form of matching/pairing/rounds' priority). Each row has
// [Quality] on the score and [TwoSided]: each side's mean view score and
// rank, blocking pairs under the two views, and the gap between the
// groups' match rates.
//
//	q, err := quality.Measure(scores, capacity, menteeToMentor, quality.Options{})
//	// q.Total, q.Mean, q.Gini, q.TopKHitRate, q.BlockingPairs, q.Envious …
//
// [Measure] computes total, mean, minimum and Gini of the pair scores,
// ranks and their distribution, top-k hit rate, blocking pairs, envy and
// unmatched counts. The audits compare match rates and mean scores between
// groups with four-fifths-rule ratios. Instances for experiments can come
// from package mentoring/synthetic through [pairing.Pairing.ScoreTable].
//
// # Errors
//
// Score matrices are checked as [matching.Assign] checks them, with its
// sentinels, under Maximize's rules. Every other problem is a
// [*FieldError] (the module's one field error: JSON path, the ID of the
// mentee or instance where one applies, value, stable code, message in
// English and Dutch) unwrapping to a sentinel: settings (TopK, capacities,
// rng, strategies) to [ErrConfig], invalid matchings to
// [stable.ErrInvalidMatching], a mentee the group map lacks to
// [ErrUnknownID] (with the mentee's ID), slices of unequal length to
// [matching.ErrShape]. Problems found together are joined (errors.Join).
// Unknown Strategy text in JSON wraps [ErrUnknownEnum].
//
// # Determinism and ties
//
// [RunExperiment]'s random strategy draws only from the *rand.Rand it is
// given; everything else is deterministic (the fair and waiting strategies
// are exact min-cost flows whose ties break by node and arc order, that
// is by mentee, then mentor index, never by map order). Ranks and the greedy strategy
// break equal scores by the lower index; audit groups are sorted by name.
// Inputs are never modified.
//
// # Numerics and JSON
//
// A metric that is undefined (the mean score of a matching without pairs,
// a ratio to a best group of 0) is NaN, never a made-up 0. Every result
// and config ([Quality], [TwoSided], [Options], [GroupAudit], [GroupStats],
// [ExperimentRow], [Instance]) has lowerCamel JSON names and survives a
// round trip; NaN and infinities are the strings "NaN", "Infinity" and
// "-Infinity", and [Strategy] is its name.
package quality
