// Package synthetic generates seeded, realistic organisations and
// mentoring programmes for examples, benchmarks and experiments: people
// with departments, reporting lines, sites with time zones and languages,
// seniority, skills with levels, interests, career goals and Big Five
// personalities (Organisation), and programmes drawn from them in the
// one-to-one, group, reverse and peer formats (Programme).
//
// The data is made up: names are "Person 12", skills and interests come
// from the small pools exported here. Nothing in it describes a real
// organisation; it exists so that pairing, its benchmarks and research
// code have inputs of any size with a known shape.
//
// # Determinism
//
// Randomness comes only from the *rand.Rand argument (math/rand/v2): the
// same seed and settings give the same organisation on any machine.
//
// # Errors
//
// Settings out of range give a *ConfigError that unwraps to ErrConfig;
// several are joined with errors.Join.
package synthetic
