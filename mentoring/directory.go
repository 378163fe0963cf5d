package mentoring

import (
	"cmp"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"slices"
	"strings"

	"github.com/mentorkit/mentorkit/internal/enum"
	"github.com/mentorkit/mentorkit/internal/fault"
	"github.com/mentorkit/mentorkit/internal/jsonx"
)

// ErrReportingCycle reports people whose managers, followed upwards, come
// back to them: a reporting line that never reaches the top.
var ErrReportingCycle = errors.New("mentoring: reporting line runs in a cycle")

// The directory's own messages; the tests check them together with the
// package's table.
var (
	msgDirDuplicate = fault.Message{Code: "duplicatePerson", Err: ErrDuplicate,
		EN: "is listed again (first at %s)", NL: "staat dubbel in het personeelsbestand (eerder bij %s)"}
	msgDirAmbiguous = fault.Message{Code: "ambiguousPerson", Err: ErrDuplicate,
		EN: "is listed again with another manager or department (first at %s): the reporting line cannot be checked",
		NL: "staat dubbel in het personeelsbestand met een andere leidinggevende of afdeling (eerder bij %s); de rapportagelijn is niet te controleren"}
	msgUnknownManager = fault.Message{Code: "unknownManager", Err: ErrUnknownReference,
		EN: "names nobody in the directory: the reporting line of %s cannot be checked",
		NL: "verwijst naar niemand in het personeelsbestand; de rapportagelijn van %s is niet te controleren"}
	msgNotInDirectory = fault.Message{Code: "notInDirectory", Err: ErrUnknownReference,
		EN: "is not in the directory: the reporting line cannot be checked",
		NL: "staat niet in het personeelsbestand; de rapportagelijn is niet te controleren"}
	msgManagerConflict = fault.Message{Code: "managerConflict", Err: ErrDuplicate,
		EN: "differs from the directory's manager %q", NL: "wijkt af van leidinggevende %q in het personeelsbestand"}
	msgManagerCycle = fault.Message{Code: "managerCycle", Err: ErrReportingCycle,
		EN: "leads back to %s: the managers form a cycle (%s)",
		NL: "leidt terug naar %s; de leidinggevenden vormen een kring (%s)"}
)

// directoryMessages lists the messages above.
var directoryMessages = []fault.Message{msgDirDuplicate, msgDirAmbiguous, msgUnknownManager, msgManagerCycle, msgNotInDirectory, msgManagerConflict,
	msgUnresolvedPerson, msgPersonIDConflict, msgPersonNotInDirectory, msgPersonConflict}

// DirectoryMode says what NewDirectory does with a broken export. It
// marshals to JSON as "strict" or "lenient"; the zero value is unset and
// builds a strict directory.
type DirectoryMode uint8

// The directory modes.
const (
	// DirectoryStrict makes every problem of the export an error: no
	// directory is built.
	DirectoryStrict DirectoryMode = iota + 1
	// DirectoryLenient builds the directory anyway: each problem becomes a
	// finding naming the person, and the reporting lines it touches are
	// marked broken, so questions that depend on them answer AnswerUnknown.
	DirectoryLenient
)

var directoryModeTable = enum.New[DirectoryMode]("DirectoryMode", "", "strict", "lenient")

// String returns the JSON name, "unset" for the zero value.
func (m DirectoryMode) String() string { return directoryModeTable.String(m) }

// MarshalText implements encoding.TextMarshaler; an undeclared value is an
// error wrapping ErrUnknownEnum.
func (m DirectoryMode) MarshalText() ([]byte, error) { return directoryModeTable.Marshal(m) }

// UnmarshalText implements encoding.TextUnmarshaler, ignoring case.
func (m *DirectoryMode) UnmarshalText(text []byte) error {
	return directoryModeTable.Unmarshal(text, m)
}

// Answer is the answer to a question about reporting lines. The zero value
// AnswerUnknown means the directory cannot tell: a person is not in it, or
// the part of a reporting line the question needs is broken (a manager ID
// that names nobody, a cycle, a person listed twice with different
// managers). Rules that forbid a pair on a reporting line treat
// AnswerUnknown as "not allowed": they fail closed.
type Answer uint8

