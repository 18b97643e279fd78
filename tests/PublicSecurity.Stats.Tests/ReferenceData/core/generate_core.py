#!/usr/bin/python3
"""Reference values for the numerical core (PublicSecurity.Stats.Estimation, internal classes).

Run with Debian's interpreter from this folder:  /usr/bin/python3 generate_core.py [core] [intervals] [poisson]
Needs python3-mpmath (1.2.1 was used).  Writes core_values.csv, interval_levels.csv and poisson_levels.csv beside
this script (all three by default; about 15 minutes on an idle 2-core machine).
Deterministic: no random inputs.

Every expected value is computed with mpmath at 60 significant digits (mp.dps = 60) and then rounded once to
the nearest double, written with Python repr (shortest round-trip).  Inputs are doubles; mpmath takes their
exact binary values (so a probability "0.025" is the double nearest 0.025, as the C# tests parse it).

How each function is evaluated (all at 60 digits, independent of the C# algorithms):
- lgamma, lbeta, stirlerr: mpmath loggamma (closed forms).
- dbinom, dhyper, dpois: exp of sums of mpmath loggamma (closed forms).
- pbinom / binomial-tail values of ibeta with integer shapes: I_x(a, b) = P(Bin(a + b - 1, x) >= a), summed term by
  term from the mode outwards (ratio recurrence) until terms fall below 1e-70 of the sum.
- ppois / incomplete gamma with integer shape: Q(k + 1, lam) = P(Pois(lam) <= k), summed the same way.
- ibeta with non-integer shapes: mpmath betainc (hypergeometric series); where it does not converge (shapes near
  1e5 and more), mpmath quad of the beta density split around the mode (checked against the summation for integer
  shapes when this script runs: see check_quad()).
- incomplete gamma with non-integer shape: mpmath gammainc(regularized=True).
- quantiles (ibeta_inv, gamma_inv, interval limits): Newton iterations at 60 digits on the log of the tail,
  started from a double-precision guess, run until the step is below 1e-30 relative.
- qbinom / qpois: the smallest r with F(r) >= prob*(1 - 64*2^-52) (R's fuzz), F summed exactly as above.
- qnorm: -sqrt(2)*erfinv(1 - 2p) at 60 digits; below 1e-30, Newton on log ncdf.
"""
import csv
import math
import os

import mpmath as mp

mp.mp.dps = 60
HERE = os.path.dirname(os.path.abspath(__file__))
EPS = 2.0 ** -52


def f(v):
    return repr(float(v))


# ---------------------------------------------------------------- exact building blocks

def lgamma(x):
    return mp.loggamma(mp.mpf(x))


def log_dbinom(k, n, p):
    k, n, p = mp.mpf(k), mp.mpf(n), mp.mpf(p)
    if p == 0:
        return mp.mpf(0) if k == 0 else mp.ninf
    if p == 1:
        return mp.mpf(0) if k == n else mp.ninf
    return (mp.loggamma(n + 1) - mp.loggamma(k + 1) - mp.loggamma(n - k + 1)
            + k * mp.log(p) + (n - k) * mp.log1p(-p))


def binom_tail_sum(n, p, lo, hi):
    """Sum of P(Bin(n, p) = i) for lo <= i <= hi (integers), from the term nearest the mode outwards."""
    if lo > hi:
        return mp.mpf(0)
    p = mp.mpf(p)
    q = 1 - p
    mode = int(mp.floor((n + 1) * p))
    start = min(max(mode, lo), hi)
    t0 = mp.exp(log_dbinom(start, n, p))
    total = t0
    t = t0
    i = start
    while i < hi:  # upwards: P(i+1) = P(i) * (n-i)/(i+1) * p/q
        t = t * (n - i) / (i + 1) * p / q
        i += 1
        total += t
        if t < total * mp.mpf(10) ** -70:
            break
    t = t0
    i = start
    while i > lo:  # downwards: P(i-1) = P(i) * i/(n-i+1) * q/p
        t = t * i / (n - i + 1) * q / p
        i -= 1
        total += t
        if t < total * mp.mpf(10) ** -70:
            break
    return total


