#!/usr/bin/python3
"""Pandas peer of SourceBenchmarks (issue 17): the province x month clearance of the benchmarks' case CSV.

Run with Debian's Python (python3-pandas, no pyarrow):
    /usr/bin/python3 benchmarks/peers/pandas_tally.py "$TMPDIR/psstats-bench/cases-10000000.csv"
The CSV is the one SourceBenchmarks writes (`dotnet run -c Release --project benchmarks/PublicSecurity.Stats.Benchmarks
-- write-sources` prints its path): header province,recordedOn,outcome,outcomeOn,severity,offenceGroup; ISO dates.

Timed end to end (read_csv included) with time.perf_counter(): one warm-up call, then 5 timed calls; the median is
the headline number, the best and all 5 runs are printed too.  The question is the hand-written DuckDB SQL's: the
rows recorded in the Vietnamese statistical year 2023 (15/12/2022-14/12/2023) grouped by province, reporting month
(cut-off day 14: the recorded date shifted back 14 days gives the month before the reporting month) and outcome,
counting the cases recorded and those cleared in the same reporting month.
"""
import platform
import statistics
import sys
import time

import numpy as np
import pandas as pd

REPEATS = 5
CLEARED = ["clearedByArrest", "clearedExceptionally"]


def tally(path):
    df = pd.read_csv(path, dtype={"province": str, "outcome": str, "severity": str, "offenceGroup": str},
                     parse_dates=["recordedOn", "outcomeOn"])
    df = df[(df["recordedOn"] >= "2022-12-15") & (df["recordedOn"] <= "2023-12-14")]
    shift = pd.Timedelta(days=14)
    recorded = df["recordedOn"] - shift
    month = recorded.dt.year * 12 + recorded.dt.month
    outcome_on = df["outcomeOn"] - shift
    outcome_month = outcome_on.dt.year * 12 + outcome_on.dt.month
    cleared = df["outcome"].isin(CLEARED) & (outcome_month == month)
    g = pd.DataFrame({"province": df["province"], "month": month, "outcome": df["outcome"], "cleared": cleared})
    out = g.groupby(["province", "month", "outcome"], sort=False)["cleared"].agg(["size", "sum"])
    out.columns = ["recorded", "cleared"]
    return out


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: pandas_tally.py CASES.csv")
    path = sys.argv[1]
    out = tally(path)  # warm-up
    ts = []
    for _ in range(REPEATS):
        t0 = time.perf_counter()
        out = tally(path)
        ts.append(time.perf_counter() - t0)
    print(f"# Python {platform.python_version()}, numpy {np.__version__}, pandas {pd.__version__}")
    print(f"# {path}: {len(out)} groups, {int(out['recorded'].sum()):,} recorded, {int(out['cleared'].sum()):,} cleared in period")
    print("pandas read_csv + groupby([province, reporting month (cut-off 14), outcome]) -> recorded, cleared in period")
    print(f"median {statistics.median(ts):.3f} s  best {min(ts):.3f} s  runs " + " ".join(f"{t:.3f}" for t in ts))


if __name__ == "__main__":
    main()
