// Package synthetic generates seeded, realistic organisations and
// mentoring programmes for examples, benchmarks and experiments: people
// with departments, reporting lines, sites with time zones and languages,
// seniority, skills with levels, interests, career goals and Big Five
// personalities (Organisation), programmes drawn from them in the
// one-to-one, group, reverse and peer formats (Programme), employee
// outcomes with a known programme effect and selection bias for
// evaluation studies (Outcomes), and the classical random cost families
// of assignment benchmarks: uniform, integer, spatial, logarithmic and
// binary (Costs).
//
// The data is made up: names are "Person 12", skills and interests come
// from the small pools exported here. Nothing in it describes a real
// organisation; it exists so that pairing, its benchmarks and research
// code have inputs of any size with a known shape.
//
// # Determinism
//
// Randomness comes only from the *rand.Rand argument (math/rand/v2): the
// same seed and settings give the same organisation, programme, outcomes
// or costs on any machine. There is no clock: Outcomes takes its start
// date in its configuration.
//
// # Errors
//
// Settings out of range give a *ConfigError that unwraps to ErrConfig;
// several are joined with errors.Join.
package synthetic