def ibeta_int(a, b, x):
    """(I_x(a,b), 1 - I_x(a,b)) for integer a, b >= 1 through the binomial sum."""
    n = int(a) + int(b) - 1
    a = int(a)
    upper = binom_tail_sum(n, x, a, n)       # P(Bin >= a) = I_x(a, b)
    lower = binom_tail_sum(n, x, 0, a - 1)   # P(Bin <= a-1) = 1 - I_x
    return upper, lower


def ibeta_quad(a, b, x):
    a, b, x = mp.mpf(a), mp.mpf(b), mp.mpf(x)
    lb = mp.loggamma(a) + mp.loggamma(b) - mp.loggamma(a + b)
    mode = (a - 1) / (a + b - 2) if a > 1 and b > 1 else None

    def dens(t):
        if t <= 0 or t >= 1:
            return mp.mpf(0)
        return mp.exp((a - 1) * mp.log(t) + (b - 1) * mp.log1p(-t) - lb)

    sd = mp.sqrt(a * b / ((a + b) ** 2 * (a + b + 1)))

    def integral(lo, hi):
        pts = [lo]
        if mode is not None:
            for k in (-8, -4, -2, -1, 0, 1, 2, 4, 8):
                c = mode + k * sd
                if lo < c < hi:
                    pts.append(c)
        pts.append(hi)
        pts = sorted(set(pts))
        return mp.quad(dens, pts)

    if x <= a / (a + b):
        w = integral(mp.mpf(0), x)
        return w, 1 - w if w < mp.mpf('0.5') else integral(x, mp.mpf(1))
    w1 = integral(x, mp.mpf(1))
    return 1 - w1, w1


def ibeta(a, b, x):
    if float(a).is_integer() and float(b).is_integer() and a >= 1 and b >= 1:
        return ibeta_int(a, b, x)
    try:
        # mpmath's hypergeometric evaluation (exact to the working precision when it converges)
        w = mp.betainc(mp.mpf(a), mp.mpf(b), 0, mp.mpf(x), regularized=True)
        w1 = mp.betainc(mp.mpf(a), mp.mpf(b), mp.mpf(x), 1, regularized=True)
        return w, w1
    except mp.libmp.NoConvergence:
        return ibeta_quad(a, b, x)


def beta_logdens(a, b, x):
    a, b, x = mp.mpf(a), mp.mpf(b), mp.mpf(x)
    return (a - 1) * mp.log(x) + (b - 1) * mp.log1p(-x) - (mp.loggamma(a) + mp.loggamma(b) - mp.loggamma(a + b))


def ibeta_inv(p, a, b, guess, upper=False):
    """x with I_x(a,b) = p (upper=False) or 1 - I_x(a,b) = p (upper=True); Newton on the log of the tail at 60 digits."""
    target = mp.log(mp.mpf(p))
    x = mp.mpf(guess)
    for _ in range(200):
        w, w1 = ibeta(a, b, x)
        tail = w1 if upper else w
        d = mp.exp(beta_logdens(a, b, x))
        h = mp.log(tail) - target                  # increasing in x for the lower tail, decreasing for the upper
        slope = (-d / tail) if upper else (d / tail)
        xn = x - h / slope
        if xn <= 0:
            xn = x / 4
        if xn >= 1:
            xn = (x + 1) / 2
        if abs(xn - x) < abs(xn) * mp.mpf(10) ** -30:
            return xn
        x = xn
    raise RuntimeError("no convergence %r" % ((p, a, b, guess, upper),))


def pois_cdf(k, lam):
    """(P(X <= k), P(X > k)) for X ~ Pois(lam), exact sums."""
    lam = mp.mpf(lam)
    if lam == 0:
        return mp.mpf(1), mp.mpf(0)

    def logp(i):
        return -lam + i * mp.log(lam) - mp.loggamma(i + 1)

    mode = int(mp.floor(lam))

    def tail_sum(lo, hi):  # hi may be None = infinity
        if hi is not None and lo > hi:
            return mp.mpf(0)
        start = max(mode, lo) if hi is None else min(max(mode, lo), hi)
        t0 = mp.exp(logp(start))
        total = t0
        t = t0
        i = start
        while hi is None or i < hi:
            t = t * lam / (i + 1)
            i += 1
            total += t
            if t < total * mp.mpf(10) ** -70 and i > lam:
                break
        t = t0
        i = start
        while i > lo:
            t = t * i / lam
            i -= 1
            total += t
            if t < total * mp.mpf(10) ** -70:
                break
        return total
    return tail_sum(0, k), tail_sum(k + 1, None)


