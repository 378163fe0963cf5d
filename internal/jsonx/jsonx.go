package jsonx

import (
	"bytes"
	"encoding"
	"encoding/json"
	"fmt"
	"maps"
	"math"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"sync"
)

// The JSON strings of the non-finite numbers.
const (
	NaN    = "NaN"
	PosInf = "Infinity"
	NegInf = "-Infinity"
)

var (
	marshalerType       = reflect.TypeFor[json.Marshaler]()
	unmarshalerType     = reflect.TypeFor[json.Unmarshaler]()
	textMarshalerType   = reflect.TypeFor[encoding.TextMarshaler]()
	textUnmarshalerType = reflect.TypeFor[encoding.TextUnmarshaler]()
)

// Marshal encodes v (usually a struct) by the module's rule without calling
// v's own MarshalJSON.
func Marshal(v any) ([]byte, error) {
	var b bytes.Buffer
	if err := encode(&b, reflect.ValueOf(v), true); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// MarshalAny encodes v by the module's rule, calling v's own MarshalJSON
// if it has one.
func MarshalAny(v any) ([]byte, error) {
	var b bytes.Buffer
	if err := encode(&b, reflect.ValueOf(v), false); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// Unmarshal decodes data into the value v points to by the module's rule,
// without calling that value's own UnmarshalJSON.
func Unmarshal(data []byte, v any) error {
	rv := reflect.ValueOf(v)
	if rv.Kind() != reflect.Pointer || rv.IsNil() {
		return fmt.Errorf("jsonx: Unmarshal needs a non-nil pointer, got %T", v)
	}
	return decode(bytes.TrimSpace(data), rv.Elem(), true)
}

// Float formats f as the module writes it: a JSON number, or one of the
// strings for NaN and the infinities.
func Float(f float64) []byte {
	switch {
	case math.IsNaN(f):
		return []byte(`"` + NaN + `"`)
	case math.IsInf(f, 1):
		return []byte(`"` + PosInf + `"`)
	case math.IsInf(f, -1):
		return []byte(`"` + NegInf + `"`)
	}
	b, _ := json.Marshal(f) // finite: cannot fail
	return b
}

// ParseFloat reads a float written by [Float]; null reads as NaN.
func ParseFloat(data []byte) (float64, error) {
	s := string(bytes.TrimSpace(data))
	switch s {
	case "null", `"` + NaN + `"`:
		return math.NaN(), nil
	case `"` + PosInf + `"`:
		return math.Inf(1), nil
	case `"` + NegInf + `"`:
		return math.Inf(-1), nil
	}
	var f float64
	if err := json.Unmarshal(data, &f); err != nil {
		return 0, fmt.Errorf("jsonx: %s is neither a number nor one of %q, %q, %q", truncate(s), NaN, PosInf, NegInf)
	}
	return f, nil
}

func truncate(s string) string {
	if len(s) > 40 {
		return s[:40] + "…"
	}
	return s
}

func encode(b *bytes.Buffer, v reflect.Value, root bool) error {
	if !v.IsValid() {
		b.WriteString("null")
		return nil
	}
	t := v.Type()
	if !root && t.Kind() != reflect.Pointer && t.Kind() != reflect.Interface {
		if t.Implements(marshalerType) || t.Implements(textMarshalerType) {
			return encodeStd(b, v)
		}
		if v.CanAddr() && (reflect.PointerTo(t).Implements(marshalerType) || reflect.PointerTo(t).Implements(textMarshalerType)) {
			return encodeStd(b, v.Addr())
		}
	}
	switch t.Kind() {
	case reflect.Float32, reflect.Float64:
		f := v.Float()
		if t.Kind() == reflect.Float32 && !math.IsNaN(f) && !math.IsInf(f, 0) {
			return encodeStd(b, v)
		}
		b.Write(Float(f))
		return nil
	case reflect.Pointer, reflect.Interface:
		if v.IsNil() {
			b.WriteString("null")
			return nil
		}
		if t.Kind() == reflect.Pointer && !root && (t.Implements(marshalerType) || t.Implements(textMarshalerType)) {
			return encodeStd(b, v)
		}
		return encode(b, v.Elem(), root && t.Kind() == reflect.Pointer)
	case reflect.Struct:
		return encodeStruct(b, v)
	case reflect.Slice:
		if v.IsNil() {
			b.WriteString("null")
			return nil
		}
		if t.Elem().Kind() == reflect.Uint8 {
			return encodeStd(b, v)
		}
		return encodeList(b, v)
	case reflect.Array:
		return encodeList(b, v)
	case reflect.Map:
		if v.IsNil() {
			b.WriteString("null")
			return nil
		}
		return encodeMap(b, v)
	}
	return encodeStd(b, v)
}

func encodeStd(b *bytes.Buffer, v reflect.Value) error {
	out, err := json.Marshal(v.Interface())
	if err != nil {
		return err
	}
	b.Write(out)
	return nil
}

func encodeList(b *bytes.Buffer, v reflect.Value) error {
	b.WriteByte('[')
	for i := range v.Len() {
		if i > 0 {
			b.WriteByte(',')
		}
		if err := encode(b, v.Index(i), false); err != nil {
			return err
		}
	}
	b.WriteByte(']')
	return nil
}

func encodeMap(b *bytes.Buffer, v reflect.Value) error {
	type entry struct {
		key string
		val reflect.Value
	}
	entries := make([]entry, 0, v.Len())
	iter := v.MapRange()
	for iter.Next() {
		k, err := mapKey(iter.Key())
		if err != nil {
			return err
		}
		entries = append(entries, entry{k, iter.Value()})
	}
	slices.SortFunc(entries, func(a, b entry) int { return strings.Compare(a.key, b.key) })
	b.WriteByte('{')
	for i, e := range entries {
		if i > 0 {
			b.WriteByte(',')
		}
		kb, _ := json.Marshal(e.key)
		b.Write(kb)
		b.WriteByte(':')
		if err := encode(b, e.val, false); err != nil {
			return err
		}
	}
	b.WriteByte('}')
	return nil
}

func mapKey(k reflect.Value) (string, error) {
	if k.Kind() == reflect.String {
		return k.String(), nil
	}
	if tm, ok := k.Interface().(encoding.TextMarshaler); ok {
		t, err := tm.MarshalText()
		return string(t), err
	}
	switch k.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return strconv.FormatInt(k.Int(), 10), nil
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return strconv.FormatUint(k.Uint(), 10), nil
	}
	return "", fmt.Errorf("jsonx: unsupported map key type %s", k.Type())
}

// field is one JSON member of a struct type.
type field struct {
	name      string
	index     []int
	omitEmpty bool
	omitZero  bool
}

// fields lists the JSON members of struct type t in order, with embedded
// structs without a tag name inlined.
func fields(t reflect.Type) []field {
	var out []field
	for i := range t.NumField() {
		sf := t.Field(i)
		tag := sf.Tag.Get("json")
		if tag == "-" {
			continue
		}
		name, opts, _ := strings.Cut(tag, ",")
		if sf.Anonymous && name == "" {
			ft := sf.Type
			if ft.Kind() == reflect.Pointer {
				ft = ft.Elem()
			}
			if ft.Kind() == reflect.Struct && sf.Type.Kind() == reflect.Struct {
				for _, f := range fields(ft) {
					f.index = append([]int{i}, f.index...)
					out = append(out, f)
				}
				continue
			}
		}
		if !sf.IsExported() {
			continue
		}
		if name == "" {
			name = sf.Name
		}
		out = append(out, field{name: name, index: []int{i},
			omitEmpty: strings.Contains(","+opts+",", ",omitempty,"),
			omitZero:  strings.Contains(","+opts+",", ",omitzero,")})
	}
	return out
}

func encodeStruct(b *bytes.Buffer, v reflect.Value) error {
	b.WriteByte('{')
	first := true
	for _, f := range fields(v.Type()) {
		fv := v.FieldByIndex(f.index)
		if f.omitEmpty && isEmpty(fv) || f.omitZero && isZero(fv) {
			continue
		}
		if !first {
			b.WriteByte(',')
		}
		first = false
		kb, _ := json.Marshal(f.name)
		b.Write(kb)
		b.WriteByte(':')
		if err := encode(b, fv, false); err != nil {
			return fmt.Errorf("%s: %w", f.name, err)
		}
	}
	b.WriteByte('}')
	return nil
}

var zeroerType = reflect.TypeFor[interface{ IsZero() bool }]()

// isZero is encoding/json's omitzero test: the value's IsZero method where
// it has one (time.Time), else the zero value of its type.
func isZero(v reflect.Value) bool {
	if v.Type().Implements(zeroerType) {
		if v.Kind() == reflect.Pointer && v.IsNil() {
			return true
		}
		return v.Interface().(interface{ IsZero() bool }).IsZero()
	}
	if v.CanAddr() && reflect.PointerTo(v.Type()).Implements(zeroerType) {
		return v.Addr().Interface().(interface{ IsZero() bool }).IsZero()
	}
	return v.IsZero()
}

// isEmpty is encoding/json's omitempty test.
func isEmpty(v reflect.Value) bool {
	switch v.Kind() {
	case reflect.Array, reflect.Map, reflect.Slice, reflect.String:
		return v.Len() == 0
	case reflect.Bool, reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr,
		reflect.Float32, reflect.Float64, reflect.Interface, reflect.Pointer:
		return v.IsZero()
	}
	return false
}

func decode(data []byte, v reflect.Value, root bool) error {
	t := v.Type()
	if !root && t.Kind() != reflect.Pointer {
		pt := reflect.PointerTo(t)
		if pt.Implements(unmarshalerType) || pt.Implements(textUnmarshalerType) {
			return json.Unmarshal(data, v.Addr().Interface())
		}
	}
	isNull := string(data) == "null"
	switch t.Kind() {
	case reflect.Float32, reflect.Float64:
		f, err := ParseFloat(data)
		if err != nil {
			return err
		}
		v.SetFloat(f)
		return nil
	case reflect.Pointer:
		if isNull {
			v.SetZero()
			return nil
		}
		if v.IsNil() {
			v.Set(reflect.New(t.Elem()))
		}
		return decode(data, v.Elem(), false)
	case reflect.Struct:
		if isNull {
			return nil
		}
		return decodeStruct(data, v)
	case reflect.Slice:
		if t.Elem().Kind() == reflect.Uint8 {
			break
		}
		if isNull {
			v.SetZero()
			return nil
		}
		var raws []json.RawMessage
		if err := json.Unmarshal(data, &raws); err != nil {
			return err
		}
		s := reflect.MakeSlice(t, len(raws), len(raws))
		for i, r := range raws {
			if err := decode(r, s.Index(i), false); err != nil {
				return fmt.Errorf("[%d]: %w", i, err)
			}
		}
		v.Set(s)
		return nil
	case reflect.Array:
		if isNull {
			return nil
		}
		var raws []json.RawMessage
		if err := json.Unmarshal(data, &raws); err != nil {
			return err
		}
		for i := range v.Len() {
			if i < len(raws) {
				if err := decode(raws[i], v.Index(i), false); err != nil {
					return fmt.Errorf("[%d]: %w", i, err)
				}
			} else {
				v.Index(i).SetZero()
			}
		}
		return nil
	case reflect.Map:
		if isNull {
			v.SetZero()
			return nil
		}
		return decodeMap(data, v)
	}
	return json.Unmarshal(data, v.Addr().Interface())
}

func decodeMap(data []byte, v reflect.Value) error {
	var raws map[string]json.RawMessage
	if err := json.Unmarshal(data, &raws); err != nil {
		return err
	}
	t := v.Type()
	m := reflect.MakeMapWithSize(t, len(raws))
	keys := make([]string, 0, len(raws))
	for k := range raws {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		kv := reflect.New(t.Key()).Elem()
		switch {
		case reflect.PointerTo(t.Key()).Implements(textUnmarshalerType):
			if err := kv.Addr().Interface().(encoding.TextUnmarshaler).UnmarshalText([]byte(k)); err != nil {
				return err
			}
		case t.Key().Kind() == reflect.String:
			kv.SetString(k)
		default:
			if err := json.Unmarshal([]byte(k), kv.Addr().Interface()); err != nil {
				return fmt.Errorf("jsonx: map key %q: %w", k, err)
			}
		}
		ev := reflect.New(t.Elem()).Elem()
		if err := decode(raws[k], ev, false); err != nil {
			return fmt.Errorf("%s: %w", k, err)
		}
		m.SetMapIndex(kv, ev)
	}
	v.Set(m)
	return nil
}

func decodeStruct(data []byte, v reflect.Value) error {
	var raws map[string]json.RawMessage
	if err := json.Unmarshal(data, &raws); err != nil {
		return err
	}
	fs := fields(v.Type())
	for _, f := range fs {
		raw, ok := raws[f.name]
		if !ok {
			raw, ok = foldedKey(raws, fs, f.name)
		}
		if !ok {
			continue
		}
		if err := decode(raw, fieldByIndexAlloc(v, f.index), false); err != nil {
			return fmt.Errorf("%s: %w", f.name, err)
		}
	}
	return nil
}

// foldedKey finds the member whose key equals name up to case, as
// encoding/json does, taking the smallest such key so that the choice
// never depends on map order. Keys that name another field exactly are
// skipped.
func foldedKey(raws map[string]json.RawMessage, fs []field, name string) (json.RawMessage, bool) {
	best, found := foldedKeyName(raws, fs, name)
	return raws[best], found
}

// foldedKeyName is the key foldedKey reads.
func foldedKeyName(raws map[string]json.RawMessage, fs []field, name string) (string, bool) {
	best, found := "", false
	for k := range raws {
		if strings.EqualFold(k, name) && !hasField(fs, k) && (!found || k < best) {
			best, found = k, true
		}
	}
	return best, found
}

func hasField(fs []field, name string) bool {
	for _, f := range fs {
		if f.name == name {
			return true
		}
	}
	return false
}

// fieldByIndexAlloc is FieldByIndex that allocates nil embedded pointers.
func fieldByIndexAlloc(v reflect.Value, index []int) reflect.Value {
	for i, x := range index {
		if i > 0 && v.Kind() == reflect.Pointer {
			if v.IsNil() {
				v.Set(reflect.New(v.Type().Elem()))
			}
			v = v.Elem()
		}
		v = v.Field(x)
	}
	return v
}

// shapes maps a type whose UnmarshalJSON reads its members through another
// struct (a "shadow" with other fields) to that struct; see [Shape].
var shapes sync.Map // reflect.Type → reflect.Type

// Shape records that T's UnmarshalJSON reads the members of the struct S
// (and not T's own fields, as the two-line adoption of this package does),
// so that [Unknown] checks T's members against S. Packages call it once
// per such type, in a package-level variable:
//
//	var _ = jsonx.Shape[Report, reportJSON]()
func Shape[T, S any]() struct{} {
	shapes.Store(reflect.TypeFor[T](), reflect.TypeFor[S]())
	return struct{}{}
}

// Unknown returns the JSON paths ("goal.bogus", "participants[2].person.x")
// of the object members in data that decoding data into a value of type t
// reads into nothing: members no field of the struct at that place has, as
// this package and encoding/json match them (the exact name first, else
// the smallest key equal up to case). Members are visited in key order
// inside each object and in document order across arrays, so the list is
// deterministic. Values read as text (TextUnmarshaler, such as times and
// enums), interfaces, raw JSON and non-struct types with their own
// UnmarshalJSON are not looked into. A struct type with its own
// UnmarshalJSON is taken to adopt this package (to read its own fields)
// unless recorded with [Shape]; Shape[T, json.RawMessage]() records one
// whose members are not to be looked into. Data that does not have the
// shape of t (a string where an object belongs) is skipped; decoding
// reports it.
func Unknown(data []byte, t reflect.Type) []string {
	var out []string
	unknown(bytes.TrimSpace(data), t, "", &out)
	return out
}

func unknown(data []byte, t reflect.Type, path string, out *[]string) {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	if s, ok := shapes.Load(t); ok {
		t = s.(reflect.Type)
	} else {
		pt := reflect.PointerTo(t)
		if pt.Implements(textUnmarshalerType) || t.Kind() != reflect.Struct && pt.Implements(unmarshalerType) {
			return
		}
	}
	switch t.Kind() {
	case reflect.Struct:
		var raws map[string]json.RawMessage
		if json.Unmarshal(data, &raws) != nil || raws == nil {
			return
		}
		fs := fields(t)
		for _, k := range slices.Sorted(maps.Keys(raws)) {
			if f, ok := readBy(raws, fs, k); ok {
				unknown(raws[k], t.FieldByIndex(f.index).Type, member(path, k), out)
			} else {
				*out = append(*out, member(path, k))
			}
		}
	case reflect.Slice, reflect.Array:
		if t.Elem().Kind() == reflect.Uint8 {
			return
		}
		var raws []json.RawMessage
		if json.Unmarshal(data, &raws) != nil {
			return
		}
		for i, r := range raws {
			if t.Kind() == reflect.Array && i >= t.Len() {
				break
			}
			unknown(r, t.Elem(), path+"["+strconv.Itoa(i)+"]", out)
		}
	case reflect.Map:
		var raws map[string]json.RawMessage
		if json.Unmarshal(data, &raws) != nil {
			return
		}
		for _, k := range slices.Sorted(maps.Keys(raws)) {
			unknown(raws[k], t.Elem(), member(path, k), out)
		}
	}
}

// member is the path of member k of the object at path.
func member(path, k string) string {
	if path == "" {
		return k
	}
	return path + "." + k
}

// readBy returns the field that reads member k of an object with the
// members raws, as decodeStruct matches them: the field named k, else the
// field whose name equals k up to case when no member has that name
// exactly and k is the smallest such key.
func readBy(raws map[string]json.RawMessage, fs []field, k string) (field, bool) {
	for _, f := range fs {
		if f.name == k {
			return f, true
		}
	}
	for _, f := range fs {
		if !strings.EqualFold(f.name, k) {
			continue
		}
		if _, exact := raws[f.name]; exact {
			continue
		}
		if best, ok := foldedKeyName(raws, fs, f.name); ok && best == k {
			return f, true
		}
	}
	return field{}, false
}
