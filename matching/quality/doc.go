// Package quality measures matchings and compares matching strategies:
// the quality metrics of one matching ([Measure]), fairness audits between
// groups ([AuditGroups], [AuditResult]) and an experiment harness that runs
// the optimal, greedy, stable and random strategies over many instances
// into a tidy table ([RunExperiment], [ExperimentRow.Record]).
//
//	q, err := quality.Measure(scores, capacity, menteeToMentor, quality.Options{})
//	// q.Total, q.Mean, q.Gini, q.TopKHitRate, q.BlockingPairs, q.Envious …
//
// Measure computes total, mean, minimum and Gini of the pair scores, ranks
// and their distribution, top-k hit rate, blocking pairs, envy and
// unmatched counts. The audits compare match rates and mean scores between
// groups with four-fifths-rule ratios. Instances for experiments can come
// from package mentoring/synthetic through [pairing.Pairing.ScoreTable].
//
// # Errors
//
// Score matrices are checked as [matching.Assign] checks them, with its
// sentinels, under Maximize's rules. Settings (TopK, capacities, rng,
// strategies) wrap ErrConfig, invalid matchings
// [stable.ErrInvalidMatching], an ID the group map lacks ErrUnknownID.
//
// # Determinism
//
// RunExperiment's random strategy draws only from the *rand.Rand it is
// given; everything else is deterministic. Inputs are never modified.
//
// [pairing.Pairing.ScoreTable]: https://pkg.go.dev/github.com/mentorkit/mentorkit/matching/pairing#Pairing.ScoreTable
// [stable.ErrInvalidMatching]: https://pkg.go.dev/github.com/mentorkit/mentorkit/matching/stable#ErrInvalidMatching
package quality