def gamma_pq(a, x):
    """(P(a, x), Q(a, x))."""
    if float(a).is_integer() and a >= 1:
        lower, upper = pois_cdf(int(a) - 1, x)  # Q(k+1, x) = P(Pois(x) <= k)
        return upper, lower
    p = mp.gammainc(mp.mpf(a), 0, mp.mpf(x), regularized=True)
    q = mp.gammainc(mp.mpf(a), mp.mpf(x), mp.inf, regularized=True)
    return p, q


def gamma_inv(p, a, guess, upper=False):
    target = mp.log(mp.mpf(p))
    x = mp.mpf(guess)
    a_ = mp.mpf(a)
    for _ in range(200):
        P, Q = gamma_pq(a, x)
        tail = Q if upper else P
        d = mp.exp((a_ - 1) * mp.log(x) - x - mp.loggamma(a_))
        h = mp.log(tail) - target
        slope = (-d / tail) if upper else (d / tail)
        xn = x - h / slope
        if xn <= 0:
            xn = x / 4
        if abs(xn - x) < abs(xn) * mp.mpf(10) ** -30:
            return xn
        x = xn
    raise RuntimeError("no convergence %r" % ((p, a, guess, upper),))


def qnorm(p):
    p = mp.mpf(p)
    if p > mp.mpf('1e-30') and p < 1 - mp.mpf('1e-30'):
        return -mp.sqrt(2) * mp.erfinv(1 - 2 * p)
    # far tails: Newton on log ncdf from the asymptotic guess
    x = -mp.sqrt(-2 * mp.log(p)) if p < 0.5 else mp.sqrt(-2 * mp.log(1 - p))
    for _ in range(100):
        f = mp.log(mp.ncdf(x)) - mp.log(p)
        step = f * mp.ncdf(x) / mp.npdf(x)
        x -= step
        if abs(step) < abs(x) * mp.mpf(10) ** -40:
            return x
    raise RuntimeError("qnorm %r" % p)


def smallest(cdf, target, lo, hi):
    """Smallest r in [lo, hi] with cdf(r) >= target (cdf non-decreasing), by bisection."""
    if cdf(lo) >= target:
        return lo
    while hi - lo > 1:
        mid = (lo + hi) // 2
        if cdf(mid) >= target:
            hi = mid
        else:
            lo = mid
    return hi


# ---------------------------------------------------------------- double-precision guesses (scipy-free)

def guess_beta(p, a, b, upper):
    """A double-precision starting value: the small-x (or small-(1-x)) leading term in the tails, else normal."""
    from statistics import NormalDist
    lb = float(mp.loggamma(a) + mp.loggamma(b) - mp.loggamma(a + b))
    if not upper and p < 0.01:
        g = math.exp((math.log(p) + math.log(a) + lb) / a)
        if 0 < g < 1:
            return g
    if upper and p < 0.01:
        g = -math.expm1((math.log(p) + math.log(b) + lb) / b)
        if 0 < g < 1:
            return g
    pp = min(max(1 - p if upper else p, 1e-300), 1 - 1e-16)
    mean = a / (a + b)
    sd = math.sqrt(a * b / ((a + b) ** 2 * (a + b + 1)))
    g = mean + NormalDist().inv_cdf(pp) * sd
    if not (0 < g < 1):
        g = mean
    return g


# ---------------------------------------------------------------- cases

