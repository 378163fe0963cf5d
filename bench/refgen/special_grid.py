#!/usr/bin/env python3
"""Reference values of the special functions evaluation uses, for its grid tests.

Writes evaluation/testdata/special_grid.json with, at 50 digits (mpmath):
  beta:   regularised incomplete beta I_x(a, b) and its complement
          (the t tail is I_{df/(df+t^2)}(df/2, 1/2); chi-square and F use it too)
  gamma:  regularised upper incomplete gamma Q(a, x) and P(a, x) (chi-square tails)
  normal: the upper tail P(Z > z) = erfc(z/sqrt 2)/2, far out
Where a parameter is 5e4 or more, or mpmath's hypergeometric series does not
converge, the value is a Gauss-Legendre quadrature of the integrand at 50
digits (column "method"), split every two standard deviations around the
mode and at geometric steps of the integrand's decay length on both sides
of x, with every panel halved until two passes agree to 20 digits; the upper
tail of the beta in v = sqrt(1 - u), where (1 - u)^(b - 1) is no longer singular.
Values below 1e-290 are dropped (they underflow in float64).

Run: /usr/bin/python3 bench/refgen/special_grid.py > evaluation/testdata/special_grid.json
"""
import json
import sys

import mpmath as mp

mp.mp.dps = 50


def betainc(a, b, x):
    if max(a, b) >= 5e4:  # the hypergeometric series takes minutes there
        return betainc_quad(a, b, x)
    try:
        return mp.betainc(a, b, 0, x, regularized=True), mp.betainc(a, b, x, 1, regularized=True), "mpmath"
    except (mp.libmp.NoConvergence, ValueError):
        pass
    return betainc_quad(a, b, x)


def tail_points(x, rate, lo, hi):
    """Breakpoints at x + j*w and x - j*w for w = 1/rate (the integrand's
    decay length at x) times 1/16 ... 2^12, clipped to [lo, hi]."""
    w = 1 / max(abs(rate), mp.mpf(10) ** -30)
    pts = [x + sgn * w * mp.mpf(2) ** k for k in range(-4, 13) for sgn in (-1, 1)]
    return [p for p in pts if lo < p < hi]


def split_quad(f, pts, x, lo_end, hi_end):
    """Integral of f below and above x, Gauss-Legendre on the given
    breakpoints; refined (every panel halved) until two passes agree to 25
    digits."""
    pts = sorted(set(pts))
    lower = [p for p in pts if p <= x]
    upper = [p for p in pts if p >= x]
    out = []
    for part in (lower, upper):
        prev = None
        for _ in range(4):
            v = mp.quad(f, part, method="gauss-legendre", maxdegree=7)
            if prev is not None and abs(v - prev) <= mp.mpf(10) ** -20 * abs(v):
                break
            prev = v
            finite = [p for p in part if p != mp.inf]
            mids = [(u + w) / 2 for u, w in zip(finite, finite[1:])]
            part = sorted(set(part + mids))
        out.append(v)
    return out


def betainc_quad(a, b, x):
    lb = mp.log(mp.beta(a, b))
    # 0 at the ends themselves: quadrature nodes there round to 0 or 1 and carry no weight
    f = lambda u: mp.exp((a - 1) * mp.log(u) + (b - 1) * mp.log1p(-u) - lb) if 0 < u < 1 else mp.mpf(0)
    m = (a - 1) / (a + b - 2) if a > 1 and b > 1 else mp.mpf(1) / 2
    s = mp.sqrt(a * b / ((a + b) ** 2 * (a + b + 1)))
    rate = (a - 1) / x - (b - 1) / (1 - x)
    pts = [mp.mpf(0), mp.mpf(1), mp.mpf(x)] + [min(1, max(0, m + k * s)) for k in range(-40, 41, 2)]
    pts += tail_points(x, rate, 0, 1)
    lo, _ = split_quad(f, pts, x, 0, 1)
    # Above x in v = sqrt(1 - u), which takes away the (1 - u)^(b - 1)
    # singularity at 1: int_x^1 f du = int_0^sqrt(1-x) f(1 - v^2) 2v dv.
    g = lambda v: 2 * mp.exp((a - 1) * mp.log1p(-v * v) + (2 * b - 1) * mp.log(v) - lb) if v > 0 else mp.mpf(0)
    vx = mp.sqrt(1 - x)
    vpts = sorted(set([mp.sqrt(1 - p) for p in pts if x <= p <= 1] + [mp.mpf(0), vx]))
    _, hi = split_quad(g, vpts, mp.mpf(0), 0, vx)
    return lo, hi, "quad"


