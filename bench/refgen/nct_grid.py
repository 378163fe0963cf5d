#!/usr/bin/env python3
"""Reference values of the noncentral t distribution for evaluation's grid test.

Writes evaluation/testdata/nct_grid.json. Every value is computed with mpmath
at 50 significant digits by numerical integration (Gauss-Legendre, mp.quad,
on two panelings that must agree to 15 digits, else the point is
dropped and named on stderr) over
the chi-distributed denominator in the variable s = log u:

    F(t; v, d) = int Phi(t e^s - d)  g(e^s) e^s ds,
    1 - F      = int Phi(d - t e^s)  g(e^s) e^s ds,   g(u) = 2 h^h/Gamma(h) u^(v-1) e^(-h u^2), h = v/2.

Both tails are integrated directly, so relative errors of tiny tails are
tested too. The integrand is log-concave in s; its mode is located by golden
section and the integral is split around it and around the step of Phi at u = d/t. The Go code integrates the same
representation in u, in float64, with its density in Loader's saddle-point
form; to keep the reference independent of that, main() first checks the
quadrature against Lenth's series (AS 243: Poisson-weighted regularised
incomplete beta functions, mp.betainc) at three points to 40 digits and
stops if they disagree. (An integral over the normal numerator with the
incomplete gamma function agreed to 50 digits where mpmath's gammainc
converges, but it takes seconds a point and fails for large df.)

Grid: df in {1,2,5,10,30,100,1e3,1e4,1e5,1e6}, noncentrality in
{0.5, -5, 37, -40, 50, -100, 1e3, -1e4, 1e4} and t = d + z*sqrt(1 + d^2/(2 df))
for z in {-6, 0, 2}, plus a few points picked by hand.
Points whose smaller tail is below 1e-280 are dropped.

Run: /usr/bin/python3 bench/refgen/nct_grid.py > evaluation/testdata/nct_grid.json
(python3-mpmath 1.2.1; about fifteen minutes on one core).
"""
import json
import sys

import mpmath as mp

mp.mp.dps = 50


def log_integrand(s, t, v, d, upper):
    """log of Phi(+-(t e^s - d)) g(e^s) e^s, g the density of chi_v / sqrt(v)."""
    u = mp.exp(s)
    h = mp.mpf(v) / 2
    x = t * u - d
    p = mp.ncdf(-x) if upper else mp.ncdf(x)
    if p <= 0:
        return -mp.inf
    return mp.log(p) + log_const(v) + v * s - h * u * u


_consts = {}


def log_const(v):
    """log(2 h^h / Gamma(h)), h = v/2, at the current precision."""
    key = (v, mp.mp.dps)
    if key not in _consts:
        h = mp.mpf(v) / 2
        _consts[key] = mp.log(2) + h * mp.log(h) - mp.loggamma(h)
    return _consts[key]


