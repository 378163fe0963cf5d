#!/usr/bin/env python3
"""Times statsmodels' Kaplan-Meier (SurvfuncRight), log-rank (survdiff), Cox
(PHReg, Efron ties, the group as covariate) and cumulative incidence
(CumIncidenceRight; every third event by index is cause 2, the others cause
1) on one gen.py file: sm_bench.py FILE REPS. Prints JSON lines
{"tool", "what", "seconds" (median), "check"} where check is a number the
other tools print too (S at the median time row count, the chi-square)."""
import json
import sys
import time

import numpy as np
import statsmodels
from statsmodels.duration.survfunc import SurvfuncRight
from statsmodels.duration.survfunc import survdiff
from statsmodels.duration.survfunc import CumIncidenceRight
from statsmodels.duration.hazard_regression import PHReg

path, reps = sys.argv[1], int(sys.argv[2])
with open(path, "rb") as f:
    n = int(np.frombuffer(f.read(8), "<i8")[0])
    t = np.frombuffer(f.read(8 * n), "<f8")
    e = np.frombuffer(f.read(n), "u1").astype(np.float64)
    g = np.frombuffer(f.read(4 * n), "<i4")


SLOW = 20.0  # a warm-up call longer than this is the one measurement


def timed(fn):
    t0 = time.perf_counter()
    out = fn()  # warm-up, not timed (every tool gets one) unless it is SLOW
    first = time.perf_counter() - t0
    if first > SLOW:
        return first, out
    ts = []
    for _ in range(reps):
        t0 = time.perf_counter()
        out = fn()
        ts.append(time.perf_counter() - t0)
    return float(np.median(ts)), out


sec, sf = timed(lambda: SurvfuncRight(t, e))
print(json.dumps({"tool": "statsmodels " + statsmodels.__version__, "what": "km", "seconds": sec,
                  "check": float(sf.surv_prob[-1]), "rows": int(len(sf.surv_times))}))
sec, (chi2, p) = timed(lambda: survdiff(t, e, g))
print(json.dumps({"tool": "statsmodels " + statsmodels.__version__, "what": "logrank", "seconds": sec,
                  "check": float(chi2)}))
# PHReg's Efron ties loop over the distinct times in Python: 23 s at
# 100,000 continuous times, so only up to SM_COX_MAX people (default
# 100000; the row is left out above it).
if n <= int(__import__("os").environ.get("SM_COX_MAX", "100000")):
    sec, res = timed(lambda: PHReg(t, g.astype(np.float64)[:, None], status=e, ties="efron").fit())
    print(json.dumps({"tool": "statsmodels " + statsmodels.__version__, "what": "cox", "seconds": sec,
                      "check": float(res.params[0])}))
status = e.astype(np.int64)
status[(np.arange(n) % 3 == 0) & (status == 1)] = 2
sec, ci = timed(lambda: CumIncidenceRight(t, status))
print(json.dumps({"tool": "statsmodels " + statsmodels.__version__, "what": "cuminc", "seconds": sec,
                  "check": float(ci.cinc[0][-1])}))