// The answers.
const (
	// AnswerUnknown: the directory cannot tell.
	AnswerUnknown Answer = iota
	// AnswerNo: certainly not.
	AnswerNo
	// AnswerYes: certainly so.
	AnswerYes
)

var answerTable = enum.New[Answer]("Answer", "unknown", "no", "yes")

// String returns "unknown", "no" or "yes".
func (a Answer) String() string { return answerTable.String(a) }

// Place is where a person sits in a Directory's reporting tree: their entry
// and exit times in a depth-first walk (an Euler tour), their depth below
// the top of the chain the directory knows, and whether that chain is
// broken above them. Two Places answer ancestor questions in O(1) with
// [Place.Above]. The zero Place is nobody: every question about it
// answers AnswerUnknown. Places of different directories cannot be
// compared.
type Place struct {
	enter, exit int32 // depth-first entry time from 1 (0: nobody), and the last entry time below
	depth       int32 // managers above within the known chain
	known       int32 // levels of the chain known: depth when broken above, else math.MaxInt32
}

// ok reports whether the Place is a person's.
func (a Place) ok() bool { return a.enter > 0 }

// Above answers "is a among b's first k managers?" (a within k levels
// above b; k = 1 is b's direct manager). A person is not above themselves.
// The answer is AnswerYes when the directory's chain of b reaches a within
// k steps, AnswerNo when a is not there and b's chain is known for at
// least k levels (or to the top), and AnswerUnknown when either is the
// zero Place or b's chain breaks within k levels before reaching a.
func (a Place) Above(b Place, k int) Answer {
	switch {
	case !a.ok() || !b.ok():
		return AnswerUnknown
	case a.enter == b.enter:
		return AnswerNo
	case a.enter < b.enter && b.enter <= a.exit:
		if int(b.depth-a.depth) <= k {
			return AnswerYes
		}
		return AnswerNo
	case int(b.known) < k:
		return AnswerUnknown
	}
	return AnswerNo
}

// Near reports whether two different people a and b may be within k ≥ 1
// levels of each other in one reporting line: it is false only when both
// Above answers are AnswerNo, so a rule that forbids close pairs and fails
// closed forbids a pair when Near is true. It is the O(1) form for hot
// loops (a few comparisons); for k < 1 it is false, and for a person with
// themselves it is not meaningful.
func (a Place) Near(b Place, k int) bool {
	switch {
	case int(a.known) < k || int(b.known) < k: // unknown person, or a chain broken within k levels
		return true
	case a.enter < b.enter:
		return b.enter <= a.exit && int(b.depth-a.depth) <= k
	}
	return a.enter != b.enter && a.enter <= b.exit && int(a.depth-b.depth) <= k
}

// Known reports whether the person is in the directory and their whole
// reporting line up to the top is known.
func (a Place) Known() bool { return a.ok() && a.known == math.MaxInt32 }

// Directory is the organisation's people and reporting lines, built once by
// NewDirectory and read-only afterwards (safe for concurrent use). It
// answers ancestor questions in O(1): within k levels (WithinLevels,
// ReportingLine), skip-level, same manager, same department. A question
// whose answer depends on a broken part of a reporting line answers
// AnswerUnknown.
//
// A Directory marshals to JSON as {"mode":…,"people":[…]} and is rebuilt
// from that when decoded, so its findings survive a round trip.
type Directory struct {
	mode     DirectoryMode
	people   []Person         // every input person, cloned, stably sorted by ID
	index    map[string]int32 // ID → position in people of the kept (first) entry
	place    []Place          // by position in people; zero for dropped entries
	findings []*FieldError
	dept     []string // department term key by position
	ambig    []bool   // listed twice with another manager or department
}

// dirNode is NewDirectory's working state for one kept person.
type dirNode struct {
	pos    int32 // position in people
	parent int32 // node index of the manager; -1 none or cut
	cut    bool  // the manager link is cut: dangling, cycle, self, ambiguous
}

