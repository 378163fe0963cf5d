package pairing

import (
	"cmp"
	"slices"

	"github.com/mentorkit/mentorkit/internal/fault"
	"github.com/mentorkit/mentorkit/mentoring"
)

// Fingerprint identifies, by content, what a pairing was solved from, in
// parts, so that a stored [Result] can be checked against the Pairing it
// is used with and a difference named. Each hash part is the hex SHA-256
// of a canonical binary encoding of what JSON would write (participants
// sorted by ID, rule lists sorted, defaults filled in), so the same
// programme and settings in any order give the same Fingerprint.
type Fingerprint struct {
	// Participants covers the programme as pairing reads it: its ID,
	// format, group bounds and peer band, the participants on each side
	// with every field pairing reads (with custom criteria every field,
	// since a Scorer may read any; without, all but a person's name and
	// attributes and a participant's hours per month and training, which
	// no built-in criterion or rule reads), and the time-zone gaps
	// between the participants' zones over the programme's period.
	Participants string `json:"participants"`
	// Config covers the settings (weights, rules, load, priority,
	// minimum score, limits) with their defaults filled in, but not the
	// custom criteria.
	Config string `json:"config"`
	// Criteria covers the custom criteria by Scorer name,
	// [CustomCriterion].Version and weight ("" when there are none): a
	// Scorer's code cannot be compared, so its version stands for it.
	Criteria string `json:"criteria,omitempty"`
	// Directory covers what the reporting-line rule reads of the
	// directory: each participant's chain of managers up to
	// Rules.ReportingLevels, and where that chain breaks ("" when the
	// rule is off). Not the rest of the directory.
	Directory string `json:"directory,omitempty"`
	// TZData is the time zone table's release (mentoring.TZDataVersion).
	TZData string `json:"tzData"`
}

// Fingerprint returns the content fingerprint of the pairing, which every
// Result of its Solve carries (see [Result].Fingerprint). It costs one
// pass over the participants and the settings.
func (p *Pairing) Fingerprint() Fingerprint {
	fp := Fingerprint{TZData: mentoring.TZDataVersion}
	ph := newCanonHash()
	ph.lean = len(p.cfg.Custom) == 0
	fp.Participants = ph.add(p.programmeID, p.format, p.groupMin, p.groupMax, p.rules.band,
		p.mentors, p.mentees, p.capacity, p.sc.f.zoneGap, p.zoneNames()).sum()
	cfg := p.cfg
	cfg.Custom = nil
	cfg.Rules.Previous = sortedRefs(cfg.Rules.Previous)
	cfg.Rules.Locks = sortedRefs(cfg.Rules.Locks)
	cfg.Rules.Bans = sortedRefs(cfg.Rules.Bans)
	fp.Config = newCanonHash().add(cfg).sum()
	if len(p.cfg.Custom) > 0 {
		c := newCanonHash()
		for _, cc := range p.cfg.Custom {
			c.add(cc.Scorer.Name(), cc.Weight, cc.Version)
		}
		fp.Criteria = c.sum()
	}
	fp.Directory = p.directoryPrint()
	return fp
}

// zoneNames lists the participants' zones as their IANA names or offsets,
// in the order of the features' zone table.
func (p *Pairing) zoneNames() []string {
	out := make([]string, len(p.sc.f.zones))
	for i, z := range p.sc.f.zones {
		out[i] = z.String()
	}
	return out
}

// directoryPrint hashes what the reporting-line rule reads of the
// directory: for each participant (mentors, then mentees, by ID) the
// chain of managers up to ReportingLevels above them, and whether the
// directory's chain breaks within those levels (the rule then cannot
// check the pair). The managers come from the directory when the
// Pairing kept it, else from the participants' own records.
func (p *Pairing) directoryPrint() string {
	k := p.rules.levels
	if k <= 0 || p.rules.placeE == nil {
		return ""
	}
	manager := p.managerLookup()
	type chain struct {
		ID       string   `json:"id"`
		Managers []string `json:"managers,omitempty"`
		Broken   bool     `json:"broken,omitempty"`
	}
	var out []chain
	add := func(side []*mentoring.Participant, place []mentoring.Place) {
		for i, q := range side {
			c := chain{ID: q.Person.ID, Broken: place[i].Near(place[i], k)}
			id := q.Person.ID
			for range k {
				m, ok := manager(id)
				if !ok || m == "" || slices.Contains(c.Managers, m) || m == q.Person.ID {
					break
				}
				c.Managers = append(c.Managers, m)
				id = m
			}
			out = append(out, c)
		}
	}
	add(p.mentors, p.rules.placeM)
	add(p.mentees, p.rules.placeE)
	return newCanonHash().add(k, out).sum()
}

// managerLookup returns the manager of a person ID: the directory's when
// the Pairing kept one, else the participants' own.
func (p *Pairing) managerLookup() func(id string) (string, bool) {
	if d := p.cfg.Directory; d != nil {
		return func(id string) (string, bool) {
			q, ok := d.Person(id)
			return q.ManagerID, ok
		}
	}
	own := map[string]string{}
	for _, side := range [][]*mentoring.Participant{p.mentors, p.mentees} {
		for _, q := range side {
			own[q.Person.ID] = q.Person.ManagerID
		}
	}
	return func(id string) (string, bool) {
		m, ok := own[id]
		return m, ok
	}
}

// sortedRefs returns a sorted copy of pairs (nil for none).
func sortedRefs(refs []PairRef) []PairRef {
	if len(refs) == 0 {
		return nil
	}
	out := slices.Clone(refs)
	slices.SortFunc(out, func(a, b PairRef) int {
		return cmp.Or(cmp.Compare(a.MentorID, b.MentorID), cmp.Compare(a.MenteeID, b.MenteeID))
	})
	return out
}

// fingerprintParts are the parts of a Fingerprint with the message that
// names each when it differs.
var fingerprintParts = []struct {
	field string
	get   func(Fingerprint) string
	msg   fault.Message
}{
	{"participants", func(f Fingerprint) string { return f.Participants }, msgOtherParticipants},
	{"config", func(f Fingerprint) string { return f.Config }, msgOtherConfig},
	{"criteria", func(f Fingerprint) string { return f.Criteria }, msgOtherCriteria},
	{"directory", func(f Fingerprint) string { return f.Directory }, msgOtherDirectory},
	{"tzData", func(f Fingerprint) string { return f.TZData }, msgOtherTZData},
}

// compareFingerprint returns one *FieldError (ErrOtherProgramme) per part
// in which got differs from p's fingerprint, under base ("result",
// "state"), or nil when they agree.
func (p *Pairing) compareFingerprint(base, programmeID string, got Fingerprint) error {
	var errs fault.Collector
	if programmeID != p.programmeID {
		errs.Add(msgOtherProgramme.New(fault.Path(base, "programmeId"), programmeID, programmeID, p.programmeID))
		return errs.Err()
	}
	if got == (Fingerprint{}) {
		errs.Add(msgNoFingerprint.New(fault.Path(base, "fingerprint"), programmeID, nil))
		return errs.Err()
	}
	want := p.Fingerprint()
	for _, part := range fingerprintParts {
		if g, w := part.get(got), part.get(want); g != w {
			errs.Add(part.msg.New(fault.Path(base, "fingerprint."+part.field), programmeID, g))
		}
	}
	return errs.Err()
}
