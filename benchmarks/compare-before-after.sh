#!/usr/bin/env bash
# compare-before-after.sh: compare the hot-path benchmarks of two git revisions, measured alternately in one sitting.
#
# Why: this machine is shared, so times from different sittings can't be compared. Interleaving the two revisions
# (before, after; then after, before; ...) spreads load drift evenly over both sides. A refactoring then shows that
# no hot path's median got more than 5% slower.
#
# Usage: benchmarks/compare-before-after.sh BEFORE_REV [AFTER_REV] [ROUNDS]
#   AFTER_REV defaults to HEAD of this working tree (uncommitted changes are NOT measured); ROUNDS defaults to 2.
# Environment (all optional):
#   BENCH_JOB_ARGS   BenchmarkDotNet job arguments (default "--warmupCount 3 --iterationCount 9 --launchCount 1";
#                    "--job dry" for a smoke test of the script)
#   BENCH_WORK       folder for the clones, which are reused if they exist (default ${TMPDIR:-/tmp}/psstats-bench)
#   BENCH_OUT        this run's results folder (default $BENCH_WORK/run-<UTC time>)
#   BENCH_THRESHOLD  slowdown ratio to flag (default 1.05)
#
# It clones each revision into $BENCH_WORK/src-<sha> (with git clone --no-local, so this working tree is never
# touched). It builds each clone once in Release, one after the other, then runs ROUNDS rounds of BenchmarkDotNet.
# It writes a Markdown table of the medians to stdout and to $BENCH_OUT/comparison.md.
# Benchmarks are chosen only by class and method names, never by the library's namespaces.
set -euo pipefail
shopt -s inherit_errexit

usage() {
  sed -n '8,16p' "$0" | sed 's/^# \{0,1\}//' >&2
  exit 64
}

