#!/usr/bin/env python3
"""Times statsmodels' Kaplan-Meier (SurvfuncRight) and log-rank (survdiff)
on one gen.py file: sm_bench.py FILE REPS. Prints JSON lines
{"tool", "what", "seconds" (median), "check"} where check is a number the
other tools print too (S at the median time row count, the chi-square)."""
import json
import sys
import time

import numpy as np
import statsmodels
from statsmodels.duration.survfunc import SurvfuncRight
from statsmodels.duration.survfunc import survdiff

path, reps = sys.argv[1], int(sys.argv[2])
with open(path, "rb") as f:
    n = int(np.frombuffer(f.read(8), "<i8")[0])
    t = np.frombuffer(f.read(8 * n), "<f8")
    e = np.frombuffer(f.read(n), "u1").astype(np.float64)
    g = np.frombuffer(f.read(4 * n), "<i4")


def timed(fn):
    fn()  # warm-up, not timed (every tool gets one)
    ts, out = [], None
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
