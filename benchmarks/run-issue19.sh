#!/usr/bin/env bash
# The issue-19 measurements in one sitting (benchmarks/README.md, "Monitoring: Farrington" and "Tau-best sets"):
#   uptime; the R peers (surveillance::farringtonFlexible, csranks cstaubest), timed inside R after loading;
#   BenchmarkDotNet FarringtonBenchmarks and TauBestBenchmarks --job short; the R peers again; uptime.
# Everything is saved under artifacts/bench-issue19/. Run by hand on a quiet machine, never in CI (R is not installed
# there). On a machine shared with other builds, wrap it in the build lock:
#   flock /tmp/psstats-build.lock benchmarks/run-issue19.sh
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
out=artifacts/bench-issue19
rm -rf "$out"
mkdir -p "$out"
log() { echo "[$(date -u +%H:%M:%S)] $*" | tee -a "$out/sitting.txt"; }

log "uptime before: $(uptime)"
{ uname -a; nproc; free -m; dotnet --version; R --version | head -1; git rev-parse HEAD; } >> "$out/sitting.txt" 2>&1

log "R peers (first pass)"
Rscript benchmarks/peers/farrington_bench.R 3 2>&1 | tee -a "$out/sitting.txt"
Rscript benchmarks/peers/cstaubest.R 2>&1 | tee -a "$out/sitting.txt"

log "BenchmarkDotNet --job short"
dotnet run -c Release --project benchmarks/PublicSecurity.Stats.Benchmarks -- \
  --filter '*Farrington*' '*TauBest*' --job short --artifacts "$out/bdn" > "$out/bdn.log" 2>&1 || { tail -40 "$out/bdn.log"; exit 1; }
sed -n '/^| *Method/,/^$/p' "$out/bdn.log" | tee -a "$out/sitting.txt"

log "R peers (second pass)"
Rscript benchmarks/peers/farrington_bench.R 3 2>&1 | tee -a "$out/sitting.txt"
Rscript benchmarks/peers/cstaubest.R 2>&1 | tee -a "$out/sitting.txt"
log "uptime after: $(uptime)"