// NewDirectory builds the directory of people in the given mode (zero:
// DirectoryStrict). It checks what a directory relies on: every ID is
// present and unpadded, unique, and every ManagerID names a person of the
// directory other than themselves without a cycle; the rest of a Person is
// checked where it is used (Participant.Validate, Programme.Validate).
//
// In strict mode any problem is an error: the joined *FieldErrors, each
// naming the person by ID, with fields "people[i]..." where i is the
// position in People (sorted by ID). In lenient mode the same problems are
// Findings and the directory is built: a person without a usable ID is left
// out; a person listed twice keeps their first entry (in input order), and
// when the entries differ in manager or department that person's reporting
// line is broken; a manager ID that names nobody, a self-manager and every
// member of a cycle break the reporting line there, for the person and for
// everyone below them.
//
// Preparation is O(n log n) for the sort by ID and O(n) after it, with no
// recursion (a chain of any depth is fine). people is not modified or
// retained.
func NewDirectory(people []Person, mode DirectoryMode) (*Directory, error) {
	if !directoryModeTable.Declared(mode) {
		return nil, msgUndeclared.At("mode", int(mode), "DirectoryMode")
	}
	d := &Directory{mode: cmp.Or(mode, DirectoryStrict)}
	d.people = make([]Person, len(people))
	for i := range people {
		d.people[i] = people[i].Clone()
	}
	slices.SortStableFunc(d.people, func(a, b Person) int { return strings.Compare(a.ID, b.ID) })
	nodes := d.indexPeople()
	d.cutLinks(nodes)
	slices.SortStableFunc(d.findings, func(a, b *FieldError) int { return comparePath(a.Field, b.Field) })
	d.walk(nodes)
	if d.mode == DirectoryStrict && len(d.findings) > 0 {
		errs := make([]error, len(d.findings))
		for i, f := range d.findings {
			errs[i] = f
		}
		return nil, fault.Join(errs...)
	}
	return d, nil
}

// indexPeople indexes the kept people, reports bad and duplicate IDs and
// links each kept person to their manager.
func (d *Directory) indexPeople() []dirNode {
	n := len(d.people)
	d.index = make(map[string]int32, n)
	d.place = make([]Place, n)
	d.dept = make([]string, n)
	d.ambig = make([]bool, n)
	nodes := make([]dirNode, 0, n)
	var v validator
	for i := range d.people {
		p := &d.people[i]
		restore := v.about(p.ID)
		if badID(p.ID) {
			v.requireID(index("people", i), "id", p.ID)
			restore()
			continue
		}
		if j, dup := d.index[p.ID]; dup {
			q := &d.people[j]
			if q.ManagerID != p.ManagerID || termKey(q.Department) != termKey(p.Department) {
				v.add(field(index("people", i), "id"), p.ID, msgDirAmbiguous, index("people", int(j)))
				d.ambig[j] = true
			} else {
				v.add(field(index("people", i), "id"), p.ID, msgDirDuplicate, index("people", int(j)))
			}
			restore()
			continue
		}
		d.index[p.ID] = int32(i)
		d.dept[i] = termKey(p.Department)
		nodes = append(nodes, dirNode{pos: int32(i), parent: -1})
		restore()
	}
	// Node k is the k-th kept person; nodeOf maps a position to it.
	nodeOf := make([]int32, n)
	for k, nd := range nodes {
		nodeOf[nd.pos] = int32(k)
	}
	for k := range nodes {
		nd := &nodes[k]
		p := &d.people[nd.pos]
		mp := func() string { return field(index("people", int(nd.pos)), "managerId") }
		restore := v.about(p.ID)
		switch j, ok := d.index[p.ManagerID]; {
		case d.ambig[nd.pos]:
			nd.cut = true
		case p.ManagerID == "":
		case p.ManagerID == p.ID:
			v.add(mp(), p.ManagerID, msgOwnManager)
			nd.cut = true
		case !ok:
			v.add(mp(), p.ManagerID, msgUnknownManager, p.ID)
			nd.cut = true
		default:
			nd.parent = nodeOf[j]
		}
		restore()
	}
	for _, e := range v.errs {
		d.findings = append(d.findings, e.(*FieldError))
	}
	return nodes
}