def core_rows():
    rows = []

    def add(fn, args, value, rel, note):
        a = list(args) + [""] * (4 - len(args))
        rows.append([f"C{len(rows):03d}", fn] + [x if isinstance(x, str) else (str(x) if isinstance(x, int) else f(x)) for x in a]
                    + [value if isinstance(value, str) else f(value), f(rel), note])

    # special functions
    for x in [1e-300, 1e-10, 0.5, 1.0, 1.5, 2.0, 2.5, 3.7, 14.9, 15.0, 15.5, 33.3, 100.0, 1e5 + 0.25, 1e9, 1e15]:
        # below 15 the C# log-gamma is accurate to ~2e-15 in absolute terms (it feeds exponents), so relative 1e-13
        add("lgamma", [x], lgamma(x), 1e-13 if x < 15 else 1e-14, "")
    for x in [0.3, 0.5, 1.0, 2.0, 7.25, 14.5, 15.0, 16.0, 35.5, 81.0, 501.0, 1e6, 1e9]:
        v = mp.loggamma(mp.mpf(x) + 1) - (mp.mpf(x) + mp.mpf(0.5)) * mp.log(mp.mpf(x)) + mp.mpf(x) - mp.log(mp.sqrt(2 * mp.pi))
        # off the half-integers below 15 the C# value is accurate to ~3e-15 absolute (relative 5e-13 at 0.0115)
        add("stirlerr", [x], v, 1e-13 if (2 * x).is_integer() or x > 15 else 5e-13, "")
    for a, b in [(0.5, 0.5), (1.0, 1.0), (0.5, 1e7 + 0.5), (3.0, 4.0), (20.0, 30.0), (1e6, 1e6), (1.5, 1e9), (1e9, 2e9)]:
        v = mp.loggamma(mp.mpf(a)) + mp.loggamma(mp.mpf(b)) - mp.loggamma(mp.mpf(a) + mp.mpf(b))
        add("lbeta", [a, b], v, 1e-14, "")

    # incomplete beta: (a, b, x), both tails
    cases = [
        (1.0, 1.0, 0.3, "uniform"), (0.5, 0.5, 0.001, "a b below 1"), (0.5, 0.5, 0.999, "a b below 1"),
        (0.5, 100.5, 1e-8, "Jeffreys x=0 n=100 tail"), (0.5, 10000000.5, 2.5e-12, "Jeffreys x=0 n=1e7"),
        (0.2, 3.0, 0.05, "a below 1"), (3.0, 0.3, 0.95, "b below 1"),
        (2.0, 99.0, 0.01, "x=1 n=100"), (1.0, 100.0, 1e-4, "closed form 1-(1-x)^100"),
        (10.0, 20.0, 0.3, "moderate"), (10.0, 20.0, 0.9, "far upper tail"), (10.0, 20.0, 0.01, "far lower tail"),
        (100.0, 200.0, 0.2, "far lower tail 1e-5"), (50.0, 60.0, 0.05, "tiny tail"),
        (1000.0, 1000.0, 0.5, "centre"), (4322.0, 5679.0, 0.44, "n=1e4"),
        (2718282.0, 7281719.0, 0.2719, "n=1e7 near mean"), (5000001.0, 5000000.0, 0.4995, "n=1e7"),
        (1.0, 10000000.0, 5e-7, "x=0 n=1e7 closed form"),
        (500000001.0, 500000000.0, 0.49999, "n=1e9 near mean"), (300000000.0, 700000001.0, 0.30001, "n=1e9"),
        (2.0, 999999999.0, 3e-9, "x=1 n=1e9"), (999999999.0, 2.0, 0.999999997, "x=n-1 n=1e9"),
        (100000.5, 200000.5, 0.333, "half-integer n=3e5"), (0.5, 1000000000.5, 1e-12, "Jeffreys x=0 n=1e9"),
    ]
    for a, b, x, note in cases:
        w, w1 = ibeta(a, b, x)
        rel = 1e-12 if max(a, b) >= 1e8 else 1e-13
        add("ibeta", [a, b, x], w, rel, note)
        add("ibetac", [a, b, x], w1, rel, note)

    # inverses: lower-tail p and upper-tail q
    inv = [
        (0.025, 1.0, 100.0, "CP lower x=1 n=100"), (0.025, 2.0, 99.0, "CP upper x=1 n=100 (upper tail)"),
        (0.005, 0.5, 100.5, "Jeffreys lower x=0"), (1e-10, 3.0, 7.0, "tiny tail"), (1e-300, 2.0, 5.0, "1e-300 tail"),
        (0.5, 0.5, 0.5, "arcsine median"), (0.1, 0.2, 0.3, "a b below 1"), (0.025, 1.0, 10000000.0, "CP lower x=1 n=1e7"),
        (0.0005, 2718281.0, 7281720.0, "n=1e7 level 0.999"), (0.1, 500000000.0, 500000001.0, "n=1e9 level 0.8"),
        (0.025, 1.0, 1000000000.0, "CP x=1 n=1e9"), (0.025, 0.5, 1000000000.5, "Jeffreys x=0 n=1e9"),
        (0.975, 10.0, 20.0, "p near 1"), (0.4, 4322.0, 5679.0, "n=1e4"),
    ]
    for p, a, b, note in inv:
        rel = 1e-13
        x = ibeta_inv(p, a, b, guess_beta(p, a, b, False))
        add("ibeta_inv", [p, a, b], x, rel, note)
        if p >= 1e-100:  # an upper tail of 1e-300 puts x within 1e-60 of 1: not a double
            x = ibeta_inv(p, a, b, guess_beta(p, a, b, True), upper=True)
            add("ibetac_inv", [p, a, b], x, rel, note)

    # binomial
    for k, n, p in [(0, 10, 0.3), (3, 10, 0.3), (10, 10, 0.3), (0, 1000000, 1e-6), (1, 10000000, 1e-7),
                    (5000000, 10000000, 0.5), (499990000, 1000000000, 0.5), (30, 1000000000, 3e-8),
                    (999999999, 1000000000, 0.999999999), (17, 40, 0.425), (2, 50, 0.9)]:
        add("dbinom", [k, n, p], mp.exp(log_dbinom(k, n, p)), 1e-13, "")
    for k, n, p in [(3, 10, 0.3), (0, 100, 0.01), (99, 100, 0.99), (10, 1000, 0.05), (2718281, 10000000, 0.2718),
                    (499990000, 1000000000, 0.5), (30, 1000000000, 2e-8), (0, 1000000000, 1e-9), (5, 50, 0.5)]:
        lower, upper = ibeta_int(k + 1, n - k, p)  # I_p(k+1, n-k) = P(X > k)
        rel = 1e-12 if n >= 1e8 else 1e-13
        add("pbinom", [k, n, p], upper, rel, "P(X<=k)")
        add("pbinom_upper", [k, n, p], lower, rel, "P(X>k)")
    for prob, n, p in [(0.025, 10, 0.3), (0.975, 10, 0.3), (0.001, 200, 0.05), (0.999, 1000, 0.62),
                       (0.5, 1000000, 0.001), (0.975, 10000000, 0.25), (0.3, 1, 0.5)]:
        target = mp.mpf(prob) * (1 - 64 * mp.mpf(EPS))
        r = smallest(lambda r: ibeta_int(r + 1, n - r, p)[1] if r < n else mp.mpf(1), target, 0, n)
        add("qbinom", [prob, n, p], str(r), 0.0, "exact")

    # hypergeometric: k, successes, failures, draws
    for k, r, b, d in [(56, 104, 46, 70), (5, 10, 10, 10), (0, 5, 5, 5), (700000, 1398500, 601500, 1000000),
                       (1, 1, 999999, 1000), (12, 30, 20, 25)]:
        v = (mp.loggamma(r + 1) - mp.loggamma(k + 1) - mp.loggamma(r - k + 1)
             + mp.loggamma(b + 1) - mp.loggamma(d - k + 1) - mp.loggamma(b - d + k + 1)
             - (mp.loggamma(r + b + 1) - mp.loggamma(d + 1) - mp.loggamma(r + b - d + 1)))
        add("dhyper", [k, r, b, d], mp.exp(v), 1e-13, "")

    # Poisson
    for k, lam in [(0, 2.5), (3, 2.5), (100, 100.0), (1000000, 1000000.0), (0, 1e-10), (50, 1.0), (1000000000, 999950000.0)]:
        lam_ = mp.mpf(lam)
        add("dpois", [k, lam], mp.exp(-lam_ + k * mp.log(lam_) - mp.loggamma(k + 1)), 1e-13, "")
    for k, lam in [(0, 2.5), (3, 2.5), (10, 30.0), (120, 100.0), (999000, 1000000.0), (5, 1e-3), (4900, 5000.0),
                   (1000100000, 1000000000.0)]:
        lower, upper = pois_cdf(k, lam)
        rel = 1e-12 if lam >= 1e8 else 1e-13
        add("ppois", [k, lam], lower, rel, "P(X<=k)")
        add("ppois_upper", [k, lam], upper, rel, "P(X>k)")
    for prob, lam in [(0.025, 3.0), (0.975, 3.0), (0.999, 100.0), (0.001, 5000.0), (0.5, 1e6)]:
        target = mp.mpf(prob) * (1 - 64 * mp.mpf(EPS))
        hi = int(lam + 50 * math.sqrt(lam) + 50)
        r = smallest(lambda r: pois_cdf(r, lam)[0], target, 0, hi)
        add("qpois", [prob, lam], str(r), 0.0, "exact")

    # incomplete gamma and its inverses (shape a, point x)
    for a, x in [(0.5, 0.01), (0.5, 700.0), (2.5, 1.0), (1.0, 30.0), (10.0, 3.0), (1000.0, 950.0), (5000.0, 5300.0),
                 (1e7, 9990000.0)]:
        P, Q = gamma_pq(a, x)
        add("pgamma", [x, a], P, 1e-13, "")
        add("pgamma_upper", [x, a], Q, 1e-13, "")
    for p, a in [(0.025, 1.0), (0.025, 0.5), (1e-10, 3.0), (0.0005, 2500.0), (0.1, 12345.0), (0.025, 1e7),
                 (0.025, 2147483647.0), (0.4, 0.1)]:
        from statistics import NormalDist
        for upper in (False, True):
            pp = 1 - p if upper else p
            g = max(a + NormalDist().inv_cdf(min(max(pp, 1e-300), 1 - 1e-16)) * math.sqrt(a), a / 10)
            x = gamma_inv(p, a, g, upper)
            add("qgamma_upper" if upper else "qgamma", [p, a], x, 1e-13, "")

    # normal quantile
    for p in [0.5, 0.975, 0.95, 0.995, 0.9995, 0.025, 0.1, 1e-10, 1e-300, 0.8]:
        add("qnorm", [p], qnorm(p), 1e-14, "")
    return rows


