#!/usr/bin/env bash
# API check for mentorkit.
#
#   bash .ci/api.sh           check (run by .ci/run)
#   bash .ci/api.sh -update   rewrite api/mentorkit.txt from the working tree
#
# api/mentorkit.txt is the exported API of every public package (not
# internal/, examples/ or bench/), one sorted line per exported name, written
# by .ci/apisnap.go from the compiler's export data (the Go repository's
# api/*.txt approach; standard library only, nothing is downloaded).
#
# The check fails when
#  1. the working tree's API differs from api/mentorkit.txt in any way
#     (an addition too: the snapshot is the API, so a review shows every
#     change). Fix: run `bash .ci/api.sh -update` and commit the snapshot
#     with the change; or
#  2. a line of the snapshot at the last release tag (the newest v* tag
#     reachable from HEAD) is missing from api/mentorkit.txt — a removed or
#     changed name, i.e. an incompatible change — and CHANGELOG.md's newest
#     section (the first "## [" heading, normally "## [Unreleased]") has no
#     "### Breaking" subsection naming it. A name is the identifier ("Pair"),
#     or Type.Field / Type.Method for fields and methods ("Config.Alpha");
#     it must appear as a whole word in that subsection.
# Without a release tag (a shallow clone, or before the first tagged release)
# rule 2 is skipped and says so.
set -euo pipefail
cd "$(dirname "$0")/.."
export LC_ALL=C

snapshot=api/mentorkit.txt
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

go run .ci/apisnap.go > "$tmp/current.txt"

if [ "${1:-}" = "-update" ]; then
  mkdir -p api
  cp "$tmp/current.txt" "$snapshot"
  echo "api: wrote $snapshot ($(wc -l < "$snapshot") lines)"
elif [ -n "${1:-}" ]; then
  echo "usage: bash .ci/api.sh [-update]" >&2; exit 2
fi

status=0
if [ ! -f "$snapshot" ]; then
  echo "api: $snapshot is missing; run: bash .ci/api.sh -update"; exit 1
fi
if ! diff -u "$snapshot" "$tmp/current.txt" > "$tmp/diff"; then
  echo "api: the exported API differs from $snapshot (- in the snapshot only, + in the code only):"
  grep -E '^[-+][^-+]' "$tmp/diff" || true
  echo "api: if the change is intended, run: bash .ci/api.sh -update   and commit $snapshot;"
  echo "     a removed or changed (-) line also needs a '### Breaking' entry in CHANGELOG.md's newest section."
  status=1
fi

# name prints the name a Breaking entry must mention for one snapshot line.
name() {
  sed -E \
    -e 's/^[^,]+, //' \
    -e 's/^method \(\*?([A-Za-z0-9_]+)[^)]*\) ([A-Za-z0-9_]+).*/\1.\2/' \
    -e 's/^type ([A-Za-z0-9_]+)[^,]*, embedded .*/\1/' \
    -e 's/^type ([A-Za-z0-9_]+)[^,]*, (unexported methods)$/\1/' \
    -e 's/^type ([A-Za-z0-9_]+)[^,]*, ([A-Za-z0-9_]+).*/\1.\2/' \
    -e 's/^(const|var|func|type) ([A-Za-z0-9_]+).*/\2/'
}

tag=$(git describe --tags --abbrev=0 --match 'v[0-9]*' HEAD 2>/dev/null || true)
if [ -z "$tag" ]; then
  echo "api: no release tag (v*) reachable from HEAD: Breaking-entry check skipped"
elif ! git show "$tag:$snapshot" > "$tmp/release.txt" 2>/dev/null; then
  echo "api: release $tag has no $snapshot: Breaking-entry check skipped"
else
  sort "$tmp/release.txt" -o "$tmp/release.txt"
  sort "$snapshot" > "$tmp/snap.txt"
  comm -23 "$tmp/release.txt" "$tmp/snap.txt" > "$tmp/removed.txt"
  if [ -s "$tmp/removed.txt" ]; then
    # The newest section of the changelog, and its ### Breaking subsection.
    awk '/^## \[/{n++} n==1' CHANGELOG.md |
      awk '/^### /{b = ($0 ~ /^### Breaking/)} b' > "$tmp/breaking.txt"
    missing=0
    while IFS= read -r line; do
      n=$(printf '%s\n' "$line" | name)
      if ! grep -qwF -- "$n" "$tmp/breaking.txt"; then
        [ $missing -eq 0 ] && echo "api: incompatible with $tag, and not named under '### Breaking' in CHANGELOG.md's newest section:"
        echo "  $line   (name: $n)"
        missing=1
      fi
    done < "$tmp/removed.txt"
    if [ $missing -eq 1 ]; then
      status=1
    else
      echo "api: $(wc -l < "$tmp/removed.txt") line(s) incompatible with $tag, each named under ### Breaking"
    fi
  else
    echo "api: the snapshot is compatible with $tag"
  fi
fi

[ $status -eq 0 ] && echo "api: OK ($(wc -l < "$snapshot") exported names)"
exit $status