// cutLinks finds the cycles among the manager links, reports each member
// and cuts their links, so that the links left form a forest.
func (d *Directory) cutLinks(nodes []dirNode) {
	const (
		fresh = iota
		onPath
		done
	)
	state := make([]uint8, len(nodes))
	var path []int32
	for start := range nodes {
		path = path[:0]
		k := int32(start)
		for k >= 0 && state[k] == fresh {
			state[k] = onPath
			path = append(path, k)
			k = nodes[k].parent
		}
		if k >= 0 && state[k] == onPath {
			at := slices.Index(path, k)
			d.reportCycle(nodes, path[at:])
		}
		for _, j := range path {
			state[j] = done
		}
	}
}

// maxCycleShown is how many members of a cycle its findings name.
const maxCycleShown = 5

// reportCycle reports and cuts the members of one cycle, listed from the
// member with the smallest ID.
func (d *Directory) reportCycle(nodes []dirNode, cycle []int32) {
	low := 0
	for i, k := range cycle {
		if nodes[k].pos < nodes[cycle[low]].pos {
			low = i
		}
	}
	members := append(slices.Clone(cycle[low:]), cycle[:low]...)
	var b strings.Builder
	for i, k := range members {
		if i == maxCycleShown {
			fmt.Fprintf(&b, "… (%d people) → ", len(members))
			break
		}
		b.WriteString(d.people[nodes[k].pos].ID + " → ")
	}
	b.WriteString(d.people[nodes[members[0]].pos].ID)
	chain := b.String()
	for _, k := range members {
		p := &d.people[nodes[k].pos]
		d.findings = append(d.findings, msgManagerCycle.New(field(index("people", int(nodes[k].pos)), "managerId"), p.ID, p.ManagerID, p.ID, chain))
	}
	for _, k := range members {
		nodes[k].parent, nodes[k].cut = -1, true
	}
}

// comparePath orders "people[i]..." paths by i.
func comparePath(a, b string) int {
	return cmp.Compare(pathIndex(a), pathIndex(b))
}

// pathIndex reads i from "people[i]...".
func pathIndex(s string) int {
	n := 0
	for _, c := range strings.TrimPrefix(s, "people[") {
		if c < '0' || c > '9' {
			break
		}
		n = n*10 + int(c-'0')
	}
	return n
}

// walk numbers the forest depth-first, without recursion: children in ID
// order, entry and exit times, depths, and the broken mark inherited from
// the top of each tree.
func (d *Directory) walk(nodes []dirNode) {
	n := len(nodes)
	start := make([]int32, n+1) // children of k: kids[start[k]:start[k+1]]
	for _, nd := range nodes {
		if nd.parent >= 0 {
			start[nd.parent+1]++
		}
	}
	for k := range n {
		start[k+1] += start[k]
	}
	kids := make([]int32, start[n])
	fill := slices.Clone(start[:n])
	for k, nd := range nodes { // in ID order, so children are sorted
		if nd.parent >= 0 {
			kids[fill[nd.parent]] = int32(k)
			fill[nd.parent]++
		}
	}
	type frame struct{ k, next int32 }
	var stack []frame
	clock := int32(1) // 0 is the zero Place's
	for root := range nodes {
		if nodes[root].parent >= 0 {
			continue
		}
		broken := nodes[root].cut
		d.place[nodes[root].pos] = Place{enter: clock, depth: 0, known: knownLevels(broken, 0)}
		clock++
		stack = append(stack[:0], frame{k: int32(root), next: start[root]})
		for len(stack) > 0 {
			top := &stack[len(stack)-1]
			if top.next == start[top.k+1] {
				d.place[nodes[top.k].pos].exit = clock - 1
				stack = stack[:len(stack)-1]
				continue
			}
			c := kids[top.next]
			top.next++
			depth := d.place[nodes[top.k].pos].depth + 1
			d.place[nodes[c].pos] = Place{enter: clock, depth: depth, known: knownLevels(broken, depth)}
			clock++
			stack = append(stack, frame{k: c, next: start[c]})
		}
	}
}

