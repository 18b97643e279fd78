#!/usr/bin/env bash
# End-to-end run of the installed psstats tool (CI: .ci/run, after `dotnet tool install --tool-path`), against the files
# the tool's tests write (tests/PublicSecurity.Stats.Tool.Tests/Testing/ToolFiles.cs, into $PSSTATS_E2E_DIR).
# Usage: eng/psstats-e2e.sh PATH/TO/psstats FOLDER
# Every case asserts the exit code and greps the output; the first failure stops the script with its output.
set -euo pipefail
psstats="$1"
dir="$2"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cases=0

# run EXPECTED_EXIT ARGS...: runs psstats (standard input from $stdin_file if set), keeping stdout and stderr.
run() {
  local expected="$1"
  shift
  set +e
  if [ -n "${stdin_file:-}" ]; then
    "$psstats" "$@" < "$stdin_file" > "$work/out" 2> "$work/err"
  else
    "$psstats" "$@" < /dev/null > "$work/out" 2> "$work/err"
  fi
  local code=$?
  set -e
  cases=$((cases + 1))
  if [ "$code" -ne "$expected" ]; then
    echo "psstats $* exited with $code; expected $expected." >&2
    echo "--- stdout" >&2; cat "$work/out" >&2
    echo "--- stderr" >&2; cat "$work/err" >&2
    exit 1
  fi
}

# has out|err PATTERN: the last run's stdout or stderr matches the extended regular expression.
has() {
  if ! grep -qE -- "$2" "$work/$1"; then
    echo "The last psstats run's std$1 lacks /$2/:" >&2
    cat "$work/$1" >&2
    exit 1
  fi
}

# Bình Dương, first 10 months of 2023, by hand (ToolFiles.Rows): 3 cleared of 4 occurred.
bd_en='Bình Dương +3 / 4 \(75\.00%\)'
bd_vi='Bình Dương +3 / 4 \(75,00%\)'

echo "Vietnamese CSV: byte order mark, NFD headers and names"
run 0 tally "$dir/cases-vi.csv" --period 2023-10M --lang vi --explain
has out "$bd_vi"
has err "UTF-8 with a byte order mark \(detected\)"
has err "province +<- '"

echo "semicolon-separated CSV with dd/MM/yyyy dates"
run 0 tally "$dir/cases-semicolon.csv" --calendar vn --period 2023-10M --explain
has out "$bd_en"
has err "separator ';' \(semicolon\) \(detected\)"
has err "dates dd/MM/yyyy \(detected"

echo "Parquet"
run 0 tally "$dir/cases.parquet" --period 2023-10M
has out "$bd_en"

echo "Excel (.xlsx)"
run 0 tally "$dir/cases.xlsx" --period 2023-10M
has out "$bd_en"

echo "JSON Lines"
run 0 tally "$dir/cases.jsonl" --period 2023-10M
has out "$bd_en"

echo "standard input (CSV and Parquet), and JSON piped on to python's json module"
stdin_file="$dir/cases-vi.csv" run 0 tally - --period 2023-10M
has out "$bd_en"
stdin_file="$dir/cases.parquet" run 0 tally - --period 2023-10M --format json
python3 -c "import json,sys; json.load(open(sys.argv[1], encoding='utf-8'))" "$work/out"

echo "the tally interchange schema, and --out"
run 0 tally "$dir/cases.csv" --period 2023-10M,2022-10M --format csv --out "$work/tally.csv"
has err "wrote"
head -1 "$work/tally.csv" | grep -q '^schema_version,tally,row_kind,province_code,edition,period_start,period_end' || { echo "tally.csv has no interchange header" >&2; exit 1; }
grep -q '^1,cases,entry,74,63,2022-12-15,2023-10-14,firstMonths,2023,10,14,serious,socialOrder,,2,0,2,2,' "$work/tally.csv" || { echo "tally.csv lacks Bình Dương's serious social-order cell (2 occurred, 2 cleared)" >&2; exit 1; }

echo "a malformed row: exit 3, the row named"
run 3 tally "$dir/malformed.csv" --period 2023-10M
has err "Row 4, column 'outcome': the outcome must be .*; it was 'closed'"

echo "usage and file errors: exit 2 and 4"
run 2 tally "$dir/cases.csv" --period 2023-Q5
has err "2023-Q5"
run 2 tally "$dir/cases.csv" --period 2023-10M --format pdf
run 4 tally "$dir/absent.csv" --period 2023-10M
has err "does not exist"

echo "compare, rank, report"
run 0 compare "$dir/traffic-q1.csv" --period 2023-Q1 --lang vi
has out "giảm cả 3 tiêu chí"
run 0 compare "$dir/cases.csv" --period 2023-10M --with same-last-year
has out "all provinces in the data"
run 2 compare "$dir/cases.csv" --period 2023-10M --data-from 2021-01-01 --data-as-of 2023-06-30
run 0 rank "$dir/cases.csv" --period 2023-10M --measure proportion --intervals --top 1
has out "tau-best confidence set"
run 0 report "$dir/cases.csv" "$dir/traffic-q1.csv" --province "Bình Dương" --period 2023-10M --published "$dir/figures.json" --data-as-of 2023-11-14 --format html --out "$work/report.html"
grep -q 'class="ps-stats ps-provincial-report"' "$work/report.html" || { echo "report.html is not the provincial report" >&2; exit 1; }

echo "check: the seed's 'trên 90%' against the sample's illustrative 10 cleared of 11"
run 0 check "trên 90%" --cleared 10 --occurred 11
has out "Arithmetic +consistent"
has out "from 10 to 11 out of 11 \(the smallest: 10\)"
run 0 check "trên 90%" --cleared 9 --occurred 11 --format csv
has out ",inconsistent,"

echo "check: the Q1 2023 traffic claims against 97/144, 46/73, 78/103"
run 0 check "$dir/traffic-q1.csv" --claim "giảm cả 3 tiêu chí" --period 2023-Q1 --format csv
has out '^giảm,traffic\.accidents,.*,consistent,47,97,144,.*,yes,$'
has out '^giảm,traffic\.deaths,.*,consistent,27,46,73,.*,yes,$'
has out '^giảm,traffic\.injured,.*,consistent,25,78,103,.*,no,$'
run 0 check "giảm 47 vụ" --current 97 --baseline 144 --period 2023-Q1 --lang vi
has out "khớp"

echo "check: the 10-month 'giảm cả 3 tiêu chí' is not checkable (only Q1 counts were published)"
run 0 check "$dir/traffic-q1.csv" --claim "giảm cả 3 tiêu chí" --period 2023-10M
[ "$(grep -c 'not checkable' "$work/out")" -eq 3 ] || { echo "expected 3 not-checkable results:" >&2; cat "$work/out" >&2; exit 1; }
run 0 check "giảm cả 3 tiêu chí" --period "10 tháng đầu năm 2023" --format json
has out '"status": "notCheckable"'

echo "psstats end to end: $cases runs passed."
