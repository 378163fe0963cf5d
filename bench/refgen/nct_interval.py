#!/usr/bin/env python3
"""Reference noncentrality intervals for evaluation's CohensD/CohensDZ test.

For an observed t with df degrees of freedom and confidence c, the bounds
solve P(T <= t; df, d_L) = (1+c)/2 and P(T <= t; df, d_U) = (1-c)/2. The
distribution is nct_grid.py's 50-digit quadrature; the roots are found with
mpmath's Anderson-Bjorck method from the normal approximation, to the
precision of the distribution (15 digits or more). Writes evaluation/testdata/nct_interval.json.

Run: /usr/bin/python3 bench/refgen/nct_interval.py > evaluation/testdata/nct_interval.json
"""
import json
import sys

import mpmath as mp

sys.path.insert(0, __file__.rsplit("/", 1)[0])
import nct_grid  # noqa: E402

mp.mp.dps = 50


def bound(t, v, target):
    t = mp.mpf(t)

    def f(d):  # only the tail nearer the target is integrated
        if target > 0.5:
            return nct_grid.tail(t, v, d, True) - (1 - target)
        return target - nct_grid.tail(t, v, d, False)
    z = mp.sqrt(2) * mp.erfinv(2 * target - 1)
    s = mp.sqrt(1 + t * t / (2 * v))
    x0 = t - z * s
    return mp.findroot(f, (x0, x0 + mp.mpf("0.01") * s), solver="anderson", tol=mp.mpf(10) ** -30, verify=False)


def main():
    cases = [(0.5, 1, 0.95), (2.0, 5, 0.95), (3.0, 20, 0.95), (-4.0, 30, 0.9), (10.0, 60, 0.99),
             (37.0, 400, 0.95), (45.0, 500, 0.95), (60.0, 800, 0.95), (120.0, 2000, 0.95),
             (300.0, 1e4, 0.95), (-800.0, 1e5, 0.95), (2500.0, 1e6, 0.95), (9000.0, 1e6, 0.8)]
    out = []
    for (t, v, c) in cases:
        lo = bound(t, v, 0.5 + c / 2)
        hi = bound(t, v, 0.5 - c / 2)
        out.append({"t": t, "df": v, "confidence": c, "lower": mp.nstr(lo, 25), "upper": mp.nstr(hi, 25)})
        print(t, v, c, mp.nstr(lo, 25), mp.nstr(hi, 25), file=sys.stderr, flush=True)
    json.dump({"source": "bench/refgen/nct_interval.py: mpmath %s, 50 digits" % mp.__version__, "cases": out},
              sys.stdout, indent=0)


if __name__ == "__main__":
    main()