// knownLevels is Place.known for a person depth levels below the top of
// their tree, whose chain is broken above that top or not.
func knownLevels(broken bool, depth int32) int32 {
	if broken {
		return depth
	}
	return math.MaxInt32
}

// Mode returns the mode the directory was built in.
func (d *Directory) Mode() DirectoryMode {
	if d == nil {
		return 0
	}
	return d.mode
}

// Len returns the number of people in the directory (each ID once).
func (d *Directory) Len() int {
	if d == nil {
		return 0
	}
	return len(d.index)
}

// People returns a copy of every person given to NewDirectory, sorted by
// ID (stable: people listed twice keep their input order). Findings' fields
// index this list.
func (d *Directory) People() []Person {
	if d == nil {
		return nil
	}
	out := make([]Person, len(d.people))
	for i := range d.people {
		out[i] = d.people[i].Clone()
	}
	return out
}

// Person returns a copy of the person with the given ID (their first entry)
// and whether there is one.
func (d *Directory) Person(id string) (Person, bool) {
	if d == nil {
		return Person{}, false
	}
	i, ok := d.index[id]
	if !ok {
		return Person{}, false
	}
	return d.people[i].Clone(), true
}

// Findings returns the problems a lenient directory found, in the order of
// People; each is a *FieldError naming the person. A strict directory has
// none (it returns them as its error instead).
func (d *Directory) Findings() []*FieldError {
	if d == nil {
		return nil
	}
	out := make([]*FieldError, len(d.findings))
	for i, f := range d.findings {
		c := *f
		out[i] = &c
	}
	return out
}

// Place returns where the person sits in the reporting tree, and whether
// they are in the directory (the zero Place when not).
func (d *Directory) Place(id string) (Place, bool) {
	if d == nil {
		return Place{}, false
	}
	i, ok := d.index[id]
	if !ok {
		return Place{}, false
	}
	return d.place[i], true
}

// WithinLevels answers "is a among b's first k managers?" in O(1); see
// [Place.Above].
func (d *Directory) WithinLevels(a, b string, k int) Answer {
	pa, _ := d.Place(a)
	pb, _ := d.Place(b)
	return pa.Above(pb, k)
}

// IsAncestor answers "is a above b in the reporting line, at any distance?"
// It is AnswerUnknown whenever b's chain is broken and a is not found below
// the break.
func (d *Directory) IsAncestor(a, b string) Answer {
	return d.WithinLevels(a, b, math.MaxInt32)
}

// SkipLevel answers "is a the manager of b's manager?"
func (d *Directory) SkipLevel(a, b string) Answer {
	pa, _ := d.Place(a)
	pb, _ := d.Place(b)
	switch near := pa.Above(pb, 2); {
	case near != AnswerYes:
		return near
	case pa.Above(pb, 1) == AnswerYes:
		return AnswerNo
	}
	return AnswerYes
}

// ReportingLine answers "is either of a and b among the other's first k
// managers?": AnswerYes when one direction is yes, AnswerUnknown when
// neither is yes and one cannot tell, AnswerNo otherwise.
func (d *Directory) ReportingLine(a, b string, k int) Answer {
	pa, _ := d.Place(a)
	pb, _ := d.Place(b)
	return either(pa.Above(pb, k), pb.Above(pa, k))
}

// either combines two answers to "is one of these so?": yes if either is
// yes, unknown if neither is yes and one is unknown, no otherwise.
func either(x, y Answer) Answer {
	switch {
	case x == AnswerYes || y == AnswerYes:
		return AnswerYes
	case x == AnswerUnknown || y == AnswerUnknown:
		return AnswerUnknown
	}
	return AnswerNo
}

// SameManager answers "do a and b report to the same manager?": both name
// the same, non-empty ManagerID (whether or not that ID is in the
// directory). It is AnswerUnknown for a person not in the directory or
// listed twice with different managers.
func (d *Directory) SameManager(a, b string) Answer {
	pa, pb, ok := d.pair(a, b)
	if !ok {
		return AnswerUnknown
	}
	ma, mb := d.people[pa].ManagerID, d.people[pb].ManagerID
	if ma != "" && ma == mb {
		return AnswerYes
	}
	return AnswerNo
}

