#!/usr/bin/env bash
# Starts the published RankingService binary on 127.0.0.1 (a free port), probes every endpoint with curl — 200 for good
# requests (numbers compared with a tolerance), 400 application/problem+json for bad ones, 413 for bodies over 1 MiB
# (declared and chunked), 415 for a body that is not JSON — and stops it. Usage: probe.sh path/to/RankingService
set -euo pipefail
binary=${1:?usage: probe.sh path/to/RankingService}
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
base="http://127.0.0.1:$port"
work=$(mktemp -d)
"$binary" --urls "$base" > "$work/service.log" 2>&1 &
pid=$!
trap 'kill "$pid" 2> /dev/null || true; wait "$pid" 2> /dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 1 100); do
  curl -fs "$base/health" > /dev/null 2>&1 && break
  kill -0 "$pid" 2> /dev/null || { cat "$work/service.log"; echo "The service exited at start." >&2; exit 1; }
  sleep 0.1
done

probes=0
# probe NAME STATUS MEDIA-TYPE PYTHON-CHECK CURL-ARGS...: the check reads the body as `b` (parsed JSON).
probe() {
  local name=$1 status=$2 media=$3 check=$4
  shift 4
  local got
  got=$(curl -s -o "$work/body" -w '%{http_code} %{content_type}' "$@")
  python3 - "$name" "$status" "$media" "$got" "$work/body" "$check" <<'PY'
import json, math, sys
name, status, media, got, path, check = sys.argv[1:]
code, _, ctype = got.partition(" ")
if code != status or not ctype.startswith(media):
    sys.exit(f"{name}: expected {status} {media}, got {code} {ctype}: {open(path, encoding='utf-8').read()[:500]}")
b = json.load(open(path, encoding="utf-8"))
near = lambda x, y: math.isclose(x, y, rel_tol=1e-9)
if not eval(check, {"b": b, "near": near}):
    sys.exit(f"{name}: the check {check!r} failed on {json.dumps(b, ensure_ascii=False)[:500]}")
print(f"{name}: {code} {ctype}")
PY
  probes=$((probes + 1))
}
json=(-H 'Content-Type: application/json')

probe "GET /health" 200 application/json 'b["status"] == "healthy"' "$base/health"
probe "GET /openapi/v1.json" 200 application/json 'sorted(b["paths"]) == ["/check", "/compare", "/health", "/rank"]' "$base/openapi/v1.json"
probe "POST /rank (proportion)" 200 application/json \
  '[e["provinceCode"] for e in b["entries"]] == ["01", "79"] and near(b["entries"][0]["value"], 0.9) and near(b["entries"][1]["value"], 0.25)' \
  "${json[@]}" -d '{"measure":"proportion","observations":[{"province":"01","count":9,"denominator":10},{"province":"79","count":1,"denominator":4}]}' "$base/rank"
probe "POST /rank (intervals, sets)" 200 application/json \
  'b["rankIntervals"]["draws"] == 1000 and b["sets"]["surelyAmongTop"] == ["01"] and b["entries"][0]["rankInterval"]["lower"] == 1' \
  "${json[@]}" -d '{"measure":"count","higherIsBetter":true,"observations":[{"province":"01","count":5000},{"province":"79","count":100},{"province":"74","count":98}],"intervals":{"draws":1000},"sets":{"top":1}}' "$base/rank"
probe "POST /compare (counts)" 200 application/json \
  'near(b["counts"]["metrics"][0]["comparison"]["rateRatio"], 12 / 9) and b["counts"]["increasedCount"] == 1' \
  "${json[@]}" -d '{"counts":{"current":12,"baseline":9}}' "$base/compare"
probe "POST /check (share)" 200 application/json 'b["arithmetic"]["status"] == "consistent" and near(b["arithmetic"]["observed"], 95)' \
  "${json[@]}" -d '{"claim":{"measure":"crime.clearanceRate","value":90,"qualifier":"over","unit":"%","source":"probe","quote":"trên 90%"},"counts":{"numerator":95,"denominator":100}}' "$base/check"
probe "POST /rank (unknown province)" 400 application/problem+json \
  'b["path"] == "$.observations[0].province" and "99" in b["detail"]' \
  "${json[@]}" -d '{"measure":"count","observations":[{"province":"99","count":1}]}' "$base/rank"
probe "POST /rank (draws over the limit)" 400 application/problem+json 'b["limit"] == 10000 and b["path"] == "$.intervals.draws"' \
  "${json[@]}" -d '{"measure":"count","observations":[{"province":"01","count":1}],"intervals":{"draws":10001}}' "$base/rank"
probe "POST /compare (library rule)" 400 application/problem+json '"it was -2" in b["detail"] and b["argument"] == "current"' \
  "${json[@]}" -d '{"counts":{"current":-2,"baseline":1}}' "$base/compare"
probe "POST /check (malformed JSON)" 400 application/problem+json '"path" in b' "${json[@]}" -d '{"claim":' "$base/check"
head -c 1100000 /dev/zero | tr '\0' ' ' > "$work/big.json"
probe "POST /rank (1.1 MB declared)" 413 application/problem+json 'b["limit"] == 1048576' "${json[@]}" --data-binary "@$work/big.json" "$base/rank"
probe "POST /rank (1.1 MB chunked)" 413 application/problem+json 'b["limit"] == 1048576' "${json[@]}" -H 'Transfer-Encoding: chunked' --data-binary "@$work/big.json" "$base/rank"
code=$(curl -s -o /dev/null -w '%{http_code}' -d 'measure=count' "$base/rank")
[ "$code" = 415 ] || { echo "POST /rank (form body): expected 415, got $code" >&2; exit 1; }
echo "POST /rank (form body): 415"
echo "$((probes + 1)) probes of $binary on $base passed"
