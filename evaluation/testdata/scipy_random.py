# Seeded random cross-checks against scipy 1.10.1 (Debian python3-scipy).
# Run from this directory: /usr/bin/python3 scipy_random.py > scipy_random.json
import json
import math

import numpy as np
import scipy
from scipy.stats import contingency, fisher_exact, mannwhitneyu, wilcoxon

rng = np.random.default_rng(20261123)


def f(v):
    v = float(v)
    if math.isnan(v):
        return "NaN"
    if math.isinf(v):
        return "Infinity" if v > 0 else "-Infinity"
    return v


cases = []
for i in range(40):
    hi = int(rng.choice([5, 12, 40, 200]))
    t = rng.integers(0, hi, size=(2, 2)).tolist()
    if min(sum(t[0]), sum(t[1]), t[0][0] + t[1][0], t[0][1] + t[1][1]) == 0:
        continue
    odds, p = fisher_exact(t)
    r = contingency.odds_ratio(t)
    ci = r.confidence_interval(0.95)
    cases.append({"kind": "fisher", "table": t,
                  "expected": [f(odds), f(p), f(r.statistic), f(ci.low), f(ci.high)]})

for i in range(30):
    n1, n2 = int(rng.integers(1, 25)), int(rng.integers(1, 25))
    scale = float(rng.choice([1.0, 10.0]))
    x = np.round(rng.normal(0.3, 1, n1) * scale, 1).tolist()
    y = np.round(rng.normal(0, 1, n2) * scale, 1).tolist()
    cc = bool(rng.integers(0, 2))
    r = mannwhitneyu(x, y, use_continuity=cc)
    cases.append({"kind": "mannwhitneyu", "x": x, "y": y, "use_continuity": cc,
                  "expected": [f(r.statistic), f(r.pvalue)]})

for i in range(30):
    n = int(rng.choice([6, 15, 30, 60, 120]))
    scale = float(rng.choice([1.0, 100.0]))
    d = np.round(rng.normal(0.2, 1, n) * scale, 1)
    ties = len(np.unique(np.abs(d[d != 0]))) < np.count_nonzero(d)
    if ties and n <= 50 and np.all(d != 0):
        continue  # scipy's exact-with-ties quirk; see wilcoxon_test.go
    zm = str(rng.choice(["wilcox", "pratt", "zsplit"]))
    corr = bool(rng.integers(0, 2))
    try:
        r = wilcoxon(d.tolist(), zero_method=zm, correction=corr)
    except ValueError:
        continue
    cases.append({"kind": "wilcoxon", "x": d.tolist(), "zero_method": zm, "correction": corr,
                  "expected": [f(r.statistic), f(r.pvalue)]})

print(json.dumps({"generator": "scipy_random.py", "scipy": scipy.__version__,
                  "tolerance": {"rel": 1e-7, "abs": 1e-12}, "cases": cases}, indent=1))