def tail(t, v, d, upper):
    """Lower (upper=False) or upper tail of the distribution by quadrature."""
    t, d = mp.mpf(t), mp.mpf(d)
    f = lambda s: log_integrand(s, t, v, d, upper)
    # the integrand is log-concave in s: golden section for its mode
    lo, hi = mp.mpf(-60), mp.mpf(40)
    with mp.workdps(20):
        for _ in range(300):
            m1 = lo + (hi - lo) * mp.mpf("0.381966")
            m2 = lo + (hi - lo) * mp.mpf("0.618034")
            if f(m1) < f(m2):
                lo = m1
            else:
                hi = m2
            if hi - lo < mp.mpf(10) ** -13:
                break
        mode = (lo + hi) / 2
        top = f(mode)
        if top == -mp.inf:
            return mp.mpf(0)

        def edge(sign):
            step = mp.mpf(10) ** -7
            x = mode
            while True:
                y = x + sign * step
                if f(y) < top - 130 or abs(y) > 200:
                    break
                x = y
                step *= 2
            # the cut lies between x (inside) and y: bisect, so the panels
            # are not spread over the overshoot of the doubling
            for _ in range(40):
                m = (x + y) / 2
                if f(m) < top - 130:
                    y = m
                else:
                    x = m
            return y
        a, b = edge(-1), edge(1)
    def integral(panels):
        pts = [a + (b - a) * k / panels for k in range(panels + 1)]
        # Phi(t u - d) turns from 0 to 1 within 1/|t| of u = d/t: split there too.
        if d / t > 0:
            c = mp.log(d / t)
            w = 1 / abs(d)
            pts += [c + j * w * 2 ** k for k in range(12) for j in (-1, 1)] + [c]
            pts = sorted(p for p in set(pts) if a <= p <= b)
        return mp.quad(lambda s: mp.exp(log_integrand(s, t, v, d, upper)), pts,
                       method="gauss-legendre", maxdegree=10)
    # Two panelings (n and 1.5n panels, n = 64, 128, 256 until they agree)
    # must agree to 15 digits, or the point is dropped (tanh-sinh, mpmath's default,
    # was off by 1e-13 relative on narrow far-tail integrands; Gauss-Legendre
    # with these panels is not).
    for n in (64, 128, 256):
        x, y = integral(n), integral(n * 3 // 2)
        if abs(x - y) <= mp.mpf(10) ** -15 * abs(y) or abs(y) < mp.mpf(10) ** -280:
            return y
    print("dropped: panelings disagree at t=%s df=%s d=%s: %s vs %s" % (t, v, d, x, y), file=sys.stderr)
    return None


def nct(t, v, d):
    """(F, 1-F) at 50 digits."""
    t, d = mp.mpf(t), mp.mpf(d)
    if t == 0:
        return mp.ncdf(-d), mp.ncdf(d)
    if t < 0:
        sf, cdf = nct(-t, v, -d)
        return cdf, sf
    lo, up = tail(t, v, d, False), tail(t, v, d, True)
    if lo is None or up is None:
        return None, None
    return lo, up


def check_series(t, v, d):
    """Lenth's series (AS 243) at 50 digits, for t > 0 and moderate d."""
    t, d, v = mp.mpf(t), mp.mpf(d), mp.mpf(v)
    x = t * t / (t * t + v)
    lam = d * d / 2
    s = mp.mpf(0)
    for j in range(0, int(lam + 40 * mp.sqrt(lam) + 60)):
        p = mp.exp(-lam) * lam ** j / mp.factorial(j)
        q = d / mp.sqrt(2) * mp.exp(-lam) * lam ** j / mp.gamma(j + mp.mpf(3) / 2)
        s += p * mp.betainc(j + mp.mpf(1) / 2, v / 2, 0, x, regularized=True)
        s += q * mp.betainc(j + 1, v / 2, 0, x, regularized=True)
    return mp.ncdf(-d) + s / 2


def main():
    for (t, v, d) in [(1.5, 3, 0.7), (12, 10, 10), (0.3, 30, -1.2), (25, 100, 15)]:
        a, _ = nct(t, v, d)
        b = check_series(t, v, d)
        if abs(a - b) > mp.mpf(10) ** -40 * abs(b):
            sys.exit("quadrature and series disagree at %s: %s vs %s" % ((t, v, d), a, b))
    dfs = [1, 2, 5, 10, 30, 100, 1000, 10000, 100000, 1000000]
    ds = [0.5, -5, 37, -40, 50, -100, 1000, -10000, 10000]
    zs = [-6, 0, 2]
    pts = []
    for v in dfs:
        for d in ds:
            s = float(mp.sqrt(1 + mp.mpf(d) ** 2 / (2 * v)))
            for z in zs:
                pts.append((float(d + z * s), v, d))
    pts += [(-3.0, 1, 0), (2.5, 7, 60), (60.0, 500, 45), (45.0, 500, 60)]
    out = []
    for (t, v, d) in pts:
        cdf, sf = nct(t, v, d)
        if cdf is None or min(cdf, sf) < mp.mpf(10) ** -280:
            continue
        out.append({"t": t, "df": v, "ncp": d, "cdf": mp.nstr(cdf, 25), "sf": mp.nstr(sf, 25)})
        print(len(out), t, v, d, mp.nstr(cdf, 8), mp.nstr(sf, 8), file=sys.stderr, flush=True)
    json.dump({"source": "bench/refgen/nct_grid.py: mpmath %s, 50 digits, Gauss-Legendre quadrature over log of the chi denominator, checked against the AS 243 series" % mp.__version__,
               "points": out}, sys.stdout, indent=0)


if __name__ == "__main__":
    main()
