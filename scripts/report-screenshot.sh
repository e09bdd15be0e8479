#!/usr/bin/env bash
# Takes screenshots of the report of the repository's own samples in headless Chromium, to look at them:
#   artifacts/report-screenshot/cli/      `docanalyzers report samples/PartialDocs` as a user runs it (documentation only)
#   artifacts/report-screenshot/samples/  the same with the API coverage of samples/ApiDocs and samples/PartialDocs,
#                                         written by SampleReportTests (the tool cannot load projects without --api yet)
# Each folder gets the report's files and screenshot.png (1280x2000). Installs Debian's chromium when it is missing.
# Usage: scripts/report-screenshot.sh [OUTPUT-FOLDER]
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
out="$(mkdir -p "${1:-$root/artifacts/report-screenshot}" && cd "${1:-$root/artifacts/report-screenshot}" && pwd)"
configuration=Release

if ! command -v chromium >/dev/null 2>&1; then
  echo "Installing chromium (Debian package)..." >&2
  apt-get update && apt-get install -y chromium
fi

cd "$root"
dotnet build tests/DocAnalyzers.Cli.Tests -c "$configuration" --nologo -v quiet >&2

rm -rf "$out/cli" "$out/samples"
start=$(date +%s%N)
dotnet "src/DocAnalyzers.Cli/bin/$configuration/net10.0/DocAnalyzers.Cli.dll" report samples/PartialDocs --out "$out/cli" --format json
echo "report on samples/PartialDocs: $(( ($(date +%s%N) - start) / 1000000 )) ms" >&2

DOCANALYZERS_REPORT_OUT="$out/samples" dotnet test tests/DocAnalyzers.Cli.Tests -c "$configuration" --no-build --nologo \
  --filter "FullyQualifiedName~SampleReportTests" >&2

for report in cli samples; do
  # --no-sandbox: containers and CI runners usually run as root, where Chromium's sandbox cannot start.
  chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1280,2000 \
    --screenshot="$out/$report/screenshot.png" "file://$out/$report/index.html" 2>/dev/null
  echo "$out/$report/screenshot.png"
done
