# Reference values for the programme-report statistics of package
# evaluation (issue 9), computed with Debian's python3-scipy 1.10.1,
# python3-statsmodels 0.13.5 and numpy 1.24.2. Run from this directory:
#
#   /usr/bin/python3 make_report_refdata.py
#
# It writes newcombe_diff.json, bootstrap_ci.json and permutation_test.json
# in the schema of shared/refdata (README.md there).
import json
import math

import numpy as np
import scipy
import statsmodels
from scipy import stats
from scipy.stats import _resampling
from statsmodels.stats.proportion import confint_proportions_2indep

VERSIONS = {"scipy": scipy.__version__, "statsmodels": statsmodels.__version__,
            "numpy": np.__version__}


def num(v):
    v = float(v)
    if math.isnan(v):
        return "NaN"
    if math.isinf(v):
        return "Infinity" if v > 0 else "-Infinity"
    return v


def write(stem, description, cases):
    with open(stem + ".json", "w") as f:
        json.dump({"schema_version": 1, "statistic": stem, "set": "evaluation",
                   "generator": "make_report_refdata.py",
                   "generated_with": VERSIONS, "description": description,
                   "cases": cases}, f, indent=1)
        f.write("\n")


# Newcombe's hybrid score interval for p1 - p2.
cases = []
for (c1, n1, c2, n2, conf) in [
        (56, 70, 48, 80, 0.95),   # Newcombe (1998) example (a)
        (9, 10, 3, 10, 0.95),     # Newcombe (1998) example (c)
        (6, 7, 2, 7, 0.95),
        (5, 56, 0, 29, 0.95),     # Newcombe (1998) example (g)
        (0, 10, 0, 20, 0.95),
        (10, 10, 0, 10, 0.95),
        (210, 300, 980, 1700, 0.95),
        (210, 300, 980, 1700, 0.90),
        (1, 1, 0, 1, 0.99)]:
    lo, hi = confint_proportions_2indep(c1, n1, c2, n2, method="newcomb",
                                       compare="diff", alpha=1 - conf)
    cases.append({
        "name": f"newcombe_{c1}_{n1}_{c2}_{n2}_{conf}",
        "input": {"count1": c1, "n1": n1, "count2": c2, "n2": n2, "confidence": conf},
        "expected": {"diff": num(c1 / n1 - c2 / n2), "lower": num(lo), "upper": num(hi)},
        "tolerance": {"rel": 1e-7, "abs": 1e-12},
        "source": f"statsmodels {statsmodels.__version__} confint_proportions_2indep("
                  f"{c1}, {n1}, {c2}, {n2}, method='newcomb', compare='diff', alpha={1 - conf:.2f})"})
write("newcombe_diff", "Newcombe hybrid score interval (method 10) for a difference of proportions", cases)


# Bootstrap: scipy.stats.bootstrap with a seeded Generator. The replicates
# scipy used are recomputed here from the same seed (scipy draws
# rng.integers(0, n, (B, n)) in one batch) and checked to give scipy's
# interval, so the Go test can feed the same replicates to
# BootstrapFromReplicates.
def median(x, axis=-1):
    return np.median(x, axis=axis)


def mean(x, axis=-1):
    return np.mean(x, axis=axis)


def std1(x, axis=-1):
    return np.std(x, ddof=1, axis=axis)


