#!/usr/bin/env bash
# eng/fuzz.sh TARGET SECONDS — fuzzes one reader family of PublicSecurity.Stats with afl-fuzz (Debian's afl++) through
# SharpFuzz 2.3.0, for SECONDS of wall time. TARGET is json, jsonl, csv or text: the seed corpus fuzz/corpus/TARGET
# (each input: family byte, selector byte, document; see fuzz/PublicSecurity.Stats.Fuzz/FuzzTargets.cs).
# Never run in CI. Findings land in artifacts/fuzz/TARGET/default/{crashes,hangs}; reproduce one with
#   dotnet artifacts/fuzz/bin/PublicSecurity.Stats.Fuzz.dll FILE
# and keep it as a regression input under fuzz/regressions/ (replayed by FuzzRegressionTests in every test run).
# Each session appends its line (target, seconds, executions, paths, crashes, hangs) to artifacts/fuzz/sessions.tsv;
# copy the totals into CONTRIBUTING.md "Fuzzing".
set -euo pipefail
cd "$(dirname "$0")/.."
target=${1:?usage: eng/fuzz.sh json|jsonl|csv|text SECONDS}
seconds=${2:?usage: eng/fuzz.sh json|jsonl|csv|text SECONDS}
[ -d "fuzz/corpus/$target" ] || { echo "No corpus fuzz/corpus/$target (targets: json, jsonl, csv, text)." >&2; exit 2; }
command -v afl-fuzz > /dev/null || { echo "afl-fuzz is missing: apt-get install -y afl++" >&2; exit 2; }
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
bin=artifacts/fuzz/bin
# FUZZ_REUSE_BIN=1 fuzzes the build instrumented by an earlier call (several targets in a row, one build).
if [ "${FUZZ_REUSE_BIN:-}" != 1 ] || [ ! -f "$bin/PublicSecurity.Stats.Fuzz.dll" ]; then
  rm -rf "$bin"
  mkdir -p artifacts
  dotnet publish fuzz/PublicSecurity.Stats.Fuzz -c Release -o "$bin" > artifacts/fuzz-publish.log 2>&1 || { cat artifacts/fuzz-publish.log; exit 1; }
  dotnet tool restore > /dev/null
  # Only the library is instrumented: the harness and the framework are not what is under test.
  dotnet sharpfuzz "$bin/PublicSecurity.Stats.dll"
fi
out="artifacts/fuzz/$target"
mkdir -p "$out"
# The .NET runtime is not an afl-instrumented binary (SharpFuzz speaks the fork-server protocol itself), crashes are
# .NET exceptions rather than core dumps, and the machine is shared: hence the skips. -t: ms per input (a hang).
export AFL_SKIP_BIN_CHECK=1 AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_NO_UI=1 AFL_NO_AFFINITY=1
# A later session on the same output resumes it (AFL_AUTORESUME) instead of starting over.
export AFL_AUTORESUME=1
started=$(date -u +%Y-%m-%dT%H:%M:%SZ)
set +e
afl-fuzz -i "fuzz/corpus/$target" -o "$out" -t 5000 -m none -V "$seconds" -- dotnet "$bin/PublicSecurity.Stats.Fuzz.dll" > "$out/afl.log" 2>&1
status=$?
set -e
stats="$out/default/fuzzer_stats"
if [ ! -f "$stats" ]; then
  tail -40 "$out/afl.log" >&2
  exit "${status:-1}"
fi
value() { awk -F' *: *' -v k="$1" '$1 == k { print $2 }' "$stats"; }
crashes=$(find "$out/default/crashes" -type f -name 'id:*' 2> /dev/null | wc -l)
hangs=$(find "$out/default/hangs" -type f -name 'id:*' 2> /dev/null | wc -l)
[ -f artifacts/fuzz/sessions.tsv ] || printf 'started\ttarget\tseconds\texecs\tcorpus\tcrashes\thangs\n' > artifacts/fuzz/sessions.tsv
printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$started" "$target" "$(value run_time)" "$(value execs_done)" "$(value corpus_count)" "$crashes" "$hangs" | tee -a artifacts/fuzz/sessions.tsv
exit 0