// SameDepartment answers "are a and b in the same department?": both state
// one and they are the same term (case, accents and punctuation between
// words ignored). It is AnswerUnknown for a person not in the directory
// or listed twice with different departments.
func (d *Directory) SameDepartment(a, b string) Answer {
	pa, pb, ok := d.pair(a, b)
	if !ok {
		return AnswerUnknown
	}
	if d.dept[pa] != "" && d.dept[pa] == d.dept[pb] {
		return AnswerYes
	}
	return AnswerNo
}

// pair returns the positions of a and b, false when either is missing or
// ambiguous.
func (d *Directory) pair(a, b string) (int32, int32, bool) {
	if d == nil {
		return 0, 0, false
	}
	pa, okA := d.index[a]
	pb, okB := d.index[b]
	if !okA || !okB || d.ambig[pa] || d.ambig[pb] {
		return 0, 0, false
	}
	return pa, pb, true
}

// Depth returns how many managers are above the person and whether that
// is known: for a person whose chain is broken it is the number of
// managers below the break, and known is false; for a person not in the
// directory it is 0, false.
func (d *Directory) Depth(id string) (depth int, known bool) {
	p, _ := d.Place(id)
	return int(p.depth), p.Known()
}

// ChainKnown reports whether the reporting lines of everyone named are
// known up to the top: each is in the directory and no manager link above
// them is broken. When it is true for two people, every question about
// them answers yes or no.
func (d *Directory) ChainKnown(ids ...string) bool {
	for _, id := range ids {
		if p, _ := d.Place(id); !p.Known() {
			return false
		}
	}
	return true
}

type directoryJSON struct {
	Mode   DirectoryMode `json:"mode"`
	People []Person      `json:"people"`
}

// Directory reads its members through directoryJSON (jsonx.Unknown checks them there).
var _ = jsonx.Shape[Directory, directoryJSON]()

// MarshalJSON writes the directory as its mode and its people (sorted by
// ID).
func (d *Directory) MarshalJSON() ([]byte, error) {
	if d == nil {
		return []byte("null"), nil
	}
	people := d.people
	if people == nil {
		people = []Person{}
	}
	return json.Marshal(directoryJSON{Mode: d.mode, People: people})
}

// UnmarshalJSON rebuilds the directory with NewDirectory from its mode and
// people; a strict directory whose people have problems is an error.
func (d *Directory) UnmarshalJSON(b []byte) error {
	var j directoryJSON
	if err := json.Unmarshal(b, &j); err != nil {
		return err
	}
	nd, err := NewDirectory(j.People, j.Mode)
	if err != nil {
		return err
	}
	*d = *nd
	return nil
}

// CheckDirectory checks the programme's participants against the
// organisation's directory d, so that a programme refers to the people of
// the directory instead of carrying its own version of them: each
// participant (by PersonID, or Person.ID when that is empty) must be in d (ErrUnknownReference, "notInDirectory"), and a
// participant whose ManagerID is set must name the directory's manager
// (ErrDuplicate, "managerConflict"). Problems are *FieldErrors with fields
// "participants[i].person...." and the person's ID, joined in input order;
// a person listed twice is checked once. A nil directory knows nobody.
func (p Programme) CheckDirectory(d *Directory) error {
	var v validator
	seen := make(map[string]bool, len(p.Participants))
	for i, q := range p.Participants {
		id := q.personID()
		if id == "" || seen[id] {
			continue
		}
		seen[id] = true
		restore := v.about(id)
		qp := index("participants", i)
		switch known, ok := d.Person(id); {
		case !ok && q.PersonID != "":
			v.add(field(qp, "personId"), id, msgNotInDirectory)
		case !ok:
			v.add(field(qp, "person.id"), id, msgNotInDirectory)
		case q.Person.ManagerID != "" && q.Person.ManagerID != known.ManagerID:
			v.add(field(qp, "person.managerId"), q.Person.ManagerID, msgManagerConflict, known.ManagerID)
		}
		restore()
	}
	return v.err()
}
