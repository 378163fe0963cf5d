#!/usr/bin/env bash
# R's pt on the noncentral t grid: writes evaluation/testdata/nct_grid_r.csv.
# Run from the repository root after nct_grid.py (needs Rscript, R 4.2.2 here).
set -euo pipefail
tmp="$(mktemp)"
/usr/bin/python3 -c '
import json, sys
g = json.load(open("evaluation/testdata/nct_grid.json"))
print("t,df,ncp")
for p in g["points"]:
    print("%r,%r,%r" % (p["t"], p["df"], p["ncp"]))
' > "$tmp"
Rscript bench/refgen/nct_r_pt.R "$tmp" > evaluation/testdata/nct_grid_r.csv
rm -f "$tmp"
