#!/usr/bin/python3
"""Reference values for funnel limits of counts (Poisson) and for the over-dispersion worked example.

Run with Debian's Python (python3-scipy): /usr/bin/python3 generate_funnel.py
Writes funnel_rates.csv and funnel_overdispersion.csv beside this script. Independent of the C# code: the Poisson
quantile uses scipy.stats.poisson (no fuzz is needed: the expected counts are not integers, so F(r) = p never ties);
the over-dispersion example follows Spiegelhalter, Qual Saf Health Care 2005;14:347, step by step with numpy.
"""
import csv, math, os
import numpy as np
from scipy import stats

HERE = os.path.dirname(os.path.abspath(__file__))

def interp(p, e):
    r = stats.poisson.ppf(p, e)
    alpha = (stats.poisson.cdf(r, e) - p) / stats.poisson.pmf(r, e)
    return (r - alpha) / e

rows = []
for i, e in enumerate([0.7, 3.3, 12.5, 48.2, 230.6, 1507.3, 25000.5]):
    row = {"case_id": f"Q{i:03d}", "expected": repr(e)}
    for lv, (lo, hi) in {"95": (0.025, 0.975), "998": (0.001, 0.999)}.items():
        row[f"interp_lower_{lv}"] = repr(float(interp(lo, e)))
        row[f"interp_upper_{lv}"] = repr(float(interp(hi, e)))
        row[f"quantile_lower_{lv}"] = repr(float(stats.poisson.ppf(lo, e) / e))
        row[f"quantile_upper_{lv}"] = repr(float(stats.poisson.ppf(hi, e) / e))
        row[f"normal_lower_{lv}"] = repr(float(1 + stats.norm.ppf(lo) / math.sqrt(e)))
        row[f"normal_upper_{lv}"] = repr(float(1 + stats.norm.ppf(hi) / math.sqrt(e)))
    rows.append(row)
with open(os.path.join(HERE, "funnel_rates.csv"), "w", newline="\n") as f:
    w = csv.DictWriter(f, fieldnames=list(rows[0].keys()), lineterminator="\n")
    w.writeheader()
    w.writerows(rows)

# Worked example: 12 units' clearance counts x of n, target 0.8, share 0.1 (so 1 unit winsorised at each end).
x = np.array([150, 420, 95, 820, 310, 66, 1400, 230, 510, 48, 720, 905])
n = np.array([200, 500, 130, 1000, 370, 90, 1800, 260, 600, 70, 850, 1100])
p0 = 0.8
y = np.arcsin(np.sqrt(x / n)); theta0 = math.asin(math.sqrt(p0)); s = 1 / (2 * np.sqrt(n)); z = (y - theta0) / s
I = len(z); k = int(math.floor(0.1 * I)); zs = np.sort(z); zw = np.clip(z, zs[k], zs[I - 1 - k])
phi = float(np.sum(zw ** 2) / I)
w8 = 1 / s ** 2
tau2 = max(0.0, (I * phi - (I - 1)) / (w8.sum() - (w8 ** 2).sum() / w8.sum()))
crit = float(stats.chi2.ppf(0.95, I - 1))
out = []
for j in range(I):
    sj = s[j]
    row = {"unit": j, "x": int(x[j]), "n": int(n[j]), "z": repr(float(z[j]))}
    for lv, (lo, hi) in {"95": (0.025, 0.975), "998": (0.001, 0.999)}.items():
        for name, spread in (("mult", math.sqrt(phi) * sj), ("add", math.sqrt(sj * sj + tau2))):
            a = theta0 + stats.norm.ppf(lo) * spread; b = theta0 + stats.norm.ppf(hi) * spread
            back = lambda t: 0.0 if t <= 0 else 1.0 if t >= math.pi / 2 else math.sin(t) ** 2
            row[f"{name}_lower_{lv}"] = repr(back(a)); row[f"{name}_upper_{lv}"] = repr(back(b))
    out.append(row)
with open(os.path.join(HERE, "funnel_overdispersion.csv"), "w", newline="\n") as f:
    f.write(f"# target={p0!r} share=0.1 phi={phi!r} tau2={tau2!r} chi2_95={crit!r} I={I}\n")
    wr = csv.DictWriter(f, fieldnames=list(out[0].keys()), lineterminator="\n")
    wr.writeheader(); wr.writerows(out)
print("phi", phi, "tau2", tau2, "I*phi", I * phi, "crit", crit)
