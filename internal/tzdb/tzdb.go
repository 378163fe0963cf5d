package tzdb

import (
	"archive/zip"
	"bytes"
	_ "embed"
	"io"
	"slices"
	"strings"
	"sync"
	"time"
)

// Version is the IANA tz data release of the embedded table.
const Version = "2025c"

//go:embed zoneinfo.zip
var zipData []byte

var (
	once   sync.Once
	byFold map[string]string // lower-case name → canonical name
	data   map[string][]byte // canonical name → TZif bytes
	names  []string          // canonical names, sorted
	locs   sync.Map          // canonical name → *time.Location
)

func load() {
	byFold, data = map[string]string{}, map[string][]byte{}
	r, err := zip.NewReader(bytes.NewReader(zipData), int64(len(zipData)))
	if err != nil {
		return // the embedded table is fixed: TestTable proves it reads
	}
	for _, f := range r.File {
		if strings.HasSuffix(f.Name, "/") {
			continue
		}
		rc, err := f.Open()
		if err != nil {
			continue
		}
		b, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			continue
		}
		data[f.Name] = b
		byFold[strings.ToLower(f.Name)] = f.Name
		names = append(names, f.Name)
	}
	slices.Sort(names)
}

// Lookup returns the canonical spelling of an IANA zone name, matched
// exactly but ignoring case ("europe/amsterdam" → "Europe/Amsterdam"), and
// whether the table has it. Links ("US/Eastern") are names too.
func Lookup(name string) (string, bool) {
	once.Do(load)
	c, ok := byFold[strings.ToLower(name)]
	return c, ok
}

// Names returns every zone name of the table, sorted. The slice is a copy.
func Names() []string {
	once.Do(load)
	return slices.Clone(names)
}

// Location returns the zone of a canonical name (as [Lookup] returns it)
// and whether the table has it. Locations are loaded once and shared; a
// *time.Location is immutable.
func Location(name string) (*time.Location, bool) {
	once.Do(load)
	if l, ok := locs.Load(name); ok {
		return l.(*time.Location), true
	}
	b, ok := data[name]
	if !ok {
		return nil, false
	}
	l, err := time.LoadLocationFromTZData(name, b)
	if err != nil {
		return nil, false
	}
	actual, _ := locs.LoadOrStore(name, l)
	return actual.(*time.Location), true
}