# ---------------------------------------------------------------- intervals at other levels (held-out style)

def interval_rows():
    levels = ["0.5", "0.8", "0.9", "0.95", "0.99", "0.999", "0.9999"]
    pairs = [(0, 1), (1, 1), (0, 7), (3, 7), (7, 7), (1, 30), (29, 30), (15, 30), (62, 100), (0, 1000), (1, 1000),
             (999, 1000), (1000, 1000), (3178, 3954), (90, 100), (87440, 100000), (1, 1000000)]
    rows = []
    for i, (x, n) in enumerate(pairs):
        for lv in levels:
            conf = mp.mpf(float(lv))
            alpha = 1 - conf
            z = qnorm(1 - alpha / 2)
            X, N = mp.mpf(x), mp.mpf(n)
            ph = X / N
            # Wilson (R prop.test correct=FALSE)
            z22n = z ** 2 / (2 * N)
            rad = lambda pc: z * mp.sqrt(pc * (1 - pc) / N + z22n / (2 * N))
            wl = mp.mpf(0) if x == 0 else (ph + z22n - rad(ph)) / (1 + 2 * z22n)
            wu = mp.mpf(1) if x == n else (ph + z22n + rad(ph)) / (1 + 2 * z22n)
            # Wilson with continuity correction (Newcombe method 4, clipped)
            pcl = ph - 1 / (2 * N)
            pcu = ph + 1 / (2 * N)
            cl = mp.mpf(0) if pcl <= 0 else (pcl + z22n - rad(pcl)) / (1 + 2 * z22n)
            cu = mp.mpf(1) if pcu >= 1 else (pcu + z22n + rad(pcu)) / (1 + 2 * z22n)
            cl, cu = max(cl, mp.mpf(0)), min(cu, mp.mpf(1))
            # Clopper-Pearson
            a2 = float(alpha / 2)
            cpl = mp.mpf(0) if x == 0 else ibeta_inv(alpha / 2, x, n - x + 1, guess_beta(a2, x, n - x + 1, False))
            cpu = mp.mpf(1) if x == n else ibeta_inv(alpha / 2, x + 1, n - x, guess_beta(a2, x + 1, n - x, True), upper=True)
            # Jeffreys (statsmodels: no boundary rule)
            jl = ibeta_inv(alpha / 2, x + 0.5, n - x + 0.5, guess_beta(a2, x + 0.5, n - x + 0.5, False))
            ju = ibeta_inv(alpha / 2, x + 0.5, n - x + 0.5, guess_beta(a2, x + 0.5, n - x + 0.5, True), upper=True)
            # Agresti-Coull (clipped)
            nt = N + z ** 2
            pt = (X + z ** 2 / 2) / nt
            sd = mp.sqrt(pt * (1 - pt) / nt)
            al, au = max(pt - z * sd, mp.mpf(0)), min(pt + z * sd, mp.mpf(1))
            # Wald (clipped)
            sw = mp.sqrt(ph * (1 - ph) / N)
            dl, du = max(ph - z * sw, mp.mpf(0)), min(ph + z * sw, mp.mpf(1))
            rows.append(["L%03d_%s" % (i, lv[2:]), x, n, f(float(lv))] + [f(v) for v in
                         (wl, wu, cl, cu, cpl, cpu, jl, ju, al, au, dl, du)])
    return rows


