#!/usr/bin/env bash
# Runs samples/notebooks/provincial-report.ipynb headless with dotnet-repl against a package folder and version
# (normally the package just packed by .ci/run), then fails if a cell errored or the ranking's HTML is missing.
# Usage: eng/run-notebook.sh <package folder> <package version> <output .ipynb>
# The notebook's own "#r nuget" line names the published package; this script points it at the folder and version
# instead, with a throwaway NuGet cache so that no previously cached package can answer.
set -euo pipefail
cd "$(dirname "$0")/.."
pkgdir=$(cd "$1" && pwd)
version=$2
out=$3
work=$(mktemp -d)
export NUGET_PACKAGES="$work/nuget-packages"

python3 - samples/notebooks/provincial-report.ipynb "$work/provincial-report.ipynb" "$pkgdir" "$version" <<'PY'
import json, sys
src, dst, folder, version = sys.argv[1:]
nb = json.load(open(src, encoding="utf-8"))
wanted = '#r "nuget: PublicSecurity.Stats, '
for cell in nb["cells"]:
    if cell["cell_type"] == "code" and any(line.startswith(wanted) for line in cell["source"]):
        cell["source"] = [f'#i "nuget: {folder}"\n', f'#r "nuget: PublicSecurity.Stats, {version}"\n']
        break
else:
    sys.exit(f"{src} has no cell starting with {wanted!r}")
json.dump(nb, open(dst, "w", encoding="utf-8"), ensure_ascii=False, indent=1)
PY

# The CLI remembers where it last restored each local tool (toolResolverCache) and does not update the entry on a
# later restore into another cache; a throwaway cache deleted since then leaves "dotnet repl" unable to start. The
# entry is only a cache: drop it, and the restore below writes it again for this run's cache.
# The tools themselves restore into the usual cache (the manifest also holds docfx, which the throwaway cache does not
# need): only the notebook's own package restore must not find an earlier copy.
rm -f "${DOTNET_CLI_HOME:-$HOME}/.dotnet/toolResolverCache/1/dotnet-repl"
env -u NUGET_PACKAGES dotnet tool restore > /dev/null
dotnet repl --run "$work/provincial-report.ipynb" --exit-after-run --output-path "$out" > "$work/repl.log" 2>&1 \
  || { cat "$work/repl.log"; echo "dotnet repl failed." >&2; exit 1; }

python3 - "$out" "$version" <<'PY'
import json, sys
path, version = sys.argv[1:]
nb = json.load(open(path, encoding="utf-8"))
code = [c for c in nb["cells"] if c["cell_type"] == "code"]
errors = []
for i, cell in enumerate(code):
    for o in cell.get("outputs", []):
        if o.get("output_type") == "error":
            errors.append(f"code cell {i + 1}: {o.get('ename')}: {o.get('evalue')}")
        for line in o.get("text", []) if o.get("name") == "stderr" else []:
            errors.append(f"code cell {i + 1} wrote to stderr: {line.strip()}")
if errors:
    sys.exit(f"{path}: " + "; ".join(errors))
html = "".join("".join(o.get("data", {}).get("text/html", [])) if isinstance(o.get("data", {}).get("text/html"), list)
               else o.get("data", {}).get("text/html", "") for c in code for o in c.get("outputs", []))
for needle in ['<div class="ps-stats ps-ranking">', "Bình Dương", "<table", "<svg"]:
    if needle not in html:
        sys.exit(f"{path}: no text/html output contains {needle!r}")
silent = [i + 1 for i, c in enumerate(code[1:], start=1) if not c.get("outputs")]
if silent:
    sys.exit(f"{path}: code cells {silent} produced no output")
print(f"{path}: {len(code)} code cells ran against PublicSecurity.Stats {version}, no errors; the ranking renders as HTML")
PY
rm -rf "$work"
