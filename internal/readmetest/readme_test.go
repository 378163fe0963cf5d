package readmetest

import (
	"bufio"
	"bytes"
	"fmt"
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// imports are the packages every snippet may use, by import path.
var imports = []string{
	"context", "encoding/json", "errors", "fmt", "math/rand/v2", "net/http", "os", "time",
	"gonum.org/v1/gonum/mat",
}

// readme is the README of the repository, relative to this package.
const readme = "../../README.md"

type snippet struct {
	line    int    // README line of the first statement
	assumes string // parameter declarations
	body    string
}

var assumesRE = regexp.MustCompile(`^<!--\s*snippet:(.*)-->\s*$`)

func snippets(t *testing.T) []snippet {
	t.Helper()
	f, err := os.Open(readme)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var (
		out  []snippet
		cur  *snippet
		prev string
		n    int
	)
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		n++
		line := sc.Text()
		switch {
		case cur == nil && strings.TrimSpace(line) == "```go":
			cur = &snippet{line: n + 1}
			if m := assumesRE.FindStringSubmatch(strings.TrimSpace(prev)); m != nil {
				cur.assumes = strings.TrimSpace(m[1])
			}
		case cur != nil && strings.HasPrefix(strings.TrimSpace(line), "```"):
			out = append(out, *cur)
			cur = nil
		case cur != nil:
			cur.body += line + "\n"
		}
		prev = line
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if cur != nil {
		t.Fatalf("README.md:%d: ```go block not closed", cur.line-1)
	}
	return out
}

// modulePackages lists the module's public library packages, and the
// export data of them and of everything they and imports depend on.
func modulePackages(t *testing.T) (paths []string, export map[string]string) {
	t.Helper()
	goCmd, err := exec.LookPath("go")
	if err != nil {
		t.Skip("go command not found:", err)
	}
	out, err := exec.Command(goCmd, "list", "-f", "{{.ImportPath}} {{.Name}}", "../../...").Output()
	if err != nil {
		t.Fatalf("go list: %v", err)
	}
	for _, l := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		path, name, _ := strings.Cut(l, " ")
		if name == "main" || strings.Contains(path, "/internal") || strings.Contains(path, "/examples") || strings.Contains(path, "/bench") {
			continue
		}
		paths = append(paths, path)
	}
	args := append([]string{"list", "-deps", "-export", "-f", "{{.ImportPath}}\t{{.Export}}"}, paths...)
	args = append(args, imports...)
	cmd := exec.Command(goCmd, args...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err = cmd.Output()
	if err != nil {
		t.Fatalf("go list -export: %v\n%s", err, stderr.String())
	}
	export = map[string]string{}
	for _, l := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		path, file, _ := strings.Cut(l, "\t")
		export[path] = file
	}
	return paths, export
}

// source writes all snippets into one file, one function per snippet, with
// //line directives so errors point into README.md.
func source(snips []snippet, paths []string) string {
	var b strings.Builder
	b.WriteString("package snippets\n\nimport (\n")
	for _, p := range append(append([]string{}, imports...), paths...) {
		fmt.Fprintf(&b, "\t%q\n", p)
	}
	b.WriteString(")\n")
	abs, _ := filepath.Abs(readme)
	for i, s := range snips {
		params := strings.ReplaceAll(s.assumes, ";", ",")
		fmt.Fprintf(&b, "\nfunc snippet%d(%s) error {\n//line %s:%d\n%s\treturn nil\n}\n", i+1, params, abs, s.line, s.body)
	}
	return b.String()
}

// ignorable reports whether a type-checking error is one a snippet may
// have: a variable declared for show, or a package it does not use.
func ignorable(err error) bool {
	te, ok := err.(types.Error)
	if !ok || !te.Soft {
		return false
	}
	// "declared and not used: x", "imported and not used", "imported as rand and not used"
	return strings.Contains(te.Msg, "declared and not used") ||
		strings.Contains(te.Msg, "imported") && strings.HasSuffix(te.Msg, "and not used")
}

// check type-checks the snippets and returns the errors that matter.
func check(t *testing.T, snips []snippet, paths []string, export map[string]string) []string {
	t.Helper()
	src := source(snips, paths)
	fset := token.NewFileSet()
	file, err := parser.ParseFile(fset, "snippets.go", src, parser.SkipObjectResolution)
	if err != nil {
		return []string{"README snippets do not parse: " + err.Error()}
	}
	var errs []string
	conf := types.Config{
		Importer: importer.ForCompiler(fset, "gc", func(path string) (io.ReadCloser, error) {
			f, ok := export[path]
			if !ok || f == "" {
				return nil, fmt.Errorf("no export data for %q (add it to imports in readme_test.go)", path)
			}
			return os.Open(f)
		}),
		Error: func(err error) {
			if !ignorable(err) {
				errs = append(errs, err.Error())
			}
		},
	}
	_, _ = conf.Check("snippets", fset, []*ast.File{file}, nil)
	return errs
}

func TestReadmeSnippetsCompile(t *testing.T) {
	snips := snippets(t)
	if len(snips) == 0 {
		t.Fatal("no ```go snippets found in README.md")
	}
	paths, export := modulePackages(t)
	if errs := check(t, snips, paths, export); len(errs) > 0 {
		t.Errorf("README.md snippets do not compile (declare what a snippet assumes in <!-- snippet: name Type; ... --> on the line before its fence):\n%s",
			strings.Join(errs, "\n"))
	}
}

// TestCheckFindsErrors makes sure the check is not vacuous: a wrong call,
// an undeclared variable and a missing field are reported, with the
// snippet's README line; an unused variable is not.
func TestCheckFindsErrors(t *testing.T) {
	paths, export := modulePackages(t)
	snips := []snippet{
		{line: 10, body: "a, err := matching.Assign(nil)\n"},
		{line: 20, assumes: "now time.Time", body: "x := later\n"},
		{line: 30, body: "var c pairing.Config\n_ = c.NoSuchField\n"},
		{line: 40, assumes: "now time.Time", body: "unused := now\n"},
	}
	errs := check(t, snips, paths, export)
	want := []string{"README.md:10:", "README.md:20:", "README.md:31:"}
	if len(errs) != len(want) {
		t.Fatalf("got %d errors, want %d:\n%s", len(errs), len(want), strings.Join(errs, "\n"))
	}
	for i, w := range want {
		if !strings.Contains(errs[i], w) {
			t.Errorf("error %d = %q, want it at %s", i, errs[i], w)
		}
	}
}