[[ $# -ge 1 && $# -le 3 ]] || usage
[[ "$1" != -* ]] || usage

script_start=$(date +%s)
repo=$(git -C "$(dirname "$0")/.." rev-parse --show-toplevel)
project=benchmarks/PublicSecurity.Stats.Benchmarks

rounds=${3:-2}
[[ "$rounds" =~ ^[1-9][0-9]*$ ]] || { echo "ROUNDS must be a positive integer, not '$rounds'" >&2; exit 64; }

resolve() {
  git -C "$repo" rev-parse --verify --quiet "$1^{commit}" || { echo "unknown revision: $1" >&2; exit 64; }
}
before_sha=$(resolve "$1")
after_sha=$(resolve "${2:-HEAD}")
if [[ $# -lt 2 ]] && [[ -n "$(git -C "$repo" status --porcelain --untracked-files=no)" ]]; then
  echo "warning: $repo has uncommitted changes; they are NOT measured (AFTER is HEAD, ${after_sha:0:12})" >&2
fi

# The hot paths: every Tally_ and RankBenchmarks.Rank_ method, the Wilson span batch and the library's JSON Lines read
# of CriminalCase (JsonLines.Read<CriminalCase>). JsonColdStartBenchmarks is left out because it has its own 15-launch
# job.
filters=(
  '*.TallyBenchmarks.Tally_*'
  '*.RankBenchmarks.Rank_*'
  '*.WilsonBenchmarks.Wilson_Batch_1M'
  '*.JsonBenchmarks.Json_SourceGenerated_100k'
)
read -r -a job_args <<< "${BENCH_JOB_ARGS:---warmupCount 3 --iterationCount 9 --launchCount 1}"
threshold=${BENCH_THRESHOLD:-1.05}
work=${BENCH_WORK:-${TMPDIR:-/tmp}/psstats-bench}
out=${BENCH_OUT:-$work/run-$(date -u +%Y%m%dT%H%M%SZ)}
mkdir -p "$work" "$out"
out=$(cd "$out" && pwd)
exec > >(tee -a "$out/console.log") 2>&1

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

stamp() { date -u +%H:%M:%S; }
load() { uptime | sed 's/^ *//'; }

echo "# compare-before-after: $(date -u '+%Y-%m-%d %H:%M:%S UTC') on $(hostname), $(nproc) CPUs"
echo "before: $(git -C "$repo" log -1 --format='%h %s' "$before_sha")"
echo "after:  $(git -C "$repo" log -1 --format='%h %s' "$after_sha")"
echo "rounds: $rounds; job: ${job_args[*]}; results: $out"
echo "filters: ${filters[*]}"

# clone_for SHA: prints the path of a clone checked out at SHA (made or reused).
clone_for() {
  local sha=$1 dir=$work/src-${1:0:12}
  if [[ -d "$dir/.git" ]]; then
    if [[ "$(git -C "$dir" rev-parse HEAD)" != "$sha" ]]; then
      git -C "$dir" cat-file -e "$sha^{commit}" 2>/dev/null || git -C "$dir" fetch -q origin >&2
      git -C "$dir" checkout -q --detach "$sha" >&2
      rm -f "$dir/.bench-built"
    fi
  else
    rm -rf "$dir"
    git clone -q --no-local "$repo" "$dir" >&2
    git -C "$dir" checkout -q --detach "$sha" >&2
  fi
  echo "$dir"
}

# build SHA DIR: Release build of the benchmark project, skipped if this clone was already built at SHA.
build() {
  local sha=$1 dir=$2 log=$out/build-${1:0:12}.log t0
  if [[ "$(cat "$dir/.bench-built" 2>/dev/null)" == "$sha" && -d "$dir/$project/bin/Release" ]]; then
    echo "[$(stamp)] build ${sha:0:12}: reusing $dir"
    return
  fi
  t0=$(date +%s)
  echo "[$(stamp)] build ${sha:0:12} in $dir ..."
  if ! (cd "$dir" && dotnet build -c Release "$project") > "$log" 2>&1; then
    tail -n 30 "$log"
    echo "build of ${sha:0:12} failed; full log: $log" >&2
    exit 1
  fi
  echo "$sha" > "$dir/.bench-built"
  echo "[$(stamp)] build ${sha:0:12}: done in $(($(date +%s) - t0)) s"
}

bench() { # bench DIR ARGS...: the built benchmark program of clone DIR
  local dir=$1
  shift
  (cd "$dir" && dotnet run -c Release --no-build --project "$project" -- "$@")
}

echo
echo "[$(stamp)] uptime before builds: $(load)"
before_dir=$(clone_for "$before_sha")
after_dir=$before_dir
[[ "$after_sha" == "$before_sha" ]] || after_dir=$(clone_for "$after_sha")
build "$before_sha" "$before_dir"                     # one build at a time: never in parallel
[[ "$after_dir" == "$before_dir" ]] || build "$after_sha" "$after_dir"

# Check the selection: the same, non-empty set of benchmarks on both sides, covering every family, no cold-start class.
list_selected() { # list_selected DIR FILE
  bench "$1" --list flat --filter "${filters[@]}" > "$2.raw" 2>&1 || { cat "$2.raw" >&2; echo "--list failed" >&2; exit 1; }
  { grep -E '^[A-Za-z_][A-Za-z0-9_.]*$' "$2.raw" || true; } | sort > "$2"
}
list_selected "$before_dir" "$out/list-before.txt"
list_selected "$after_dir" "$out/list-after.txt"
echo "[$(stamp)] selected benchmarks (before): $(wc -l < "$out/list-before.txt")"
sed 's/^/  /' "$out/list-before.txt"
for family in '\.TallyBenchmarks\.Tally_' '\.RankBenchmarks\.Rank_' '\.WilsonBenchmarks\.Wilson_Batch_1M$' \
              '\.JsonBenchmarks\.Json_SourceGenerated_100k$'; do
  grep -q "$family" "$out/list-before.txt" || { echo "no benchmark matches $family in BEFORE" >&2; exit 1; }
done
! grep -q 'ColdStart' "$out/list-before.txt" "$out/list-after.txt" || { echo "cold-start class selected" >&2; exit 1; }
if ! diff -u "$out/list-before.txt" "$out/list-after.txt" > "$out/list-diff.txt"; then
  echo "warning: BEFORE and AFTER select different benchmarks (missing ones show as '-' in the table):" >&2
  cat "$out/list-diff.txt" >&2
fi

# Alternate the revisions: odd rounds before, after; even rounds after, before.
runs_start=$(date +%s)
echo
load_before=$(load)
echo "[$(stamp)] uptime before runs: $load_before"
for ((r = 1; r <= rounds; r++)); do
  if ((r % 2)); then order=(before after); else order=(after before); fi
  for side in "${order[@]}"; do
    if [[ $side == before ]]; then dir=$before_dir; else dir=$after_dir; fi
    art=$out/$side-r$r
    t0=$(date +%s)
    echo "[$(stamp)] round $r/$rounds, $side: start; $(load)"
    if ! bench "$dir" --filter "${filters[@]}" "${job_args[@]}" --exporters json --artifacts "$art" \
         > "$art.log" 2>&1; then
      tail -n 30 "$art.log"
      echo "benchmark run failed; full log: $art.log" >&2
      exit 1
    fi
    echo "[$(stamp)] round $r/$rounds, $side: done in $(($(date +%s) - t0)) s"
  done
done
runs_end=$(date +%s)
load_after=$(load)
echo "[$(stamp)] uptime after runs: $load_after"
echo

# Parse every run's JSON report (BenchmarkDotNet's "json" exporter writes *-report-full-compressed.json) into a table.
python3 - "$out" "$rounds" "$threshold" "$before_sha" "$after_sha" "${job_args[*]}" \
  "$(git -C "$repo" log -1 --format='%h %s' "$before_sha")" "$(git -C "$repo" log -1 --format='%h %s' "$after_sha")" <<'PY'
import glob, json, os, statistics, sys

out, rounds, threshold = sys.argv[1], int(sys.argv[2]), float(sys.argv[3])
before_sha, after_sha, job, before_title, after_title = sys.argv[4:9]

def read_run(folder):
    """name -> (median ns, allocated bytes per operation) from one run's JSON reports."""
    files = sorted(glob.glob(os.path.join(folder, "results", "*-report-full*.json"))) \
        or sorted(glob.glob(os.path.join(folder, "results", "*-report*.json")))
    result = {}
    for path in files:
        with open(path, encoding="utf-8") as f:
            report = json.load(f)
        for b in report.get("Benchmarks", []):
            name = f"{b['Type']}.{b['Method']}" + (f"({b['Parameters']})" if b.get("Parameters") else "")
            stats, memory = b.get("Statistics") or {}, b.get("Memory") or {}
            if stats.get("Median") is None:
                continue                     # failed benchmark: no statistics
            result[name] = (stats["Median"], memory.get("BytesAllocatedPerOperation"))
    return result

runs = {side: [read_run(os.path.join(out, f"{side}-r{r}")) for r in range(1, rounds + 1)]
        for side in ("before", "after")}
names = sorted({n for side in runs.values() for run in side for n in run})

def fmt_time(ns):
    if ns is None:
        return "-"
    for unit, scale in (("s", 1e9), ("ms", 1e6), ("µs", 1e3)):
        if ns >= scale:
            return f"{ns / scale:.4g} {unit}"
    return f"{ns:.4g} ns"

def fmt_bytes(b):
    if b is None:
        return "-"
    for unit, scale in (("MB", 1 << 20), ("KB", 1 << 10)):
        if b >= scale:
            return f"{b / scale:.4g} {unit}"
    return f"{b:g} B"

def med(values):
    values = [v for v in values if v is not None]
    return statistics.median(values) if values else None

rows, flagged, missing = [], [], []
for name in names:
    per = {s: [run.get(name, (None, None)) for run in runs[s]] for s in runs}
    t = {s: [m for m, _ in per[s]] for s in per}
    mb, ma = med(t["before"]), med(t["after"])
    ab, aa = med([a for _, a in per["before"]]), med([a for _, a in per["after"]])
    ratio = ma / mb if mb and ma else None
    flags = []
    if ratio is None:
        flags.append("MISSING")
        missing.append(name)
    elif ratio > threshold:
        flags.append(f"**SLOWER > {threshold:g}×**")
        flagged.append(name)
    if ab is not None and aa is not None and aa > ab * 1.05 and aa - ab > 16384:
        flags.append("allocates more")       # > 5% and > 16 KB: pooled scratch space varies by a few hundred bytes
    rows.append("| " + " | ".join([
        f"`{name}`",
        " / ".join(fmt_time(v) for v in t["before"]),
        " / ".join(fmt_time(v) for v in t["after"]),
        fmt_time(mb), fmt_time(ma),
        "-" if ratio is None else f"{ratio:.3f}",
        f"{fmt_bytes(ab)} / {fmt_bytes(aa)}",
        ", ".join(flags),
    ]) + " |")

order = ", ".join("before→after" if r % 2 else "after→before" for r in range(1, rounds + 1))
lines = [
    f"Before: `{before_title}` ({before_sha[:12]}); after: `{after_title}` ({after_sha[:12]}).",
    f"BenchmarkDotNet job: `{job}`; {rounds} round(s), alternating: {order}. Times are each run's median; "
    f"the ratio is the median of the after medians over the median of the before medians; allocated is per operation "
    f"(median over rounds).",
    "",
    "| benchmark | before: median per round | after: median per round | before: median of medians "
    "| after: median of medians | after/before | allocated before / after | flag |",
    "| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |",
    *rows,
    "",
]
if flagged:
    lines.append(f"**{len(flagged)} of {len(names)} benchmarks are more than {(threshold - 1) * 100:g}% slower:** "
                 + ", ".join(f"`{n}`" for n in flagged) + ".")
else:
    lines.append(f"No benchmark is more than {(threshold - 1) * 100:g}% slower on the median "
                 f"({len(names) - len(missing)} compared).")
if "dry" in job.lower():
    lines.append("Dry job: one cold invocation per benchmark, so the times and ratios only show that the script works.")
if missing:
    lines.append("Missing on at least one side (failed or not selected): " + ", ".join(f"`{n}`" for n in missing) + ".")
text = "\n".join(lines) + "\n"
with open(os.path.join(out, "comparison.md"), "w", encoding="utf-8") as f:
    f.write(text)
print(text, end="")
PY

{
  echo
  echo "Sitting: runs $(date -u -d "@$runs_start" +%H:%M:%S)–$(date -u -d "@$runs_end" +%H:%M:%S) UTC" \
       "($((runs_end - runs_start)) s); total wall time including clones and builds: $(($(date +%s) - script_start)) s."
  echo "uptime before runs: $load_before"
  echo "uptime after runs:  $load_after"
} | tee -a "$out/comparison.md"
echo "Report: $out/comparison.md; logs: $out/*.log"
