-- wrk script of run-load.sh: sends BODY (a file; GET when empty) to the path given on the command line and checks every
-- response: a non-200 status or a body that differs from EXPECTED (the single-threaded answer, fetched first) is counted.
-- done() prints one RESULT line with throughput, p50/p99 latency, socket errors, non-2xx and mismatches.
local threads = {}

local function slurp(name)
  local path = os.getenv(name)
  if path == nil or path == "" then return nil end
  local f = assert(io.open(path, "rb"))
  local text = f:read("*a")
  f:close()
  return text
end

local body = slurp("BODY")
if body then
  wrk.method = "POST"
  wrk.body = body
  wrk.headers["Content-Type"] = "application/json"
end

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  expected = slurp("EXPECTED")
  mismatches = 0
  non2xx = 0
end

function response(status, headers, received)
  if status ~= 200 then
    non2xx = non2xx + 1
  elseif received ~= expected then
    mismatches = mismatches + 1
  end
end

function done(summary, latency, requests)
  local m, n = 0, 0
  for _, t in ipairs(threads) do
    m = m + t:get("mismatches")
    n = n + t:get("non2xx")
  end
  local e = summary.errors
  io.write(string.format(
    "RESULT requests=%d seconds=%.2f rps=%.0f p50_ms=%.2f p99_ms=%.2f errors=%d non2xx=%d mismatches=%d\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    e.connect + e.read + e.write + e.timeout, n, m))
end
