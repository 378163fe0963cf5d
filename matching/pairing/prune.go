package pairing

import (
	"encoding/binary"
	"slices"
)

// Pruning by the rules that partition people. Rules.SharedLanguage,
// Rules.MaxTimeZoneGap, Rules.DifferentDepartment and a cross-organisation
// programme forbid a pair by what each side is on its own (a language, a
// time zone, a department, an organisation), so the mentors a mentee may
// have as far as those rules go depend only on the mentee's zone,
// languages, department and organisation (those the rules in force
// read): its key. Mentees with the same key share one list of mentors, found by
// visiting only the mentors of the zones within the gap and keeping
// those who speak one of the key's languages; the hot loop then scores
// only the mentors of the list (scoreMentors), and checks the other
// rules there as before. An organisation where no pair is allowed costs
// O(people + keys·mentors of the compatible zones), not a score per pair.

// pairPruneLimit bounds the mentor indices the lists of all keys hold
// together (4 bytes each); the mentees of keys beyond it have their list
// computed on each request instead of stored.
const pairPruneLimit = 1 << 25

// pairPrune is the compiled pruning of a Pairing, read-only once built.
type pairPrune struct {
	on     bool      // a partitioning rule is on (else every mentor is a candidate)
	keyOf  []int32   // mentee e's key, -1 for a mentee whose list is not stored
	lists  [][]int32 // mentors per key, ascending
	byZone [][]int32 // mentors per zone index, ascending
	all    []int32   // 0 … mentors−1
}

// buildPrune groups the mentors by zone and stores the list of each
// mentee key (up to pairPruneLimit entries in all).
func (p *Pairing) buildPrune() pairPrune {
	f, r := p.sc.f, &p.rules
	var pr pairPrune
	pr.all = make([]int32, f.nM)
	for m := range pr.all {
		pr.all[m] = int32(m)
	}
	if !r.sharedLang && r.maxGap <= 0 && !r.diffDept && !r.crossOrg {
		return pr
	}
	pr.on = true
	pr.byZone = make([][]int32, max(f.nZone, 1))
	for m := range f.nM {
		pr.byZone[f.tzM[m]] = append(pr.byZone[f.tzM[m]], int32(m))
	}
	pr.keyOf = make([]int32, f.nE)
	keys := map[string]int32{}
	var key []byte
	total := 0
	for e := range f.nE {
		key = p.pruneKey(e, key[:0])
		k, ok := keys[string(key)]
		if !ok {
			k = -1
			if total < pairPruneLimit {
				list := p.pruneList(e, &pr, []int32{})
				total += len(list)
				k = int32(len(pr.lists))
				pr.lists = append(pr.lists, list)
			}
			keys[string(key)] = k
		}
		pr.keyOf[e] = k
	}
	return pr
}

// pruneKey appends mentee e's key to dst: its zone when the gap rule is
// on, its languages, department and organisation when their rules are.
func (p *Pairing) pruneKey(e int, dst []byte) []byte {
	f, r := p.sc.f, &p.rules
	if r.maxGap > 0 {
		dst = binary.LittleEndian.AppendUint32(dst, uint32(f.tzE[e]))
	}
	if r.sharedLang {
		for _, w := range f.langE.row(e) {
			dst = binary.LittleEndian.AppendUint64(dst, w)
		}
	}
	if r.diffDept {
		dst = binary.LittleEndian.AppendUint32(dst, uint32(f.deptE[e]))
	}
	if r.crossOrg {
		dst = binary.LittleEndian.AppendUint32(dst, uint32(f.orgE[e]))
	}
	return dst
}

// pruneList appends to dst the mentors of mentee e's key, ascending: those
// in a zone within the gap who share a language, work in another
// department and another stated organisation, as far as the rules that
// are on ask.
func (p *Pairing) pruneList(e int, pr *pairPrune, dst []int32) []int32 {
	f, r := p.sc.f, &p.rules
	lang := f.langE.row(e)
	start := len(dst)
	sorted := true
	if notCrossOrganisation(r.crossOrg, f.orgE[e], -2) {
		return dst // a mentee of no stated organisation: nobody
	}
	for z, ms := range pr.byZone {
		if len(ms) == 0 || tooFarApart(r.maxGap, f.zoneGap[f.tzE[e]+int32(z)]) {
			continue
		}
		for _, m := range ms {
			if r.sharedLang && pairAnd(lang, f.langM.row(int(m))) == 0 ||
				sameGroup(r.diffDept, f.deptE[e], f.deptM[m]) || notCrossOrganisation(r.crossOrg, f.orgE[e], f.orgM[m]) {
				continue
			}
			if n := len(dst); n > start && dst[n-1] > m {
				sorted = false
			}
			dst = append(dst, m)
		}
	}
	if !sorted {
		slices.Sort(dst[start:])
	}
	return dst
}

// allowedCandidates returns the mentors mentee e may have as far as the
// partitioning rules go, ascending, or nil when no such rule is on (every
// mentor is then a candidate). The list is shared (do not modify it) or,
// for a mentee whose key's list is not stored, built in buf.
func (p *Pairing) allowedCandidates(e int, buf []int32) []int32 {
	pr := &p.prune
	if !pr.on {
		return nil
	}
	if k := pr.keyOf[e]; k >= 0 {
		return pr.lists[k]
	}
	if buf == nil {
		buf = make([]int32, 0, 16) // an empty list is not nil: nil means every mentor
	}
	return p.pruneList(e, pr, buf[:0])
}

// allowedMentors returns the indices of the mentors mentee e may be
// paired with (every rule, ban, the minimum score and the peer direction
// checked), ascending, with their scores, appended to ms and scores. Only
// the mentors the partitioning rules leave are scored (see
// allowedCandidates): one pass over the allowed pairs for the result's
// reporting, instead of a score per mentor.
func (p *Pairing) allowedMentors(e int, ms []int32, scores []float64) ([]int32, []float64, error) {
	cand := p.allowedCandidates(e, nil)
	if cand == nil {
		cand = p.prune.all
	}
	start := len(scores)
	scores = slices.Grow(scores, len(cand))[:start+len(cand)]
	if err := p.scoreMentors(e, cand, scores[start:]); err != nil {
		return ms, scores[:start], err
	}
	w := start
	for k, m := range cand {
		if s := scores[start+k]; s >= 0 {
			ms = append(ms, m)
			scores[w] = s
			w++
		}
	}
	return ms, scores[:w], nil
}