STATS = {"mean": mean, "median": median, "sd": std1}
cases = []
gen = np.random.default_rng(20261123)
samples = {
    "normal20": np.round(gen.normal(3.4, 0.7, 20), 3),
    "skewed30": np.round(gen.lognormal(0, 1, 30), 3),
    "ties15": gen.integers(1, 6, 15).astype(float),
    "small5": np.array([1.0, 2.5, 2.5, 4.0, 10.0]),
}
for sname, x in samples.items():
    for stat in ("mean", "median", "sd"):
        for method, conf, b, seed in [("BCa", 0.95, 499, 1), ("percentile", 0.95, 499, 2),
                                      ("BCa", 0.90, 199, 3)]:
            f = STATS[stat]
            res = stats.bootstrap((x,), f, n_resamples=b, method=method,
                                  confidence_level=conf, vectorized=True,
                                  random_state=np.random.default_rng(seed))
            idx = np.random.default_rng(seed).integers(0, len(x), (b, len(x)))
            reps = f(x[idx], axis=-1)
            assert np.std(reps, ddof=1) == res.standard_error
            alpha = (1 - conf) / 2
            if method == "BCa":
                a1, a2, ahat = _resampling._bca_interval((x,), f, -1, alpha, reps, None)
                lo = np.percentile(reps, a1 * 100) if not np.isnan(a1) else np.nan
                hi = np.percentile(reps, a2 * 100) if not np.isnan(a2) else np.nan
            else:
                lo, hi = np.percentile(reps, [alpha * 100, (1 - alpha) * 100])
            got = (res.confidence_interval.low, res.confidence_interval.high)
            assert (np.isnan(lo) and np.isnan(got[0])) or lo == got[0], (sname, stat, lo, got)
            assert (np.isnan(hi) and np.isnan(got[1])) or hi == got[1], (sname, stat, hi, got)
            cases.append({
                "name": f"bootstrap_{sname}_{stat}_{method}_{conf}",
                "input": {"x": [num(v) for v in x], "statistic": stat, "method": method,
                          "confidence": conf, "replicates": [num(v) for v in reps]},
                "expected": {"lower": num(got[0]), "upper": num(got[1]),
                             "standard_error": num(res.standard_error)},
                "tolerance": {"rel": 1e-9, "abs": 1e-12},
                "source": f"scipy {scipy.__version__} stats.bootstrap((x,), {stat}, n_resamples={b}, "
                          f"method='{method}', confidence_level={conf}, "
                          f"random_state=np.random.default_rng({seed})); replicates recomputed "
                          f"from the same seed and checked to give the same interval",
                "notes": "statistic: mean = np.mean, median = np.median, sd = np.std(ddof=1)"})
write("bootstrap_ci", "bootstrap percentile and BCa intervals from given replicates", cases)


# Permutation test, exact (every split enumerated, deterministic).
def mean_diff(x, y, axis=-1):
    return np.mean(x, axis=axis) - np.mean(y, axis=axis)


def median_diff(x, y, axis=-1):
    return np.median(x, axis=axis) - np.median(y, axis=axis)


cases = []
data = [
    ("sleep7", [0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7],
     [1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5]),
    ("small", [3.1, 4.2, 5.0], [1.0, 2.2, 2.9, 3.3]),
    ("ties", [2.0, 3.0, 3.0, 4.0, 5.0, 5.0], [1.0, 2.0, 2.0, 3.0, 3.0]),
    ("equal", [1.0, 1.0, 1.0], [1.0, 1.0]),
    ("one", [10.0], [1.0, 2.0, 3.0, 4.0, 5.0, 6.0]),
    ("engagement", [0.4, 0.1, 0.6, 0.3, -0.1, 0.5, 0.2, 0.45],
     [0.05, -0.2, 0.1, 0.0, 0.15, -0.05, 0.3]),
]
for name, x, y in data:
    for sname, f in (("mean_diff", mean_diff), ("median_diff", median_diff)):
        try:
            res = stats.permutation_test((np.array(x), np.array(y)), f, vectorized=True,
                                         permutation_type="independent", n_resamples=20000,
                                         alternative="two-sided")
            assert len(res.null_distribution) == math.comb(len(x) + len(y), len(x))
            expected = {"statistic": num(res.statistic), "pvalue": num(res.pvalue),
                        "n_splits": len(res.null_distribution)}
        except ValueError as e:
            expected = {"error": "ValueError", "message": str(e)}
        cases.append({
            "name": f"permutation_{name}_{sname}",
            "input": {"x": x, "y": y, "statistic": sname},
            "expected": expected,
            "tolerance": {"rel": 1e-12, "abs": 1e-15},
            "source": f"scipy {scipy.__version__} stats.permutation_test((x, y), {sname}, "
                      "permutation_type='independent', n_resamples=20000, alternative='two-sided') "
                      "(exact: C(n1+n2, n1) <= 20000)",
            "notes": "mean_diff = mean(x) - mean(y), median_diff = median(x) - median(y)"})
write("permutation_test", "exact two-sample permutation tests", cases)
