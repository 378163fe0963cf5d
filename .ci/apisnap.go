//go:build ignore

// Command apisnap prints the exported API of every public (non-internal,
// non-main) package of the module, one line per exported name, sorted — the
// way the Go repository keeps api/*.txt. .ci/api.sh compares its output with
// the committed snapshot api/mentorkit.txt.
//
// Usage (from the repository root): go run .ci/apisnap.go > api/mentorkit.txt
//
// Each line starts with the package path relative to the module
// ("matching/pairing"), then one of:
//
//	const Name Type = value
//	var Name Type
//	func Name(params) results
//	type Name[...] underlying-kind        (struct, interface, or the type)
//	type Name struct, Field Type           (one line per exported field)
//	type Name interface, Method(params)    (one line per method)
//	method (Recv) Name(params) results     (one line per exported method)
//
// Types of other packages of the module are written relative to the module
// ("mentoring.Person"); other types by their full import path.
//
// It reads the compiler's export data (go list -export), so it needs only
// the standard library and the build cache.
package main

import (
	"bufio"
	"bytes"
	"fmt"
	"go/importer"
	"go/token"
	"go/types"
	"io"
	"os"
	"os/exec"
	"slices"
	"strings"
)

func main() {
	lines, err := snapshot()
	if err != nil {
		fmt.Fprintln(os.Stderr, "apisnap:", err)
		os.Exit(1)
	}
	w := bufio.NewWriter(os.Stdout)
	for _, l := range lines {
		fmt.Fprintln(w, l)
	}
	if err := w.Flush(); err != nil {
		fmt.Fprintln(os.Stderr, "apisnap:", err)
		os.Exit(1)
	}
}

type listed struct {
	path, name, export string
	dep                bool
}

func snapshot() ([]string, error) {
	modOut, err := exec.Command("go", "list", "-m").Output()
	if err != nil {
		return nil, fmt.Errorf("go list -m: %w", err)
	}
	module := strings.TrimSpace(string(modOut))
	// List first without building, so a broken example or internal test
	// helper does not stop the snapshot of the public packages.
	allOut, err := exec.Command("go", "list", "-f", "{{.ImportPath}}\t{{.Name}}", "./...").Output()
	if err != nil {
		return nil, fmt.Errorf("go list: %w", err)
	}
	var patterns []string
	for line := range strings.SplitSeq(strings.TrimSpace(string(allOut)), "\n") {
		path, name, _ := strings.Cut(line, "\t")
		if public(module, listed{path: path, name: name}) {
			patterns = append(patterns, path)
		}
	}
	args := append([]string{"list", "-deps", "-export",
		"-f", "{{.ImportPath}}\t{{.Name}}\t{{.Export}}\t{{.DepOnly}}"}, patterns...)
	cmd := exec.Command("go", args...)
	cmd.Stderr = os.Stderr
	out, err := cmd.Output()
	if err != nil {
		return nil, fmt.Errorf("go list -export: %w", err)
	}
	exports := map[string]string{}
	var pkgs []listed
	for line := range strings.SplitSeq(strings.TrimSpace(string(out)), "\n") {
		f := strings.Split(line, "\t")
		if len(f) != 4 {
			return nil, fmt.Errorf("unexpected go list line %q", line)
		}
		p := listed{path: f[0], name: f[1], export: f[2], dep: f[3] == "true"}
		exports[p.path] = p.export
		if !p.dep && public(module, p) {
			pkgs = append(pkgs, p)
		}
	}
	fset := token.NewFileSet()
	imp := importer.ForCompiler(fset, "gc", func(path string) (io.ReadCloser, error) {
		file, ok := exports[path]
		if !ok || file == "" {
			return nil, fmt.Errorf("no export data for %s", path)
		}
		return os.Open(file)
	})
	var lines []string
	for _, p := range pkgs {
		pkg, err := imp.Import(p.path)
		if err != nil {
			return nil, fmt.Errorf("import %s: %w", p.path, err)
		}
		lines = append(lines, describe(module, pkg)...)
	}
	slices.Sort(lines)
	return slices.Compact(lines), nil
}

// public reports whether p is part of the module's public API: in the
// module, not a main package, no "internal" element, not under examples/
// or bench/.
func public(module string, p listed) bool {
	if p.path != module && !strings.HasPrefix(p.path, module+"/") {
		return false
	}
	rel := strings.TrimPrefix(strings.TrimPrefix(p.path, module), "/")
	if p.name == "main" || strings.HasPrefix(rel, "examples") || strings.HasPrefix(rel, "bench") {
		return false
	}
	return !slices.Contains(strings.Split(rel, "/"), "internal")
}

