#!/usr/bin/env bash
# Compiles and runs README.md's C# blocks as one file-based app, checking every value the README promises
# (convention: eng/readme-check.cs and CONTRIBUTING.md, "README code"). Fails on a compiler error, which points at
# README.md's own line, or on a promised value the code does not print. Usage: eng/readme-check.sh
set -euo pipefail
cd "$(dirname "$0")/.."
out=artifacts/readme-check
rm -rf "$out"
mkdir -p "$out/run"
dotnet run eng/readme-check.cs -- README.md "$out/readme.cs"
# The README's snippets write and read files (report.html, cases.jsonl): they run in a folder of their own.
(cd "$out/run" && dotnet run ../readme.cs > ../readme.log) || { cat "$out/readme.log"; exit 1; }
tail -1 "$out/readme.log"
