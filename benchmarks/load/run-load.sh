#!/usr/bin/env bash
# Load on the Native AOT RankingService (issue 20), never in CI: wrk -t2 -c64 for 30 s per scenario on loopback, each
# response checked against the single-threaded answer fetched first (check.lua), the service's RSS read from /proc
# at the start and end of each scenario and its CPU time per request from /proc/PID/stat. Each wrk run is bounded in
# time (-d) and stops by itself. Hold /tmp/psstats-build.lock while it runs so that no build shares the 2 cores.
# Usage: benchmarks/load/run-load.sh [path/to/RankingService] [seconds]  (default: artifacts/ranking-service/RankingService, 30)
set -euo pipefail
cd "$(dirname "$0")/../.."
binary=${1:-artifacts/ranking-service/RankingService}
seconds=${2:-30}
out=artifacts/load
mkdir -p "$out"
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
base="http://127.0.0.1:$port"
"$binary" --urls "$base" --RankingService:HelloEndpoint=true --Logging:LogLevel:Default=Warning > "$out/service.log" 2>&1 &
pid=$!
trap 'kill "$pid" 2> /dev/null || true; wait "$pid" 2> /dev/null || true' EXIT
for _ in $(seq 1 100); do curl -fs "$base/health" > /dev/null 2>&1 && break; sleep 0.1; done

# The request bodies: the plain ranking of the 63 provinces (per 100,000 residents); the same with rank intervals at
# 1,000 draws (seeded: the answer is deterministic); two counts compared.
python3 - "$out" <<'PY'
import json, sys
import csv
codes = [row["code"] for row in csv.DictReader(open("src/PublicSecurity.Stats/Data/provinces-2024.csv", encoding="utf-8"))]
assert len(codes) == 63
observations = [{"province": c, "count": 40 + (i * 37) % 400} for i, c in enumerate(codes)]
plain = {"measure": "perCapita", "observations": observations}
json.dump(plain, open(f"{sys.argv[1]}/rank63.json", "w"))
json.dump(dict(plain, intervals={"draws": 1000, "seed": 20231114}), open(f"{sys.argv[1]}/rank63-intervals.json", "w"))
json.dump({"counts": {"current": 1234, "baseline": 1187}}, open(f"{sys.argv[1]}/compare.json", "w"))
PY

rss_kb() { awk '/^VmRSS/ {print $2}' "/proc/$pid/status"; }
cpu_ticks() { awk '{print $14 + $15}' "/proc/$pid/stat"; }
hz=$(getconf CLK_TCK)
echo "| scenario | connections | requests/s | p50 ms | p99 ms | errors | non-2xx | mismatches | CPU ms/request | RSS start MiB | RSS end MiB |"
echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
# scenario NAME PATH BODY-FILE THREADS CONNECTIONS
scenario() {
  local name=$1 path=$2 body=$3 threads=$4 connections=$5
  if [ -n "$body" ]; then
    curl -fs -H 'Content-Type: application/json' --data-binary "@$body" "$base$path" > "$out/$name.expected"
  else
    curl -fs "$base$path" > "$out/$name.expected"
  fi
  local rss0 cpu0 line
  rss0=$(rss_kb); cpu0=$(cpu_ticks)
  line=$(BODY="$body" EXPECTED="$out/$name.expected" wrk -t"$threads" -c"$connections" -d"${seconds}s" --timeout 5s --latency \
    -s benchmarks/load/check.lua "$base$path" | tee "$out/$name.wrk.txt" | grep '^RESULT')
  local rss1 cpu1
  rss1=$(rss_kb); cpu1=$(cpu_ticks)
  python3 - "$name" "$connections" "$line" "$rss0" "$rss1" "$cpu0" "$cpu1" "$hz" <<'PY'
import sys
name, connections, line, rss0, rss1, cpu0, cpu1, hz = sys.argv[1:]
r = dict(kv.split("=") for kv in line.split()[1:])
cpu_ms = (int(cpu1) - int(cpu0)) * 1000 / int(hz) / max(int(r["requests"]), 1)
print(f"| {name} | {connections} | {float(r['rps']):,.0f} | {r['p50_ms']} | {r['p99_ms']} | {r['errors']} | {r['non2xx']} | "
      f"{r['mismatches']} | {cpu_ms:.3f} | {int(rss0) / 1024:.1f} | {int(rss1) / 1024:.1f} |")
PY
}
scenario hello /hello "" 2 64
scenario rank63 /rank "$out/rank63.json" 2 64
scenario rank63-intervals-1000 /rank "$out/rank63-intervals.json" 2 64
scenario compare /compare "$out/compare.json" 2 64
# One connection: the cost of one request with no queueing (what bounds the 64-connection throughput).
scenario rank63-intervals-1000-single /rank "$out/rank63-intervals.json" 1 1