func describe(module string, pkg *types.Package) []string {
	rel := strings.TrimPrefix(strings.TrimPrefix(pkg.Path(), module), "/")
	if rel == "" {
		rel = "."
	}
	qual := func(other *types.Package) string {
		if other == pkg {
			return ""
		}
		if strings.HasPrefix(other.Path(), module+"/") {
			return strings.TrimPrefix(other.Path(), module+"/")
		}
		return other.Path()
	}
	ts := func(t types.Type) string { return types.TypeString(anon(t), qual) }
	var out []string
	emit := func(format string, args ...any) {
		out = append(out, rel+", "+fmt.Sprintf(format, args...))
	}
	scope := pkg.Scope()
	for _, name := range scope.Names() {
		obj := scope.Lookup(name)
		if !obj.Exported() {
			continue
		}
		switch obj := obj.(type) {
		case *types.Const:
			emit("const %s %s = %s", name, ts(obj.Type()), obj.Val().ExactString())
		case *types.Var:
			emit("var %s %s", name, ts(obj.Type()))
		case *types.Func:
			emit("func %s%s", name, signature(obj.Type().(*types.Signature), qual))
		case *types.TypeName:
			describeType(obj, qual, emit)
		}
	}
	return out
}

func describeType(obj *types.TypeName, qual types.Qualifier, emit func(string, ...any)) {
	ts := func(t types.Type) string { return types.TypeString(anon(t), qual) }
	name := obj.Name()
	if obj.IsAlias() {
		emit("type %s = %s", name, ts(types.Unalias(obj.Type())))
		return
	}
	named, ok := obj.Type().(*types.Named)
	if !ok {
		emit("type %s %s", name, ts(obj.Type()))
		return
	}
	if tp := named.TypeParams(); tp.Len() > 0 {
		var b bytes.Buffer
		b.WriteString("[")
		for i := range tp.Len() {
			if i > 0 {
				b.WriteString(", ")
			}
			p := tp.At(i)
			b.WriteString(p.Obj().Name() + " " + ts(p.Constraint()))
		}
		b.WriteString("]")
		name += b.String()
	}
	switch u := named.Underlying().(type) {
	case *types.Struct:
		emit("type %s struct", name)
		for i := range u.NumFields() {
			f := u.Field(i)
			if !f.Exported() {
				continue
			}
			if f.Embedded() {
				emit("type %s struct, embedded %s", name, ts(f.Type()))
			} else {
				emit("type %s struct, %s %s", name, f.Name(), ts(f.Type()))
			}
		}
	case *types.Interface:
		emit("type %s interface", name)
		for i := range u.NumMethods() {
			m := u.Method(i)
			if !m.Exported() {
				emit("type %s interface, unexported methods", name)
				continue
			}
			emit("type %s interface, %s%s", name, m.Name(), signature(m.Type().(*types.Signature), qual))
		}
	default:
		emit("type %s %s", name, ts(u))
	}
	for i := range named.NumMethods() {
		m := named.Method(i)
		if !m.Exported() {
			continue
		}
		sig := m.Type().(*types.Signature)
		recv := obj.Name()
		if _, ptr := sig.Recv().Type().(*types.Pointer); ptr {
			recv = "*" + recv
		}
		emit("method (%s) %s%s", recv, m.Name(), signature(sig, qual))
	}
}

// signature writes a function's parameters and results without the "func"
// keyword and without parameter names (renaming a parameter is compatible).
func signature(sig *types.Signature, qual types.Qualifier) string {
	ts := func(t types.Type) string { return types.TypeString(anon(t), qual) }
	var b strings.Builder
	if tp := sig.TypeParams(); tp.Len() > 0 {
		b.WriteString("[")
		for i := range tp.Len() {
			if i > 0 {
				b.WriteString(", ")
			}
			b.WriteString(tp.At(i).Obj().Name() + " " + ts(tp.At(i).Constraint()))
		}
		b.WriteString("]")
	}
	tuple := func(t *types.Tuple, variadic bool) string {
		parts := make([]string, t.Len())
		for i := range t.Len() {
			typ := t.At(i).Type()
			if variadic && i == t.Len()-1 {
				parts[i] = "..." + ts(typ.(*types.Slice).Elem())
				continue
			}
			parts[i] = ts(typ)
		}
		return strings.Join(parts, ", ")
	}
	b.WriteString("(" + tuple(sig.Params(), sig.Variadic()) + ")")
	switch r := sig.Results(); r.Len() {
	case 0:
	case 1:
		b.WriteString(" " + tuple(r, false))
	default:
		b.WriteString(" (" + tuple(r, false) + ")")
	}
	return b.String()
}

// anon returns t with the parameter and result names of every function
// type in it removed: renaming a callback's parameter is compatible.
func anon(t types.Type) types.Type {
	switch t := t.(type) {
	case *types.Signature:
		strip := func(tup *types.Tuple) *types.Tuple {
			vars := make([]*types.Var, tup.Len())
			for i := range tup.Len() {
				vars[i] = types.NewParam(token.NoPos, nil, "", anon(tup.At(i).Type()))
			}
			return types.NewTuple(vars...)
		}
		return types.NewSignatureType(nil, nil, nil, strip(t.Params()), strip(t.Results()), t.Variadic())
	case *types.Slice:
		return types.NewSlice(anon(t.Elem()))
	case *types.Array:
		return types.NewArray(anon(t.Elem()), t.Len())
	case *types.Pointer:
		return types.NewPointer(anon(t.Elem()))
	case *types.Map:
		return types.NewMap(anon(t.Key()), anon(t.Elem()))
	case *types.Chan:
		return types.NewChan(t.Dir(), anon(t.Elem()))
	}
	return t
}
