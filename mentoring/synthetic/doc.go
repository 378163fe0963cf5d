// Package synthetic generates seeded, realistic organisations and
// mentoring programmes for examples, benchmarks and experiments: people
// with departments, reporting lines, sites with time zones and languages,
// seniority, skills with levels, interests, career goals and Big Five
// personalities ([Organisation]), programmes drawn from them in the
// one-to-one, group, reverse and peer formats ([Programme]), employee
// outcomes with a known programme effect and selection bias for
// evaluation studies ([Outcomes]), and the classical random cost families
// of assignment benchmarks: uniform, integer, spatial, logarithmic and
// binary ([Costs]).
//
// The data is made up: names are "Person 12"; skills, interests, career
// goals and reverse-mentoring topics come from small fixed word pools
// inside the package (unexported, so no caller can change what later
// calls generate; [DefaultSites] and [DefaultDepartments] return fresh
// copies of the defaults). Nothing in it describes a real organisation;
// it exists so that pairing, its benchmarks and research code have inputs
// of any size with a known shape.
//
//	rng := rand.New(rand.NewPCG(1, 2))
//	people, _ := synthetic.Organisation(rng, synthetic.Config{People: 200})
//	prog, _ := synthetic.Programme(rng, people, synthetic.ProgrammeConfig{Mentors: 20, Mentees: 60})
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
// Settings out of range give a [*FieldError] (the module's one field-error
// type) whose Field is the setting's JSON name ("sites[2].languages[0]",
// or "rng" for a nil generator), with a stable Code and English and Dutch
// messages; each unwraps to [ErrConfig], and several are joined with
// errors.Join. Nothing panics on caller settings.
//
// # JSON
//
// Every config and result type marshals with lowerCamel names and the
// module's number rule: NaN (an unmeasured outcome) is the string "NaN",
// and a round trip is lossless. [CostFamily] marshals as its name.
package synthetic