def gammainc(a, x):
    if a >= 5e4:
        return gammainc_quad(a, x)
    try:
        return mp.gammainc(a, 0, x, regularized=True), mp.gammainc(a, x, mp.inf, regularized=True), "mpmath"
    except (mp.libmp.NoConvergence, ValueError):
        pass
    return gammainc_quad(a, x)


def gammainc_quad(a, x):
    lg = mp.loggamma(a)
    f = lambda u: mp.exp((a - 1) * mp.log(u) - u - lg) if u > 0 else mp.mpf(0)
    s = mp.sqrt(a)
    pts = [mp.mpf(0), mp.mpf(x), mp.inf] + [max(0, a + k * s) for k in range(-40, 41, 2)]
    pts += tail_points(x, (a - 1) / x - 1, 0, mp.inf)
    lo, hi = split_quad(f, pts, x, 0, mp.inf)
    return lo, hi, "quad"


def keep(*v):
    return all(x > mp.mpf(10) ** -290 for x in v)


def main():
    beta = []
    for a in [0.5, 1, 2.5, 10, 100, 1000, 1e4, 1e5, 5e5]:
        for b in [0.5, 1, 5, 50, 5000]:
            mean = a / (a + b)
            sd = (a * b / ((a + b) ** 2 * (a + b + 1))) ** 0.5
            xs = {1e-10, 1e-3, 0.1, 0.5, 0.9, 0.999}
            xs |= {mean + k * sd for k in (-8, -2, 0, 2, 8)}
            for x in sorted(xs):
                if not 0 < x < 1:
                    continue
                lo, hi, how = betainc(mp.mpf(a), mp.mpf(b), mp.mpf(x))
                if keep(lo, hi):
                    beta.append({"a": a, "b": b, "x": x, "lower": mp.nstr(lo, 25), "upper": mp.nstr(hi, 25), "method": how})
        print("beta", a, len(beta), file=sys.stderr, flush=True)
    gamma = []
    for a in [0.5, 1, 2.5, 10, 100, 1000, 1e4, 1e5, 5e5]:
        for k in [-8, -3, -1, 0, 1, 3, 8, 30]:
            x = a + k * a ** 0.5
            xs = [x] if x > 0 else []
            if k == -8:
                xs += [1e-6, 0.01 * a]
            for x in xs:
                lo, hi, how = gammainc(mp.mpf(a), mp.mpf(x))
                if keep(lo, hi):
                    gamma.append({"a": a, "x": x, "lower": mp.nstr(lo, 25), "upper": mp.nstr(hi, 25), "method": how})
        print("gamma", a, len(gamma), file=sys.stderr, flush=True)
    normal = []
    for z in [-10, -5, -1, -1e-3, 0, 1e-8, 0.5, 1, 2, 5, 8, 10, 15, 20, 26, 30, 35, 37.5]:
        sf = mp.erfc(mp.mpf(z) / mp.sqrt(2)) / 2
        normal.append({"z": z, "sf": mp.nstr(sf, 25)})
    json.dump({"source": "bench/refgen/special_grid.py: mpmath %s, 50 digits" % mp.__version__,
               "beta": beta, "gamma": gamma, "normal": normal}, sys.stdout, indent=0)


if __name__ == "__main__":
    main()
