#!/usr/bin/env bash
# Survival side by side: mentorkit's KaplanMeier, LogRank,
# KaplanMeier+RestrictedMean, hazard.Cox and hazard.CumulativeIncidence against
# statsmodels (SurvfuncRight, survdiff, PHReg, CumIncidenceRight)
# and R survival (survfit, survdiff, print.survfit's rmean, coxph, survfit on a
# factor status), same data, one run.
#
#   bench/survival/run.sh                          # n = 100000, 1000000; cont and days; 5 reps
#   bench/survival/run.sh --sizes 100000 --reps 3
#
# Needs Debian's /usr/bin/python3 with python3-numpy and python3-statsmodels,
# Rscript with r-cran-survival (apt-get install -y python3-statsmodels
# r-cran-survival) and Go. Data and the built binary go to $SURVBENCH_DIR
# (default /tmp/survbench); gen.py's data are the same bytes on every run.
# Only the call is timed, inside each process (median of the reps, after one
# untimed warm-up call per function in every tool). Ratios
# are mentorkit's time over the peer's: below 1 is faster. The machine may be
# noisy: compare ratios within one run.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
PY="${PY:-/usr/bin/python3}"
GO="${GO:-go}"
DIR="${SURVBENCH_DIR:-/tmp/survbench}"
SIZES="100000,1000000"
REPS=5
while [ $# -gt 0 ]; do
  case "$1" in
    --sizes) SIZES="$2"; shift 2 ;;
    --reps) REPS="$2"; shift 2 ;;
    *) echo "unknown argument $1" >&2; exit 2 ;;
  esac
done
mkdir -p "$DIR/own-build" "$DIR/data"
cp "$HERE/own/main.go.tmpl" "$DIR/own-build/main.go"
cat > "$DIR/own-build/go.mod" <<MOD
module survbench-own

go 1.25

require github.com/mentorkit/mentorkit v0.0.0

replace github.com/mentorkit/mentorkit => $ROOT
MOD
(cd "$DIR/own-build" && "$GO" mod tidy >/dev/null 2>&1 && "$GO" build -o "$DIR/own" .)
RES="$DIR/results-$(date -u +%Y%m%dT%H%M%S).jsonl"
: > "$RES"
for n in ${SIZES//,/ }; do
  for kind in cont days; do
    f="$DIR/data/$kind-$n.bin"
    [ -f "$f" ] || "$PY" "$HERE/gen.py" "$n" "$kind" 20261207 "$f"
    for cmd in "$DIR/own $f $REPS" "$PY $HERE/sm_bench.py $f $REPS" "Rscript $HERE/r_bench.R $f $REPS"; do
      $cmd | while read -r line; do echo "{\"n\": $n, \"times\": \"$kind\", ${line#\{}"; done >> "$RES"
    done
  done
done
"$PY" - "$RES" <<'PYEOF'
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1])]
key = lambda r: (r["n"], r["times"], r["what"])
by = {}
for r in rows:
    by.setdefault(key(r), {})[r["tool"].split(" ")[0]] = r
print("%-8s %-5s %-8s %12s %12s %12s %9s %9s  %s" % ("n", "times", "what", "mentorkit s", "statsmodels", "R survival", "mk/sm", "mk/R", "check (mk, sm, R)"))
for k in sorted(by):
    d = by[k]
    mk = d.get("mentorkit", {}).get("seconds")
    sm = d.get("statsmodels", {}).get("seconds")
    R = d.get("R", {}).get("seconds")
    f = lambda x: "%12.4f" % x if x is not None else "%12s" % "-"
    ratio = lambda a, b: "%9.2f" % (a / b) if a and b else "%9s" % "-"
    chk = ", ".join("%.10g" % d[t]["check"] for t in ("mentorkit", "statsmodels", "R") if t in d)
    print("%-8d %-5s %-8s %s %s %s %s %s  %s" % (k[0], k[1], k[2], f(mk), f(sm), f(R), ratio(mk, sm), ratio(mk, R), chk))
print("raw: " + sys.argv[1])
PYEOF
