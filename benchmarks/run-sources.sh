#!/usr/bin/env bash
# The data-source measurements of issue 17 in one sitting (benchmarks/README.md, "Data sources (issue 17)"):
#   uptime; the pandas peer; BenchmarkDotNet SourceBenchmarks --job short at PSSTATS_BENCH_ROWS rows (10,000,000 unless
#   set); the PeakMemory duckdb mode (sizes PSSTATS_PEAK_SIZES, "1000000 10000000" unless set); the pandas peer again;
#   uptime. Everything is saved under artifacts/bench-sources/ (one file per step, plus the BenchmarkDotNet reports).
# On a machine shared with other builds, wrap the whole script in the build lock:
#   flock /tmp/psstats-build.lock benchmarks/run-sources.sh
# Expect 20-40 minutes at 10,000,000 rows on 2 cores (each benchmark's set-up writes the Parquet file and loads the
# DuckDB table again, in its own process; the CSV is written once and reused).
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
export PSSTATS_BENCH_ROWS="${PSSTATS_BENCH_ROWS:-10000000}"
peak_sizes="${PSSTATS_PEAK_SIZES:-1000000 10000000}"
out=artifacts/bench-sources
rm -rf "$out"
mkdir -p "$out"
log() { echo "[$(date -u +%H:%M:%S)] $*" | tee -a "$out/sitting.txt"; }

log "rows: $PSSTATS_BENCH_ROWS; peak-memory sizes: $peak_sizes"
log "uptime before: $(uptime)"
{ uname -a; nproc; free -m; dotnet --version; /usr/bin/python3 --version; git rev-parse HEAD; } >> "$out/sitting.txt" 2>&1

log "build (Release)"
dotnet build benchmarks/PublicSecurity.Stats.Benchmarks -c Release > "$out/build.log" 2>&1 || { tail -30 "$out/build.log"; exit 1; }
dotnet build benchmarks/PeakMemory -c Release >> "$out/build.log" 2>&1 || { tail -30 "$out/build.log"; exit 1; }

log "the CSV (written once, reused by the benchmarks' set-ups and the peer)"
csv=$(dotnet run -c Release --no-build --project benchmarks/PublicSecurity.Stats.Benchmarks -- write-sources | tail -1)
ls -l "$csv" | tee -a "$out/sitting.txt"

log "pandas peer (before)"
/usr/bin/python3 benchmarks/peers/pandas_tally.py "$csv" | tee "$out/pandas-before.txt"

log "BenchmarkDotNet SourceBenchmarks --job short"
dotnet run -c Release --no-build --project benchmarks/PublicSecurity.Stats.Benchmarks -- \
  --filter '*SourceBenchmarks*' --job short --artifacts "$out/BenchmarkDotNet.Artifacts" > "$out/benchmarks.log" 2>&1 \
  || { tail -50 "$out/benchmarks.log"; exit 1; }
sed -n '/^| Method/,/^$/p' "$out/benchmarks.log" | tee "$out/benchmarks-table.md"

log "PeakMemory duckdb $peak_sizes"
# shellcheck disable=SC2086 # the sizes are separate arguments
dotnet run -c Release --no-build --project benchmarks/PeakMemory -- duckdb $peak_sizes | tee "$out/peak-memory.md"

log "pandas peer (after)"
/usr/bin/python3 benchmarks/peers/pandas_tally.py "$csv" | tee "$out/pandas-after.txt"

log "uptime after: $(uptime)"
log "done: $out"
