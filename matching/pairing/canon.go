package pairing

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"hash"
	"io"
	"math"
	"reflect"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/mentorkit/mentorkit/mentoring"
)

// canonHash is the SHA-256 of values in a canonical binary form, for
// the Fingerprint: every exported field that JSON would write (fields
// tagged `json:"-"` are left out), in declaration order; strings, slices
// and maps with their length; map entries sorted by their encoding;
// pointers and interfaces with a nil flag; floats by their bits (every
// NaN alike); a time.Time as its instant. It is what JSON would carry,
// without JSON's cost (a reflection walk and no text), so a Fingerprint
// of 100,000 participants costs a fraction of a second.
type canonHash struct {
	w   io.Writer // the SHA-256, or a buffer for a map entry
	buf []byte
	// lean leaves out the participant fields no built-in criterion or
	// rule reads (see canonUnread).
	lean bool
}

func newCanonHash() *canonHash { return &canonHash{w: sha256.New(), buf: make([]byte, 0, 1<<15)} }

var timeType = reflect.TypeFor[time.Time]()

// add writes the values.
func (c *canonHash) add(vs ...any) *canonHash {
	for _, v := range vs {
		c.value(reflect.ValueOf(v))
	}
	return c
}

// sum returns the hex digest.
func (c *canonHash) sum() string {
	c.flush()
	return hex.EncodeToString(c.w.(hash.Hash).Sum(nil))
}

func (c *canonHash) flush() {
	_, _ = c.w.Write(c.buf) // a hash or a bytes.Buffer: never fails
	c.buf = c.buf[:0]
}

func (c *canonHash) u64(x uint64) {
	c.buf = binary.LittleEndian.AppendUint64(c.buf, x)
	if len(c.buf) >= 1<<15-64 {
		c.flush()
	}
}

func (c *canonHash) str(s string) {
	c.u64(uint64(len(s)))
	c.buf = append(c.buf, s...)
	if len(c.buf) >= 1<<15-64 {
		c.flush()
	}
}

// value writes one value by its kind.
func (c *canonHash) value(v reflect.Value) {
	switch v.Kind() {
	case reflect.Invalid:
		c.u64(0)
	case reflect.Bool:
		var b uint64
		if v.Bool() {
			b = 1
		}
		c.u64(b)
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		c.u64(uint64(v.Int()))
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		c.u64(v.Uint())
	case reflect.Float32, reflect.Float64:
		x := v.Float()
		if math.IsNaN(x) {
			x = math.NaN()
		}
		c.u64(math.Float64bits(x))
	case reflect.String:
		c.str(v.String())
	case reflect.Slice, reflect.Array:
		c.u64(uint64(v.Len()))
		for i := range v.Len() {
			c.value(v.Index(i))
		}
	case reflect.Map:
		c.mapValue(v)
	case reflect.Pointer, reflect.Interface:
		if v.IsNil() {
			c.u64(0)
			return
		}
		c.u64(1)
		c.value(v.Elem())
	case reflect.Struct:
		c.structValue(v)
	default: // channels and functions carry no data a pairing reads
		c.u64(0)
	}
}

// structValue writes the exported fields JSON would write, or a
// time.Time's instant.
func (c *canonHash) structValue(v reflect.Value) {
	t := v.Type()
	if t == timeType && v.CanInterface() {
		tm := v.Interface().(time.Time)
		c.u64(uint64(tm.Unix()))
		c.u64(uint64(tm.Nanosecond()))
		return
	}
	for _, i := range canonFields(t, c.lean) {
		c.value(v.Field(i))
	}
}

// canonFieldCache holds, per struct type and leanness, the fields
// canonHash writes.
var canonFieldCache sync.Map // canonKey → []int

type canonKey struct {
	t    reflect.Type
	lean bool
}

// canonSkip names, per type, the fields canonHash always leaves out: a
// participant's PersonID is a reference to the directory, resolved into
// Person, which is what pairing reads (a programme stored by IDs and the
// same one with full people agree).
var canonSkip = map[reflect.Type][]string{reflect.TypeFor[mentoring.Participant](): {"PersonID"}}

// canonUnread names the fields no built-in criterion or rule reads, left
// out when hashing lean (no custom criterion, which might read them): a
// name, free attributes, hours per month, training.
var canonUnread = map[reflect.Type][]string{
	reflect.TypeFor[mentoring.Participant](): {"HoursPerMonth", "Trained"},
	reflect.TypeFor[mentoring.Person]():      {"Name", "Attributes"},
}

// canonFields returns the indices of t's exported fields not tagged
// `json:"-"` nor skipped (canonSkip, and canonUnread when lean).
func canonFields(t reflect.Type, lean bool) []int {
	key := canonKey{t, lean}
	if f, ok := canonFieldCache.Load(key); ok {
		return f.([]int)
	}
	var out []int
	for i := range t.NumField() {
		f := t.Field(i)
		if !f.IsExported() || strings.HasPrefix(f.Tag.Get("json"), "-") || slices.Contains(canonSkip[t], f.Name) || (lean && slices.Contains(canonUnread[t], f.Name)) {
			continue
		}
		out = append(out, i)
	}
	canonFieldCache.Store(key, out)
	return out
}

// mapValue writes the entries sorted by their encoding.
func (c *canonHash) mapValue(v reflect.Value) {
	c.u64(uint64(v.Len()))
	entries := make([][]byte, 0, v.Len())
	for it := v.MapRange(); it.Next(); {
		var b bytes.Buffer
		sub := &canonHash{w: &b, lean: c.lean}
		sub.value(it.Key())
		sub.value(it.Value())
		sub.flush()
		entries = append(entries, b.Bytes())
	}
	slices.SortFunc(entries, bytes.Compare)
	for _, e := range entries {
		c.str(string(e))
	}
}