def poisson_level_rows():
    levels = ["0.5", "0.8", "0.9", "0.95", "0.99", "0.999", "0.9999"]
    ks = [0, 1, 2, 4, 9, 31, 250, 4999, 77777, 3000000]
    rows = []
    from statistics import NormalDist
    for i, k in enumerate(ks):
        for lv in levels:
            conf = mp.mpf(float(lv))
            alpha = 1 - conf
            g = lambda pp, a: max(a + NormalDist().inv_cdf(pp) * math.sqrt(a), a / 10)
            lo = mp.mpf(0) if k == 0 else gamma_inv(alpha / 2, k, g(float(alpha / 2), k))
            up = gamma_inv(alpha / 2, k + 1, g(1 - float(alpha / 2), k + 1), upper=True)
            rows.append(["G%03d_%s" % (i, lv[2:]), k, f(float(lv)), f(lo), f(up)])
    return rows


def check_quad():
    """The quadrature path agrees with the exact binomial sum on integer shapes."""
    for a, b, x in [(10, 20, 0.3), (3, 4, 0.9), (400, 500, 0.42)]:
        s = ibeta_int(a, b, x)
        q = ibeta_quad(a, b, x)
        for u, v in zip(s, q):
            assert abs(u - v) <= abs(u) * mp.mpf(10) ** -30, (a, b, x, u, v)


def main():
    import sys
    parts = sys.argv[1:] or ["core", "intervals", "poisson"]
    check_quad()
    if "core" in parts:
        write_core()
    if "intervals" in parts:
        write_intervals()
    if "poisson" in parts:
        write_poisson()


def write_core():
    with open(os.path.join(HERE, "core_values.csv"), "w", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["case_id", "function", "a1", "a2", "a3", "a4", "expected", "rel_tol", "note"])
        w.writerows(core_rows())


def write_intervals():
    with open(os.path.join(HERE, "interval_levels.csv"), "w", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["case_id", "x", "n", "conf_level", "wilson_lower", "wilson_upper", "wilson_cc_lower",
                    "wilson_cc_upper", "clopper_pearson_lower", "clopper_pearson_upper", "jeffreys_lower",
                    "jeffreys_upper", "agresti_coull_lower", "agresti_coull_upper", "wald_lower", "wald_upper"])
        w.writerows(interval_rows())


def write_poisson():
    with open(os.path.join(HERE, "poisson_levels.csv"), "w", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["case_id", "k", "conf_level", "lower", "upper"])
        w.writerows(poisson_level_rows())


if __name__ == "__main__":
    main()
