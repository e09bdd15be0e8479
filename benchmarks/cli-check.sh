#!/usr/bin/env bash
# How long `docanalyzers check` takes on a large documentation tree, next to markdownlint-cli2 (its heading rules only)
# and remark-validate-links (a link checker) on the same tree.
#
# Usage: benchmarks/cli-check.sh [FILES [--compare]]
#   FILES      markdown files to generate under docs/ (default 10000: about 50 MB)
#   --compare  also run markdownlint-cli2 0.17.2 and remark-cli 12 with remark-validate-links 13, installed with npm
#              into the work folder (needs Node.js and npm)
#
# The tree is generated from a fixed seed: a README, then FILES pages in 100 folders, each page a title and six
# sections of prose whose paragraphs link to a section of another page (relative path and #fragment). One page in 100
# links to a heading that does not exist, one in 200 to a file that does not exist: the findings all three tools share.
# Each tool runs once, with /usr/bin/time's wall time and peak memory. The tool is the Release build of this clone.
set -euo pipefail

files=${1:-10000}
compare=${2:-}
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/docanalyzers-cli-XXXXXX")
[ -n "${KEEP:-}" ] || trap 'rm -rf "$work"' EXIT
repo="$work/repo"

dotnet build "$root/src/DocAnalyzers.Cli/DocAnalyzers.Cli.csproj" -c Release -v:q -nologo >/dev/null
tool="$root/src/DocAnalyzers.Cli/bin/Release/net10.0/DocAnalyzers.Cli.dll"

python3 - "$repo" "$files" <<'PY'
import os, random, sys
repo, count = sys.argv[1], int(sys.argv[2])
random.seed(42)
words = "the shop sells books online to readers all over europe with fast delivery and simple returns".split()
def prose(n): return " ".join(random.choice(words) for _ in range(n))
os.makedirs(repo, exist_ok=True)
with open(os.path.join(repo, "README.md"), "w") as f:
    f.write("# Shop\n\nThe shop sells books online.\n")
def page(i): return f"area{i % 100:02d}/page{i:05d}.md"
for i in range(count):
    path = os.path.join(repo, "docs", page(i))
    os.makedirs(os.path.dirname(path), exist_ok=True)
    lines = [f"# Page {i}", ""]
    for s in range(6):
        lines += [f"## Section {s} of page {i}", ""]
        for p in range(2):
            j, t = random.randrange(count), random.randrange(6)
            target = f"../{page(j)}#section-{t}-of-page-{j}"
            if i % 100 == 0 and s == 0 and p == 0:
                target = f"../{page(j)}#no-such-heading"
            elif i % 200 == 1 and s == 0 and p == 0:
                target = f"../area{j % 100:02d}/missing{j:05d}.md"
            lines += [f"{prose(60)} See [page {j}]({target}).", ""]
    with open(path, "w") as f:
        f.write("\n".join(lines))
PY

# A repository, as the link checker needs (it asks git for the remote).
git -C "$repo" init -q
size=$(du -sm --apparent-size "$repo" | cut -f1)
echo "Tree: $files pages under docs/ and a README, ${size} MB ($repo)"
echo
printf '| %-52s | %10s | %12s | %s\n' "Tool" "Wall (s)" "Memory (MB)" "Findings"
printf '|%s|%s|%s|%s\n' "------------------------------------------------------" "------------:" "-------------:" "---"

measure() { # NAME OUTPUT COMMAND...: runs COMMAND in the tree, prints a table row
    local name=$1 output=$2; shift 2
    local start end wall memory findings
    start=$(date +%s.%N)
    (cd "$repo" && /usr/bin/time -f '%M' -o "$work/time" "$@" >"$output" 2>&1) || true
    end=$(date +%s.%N)
    wall=$(echo "$end - $start" | bc)
    memory=$(( $(tail -1 "$work/time") / 1024 ))
    findings=$(grep -cE "${FINDING:-warning|error}" "$output" || true)
    printf '| %-52s | %10.1f | %12d | %s\n' "$name" "$wall" "$memory" "$findings"
}

FINDING='DOC20' measure "docanalyzers check (every repository rule, with links)" "$work/check.txt" \
    dotnet "$tool" check . --plan library

if [ "$compare" = "--compare" ]; then
    (cd "$work" && npm init -y >/dev/null && npm install --no-audit --no-fund \
        markdownlint-cli2@0.17.2 remark-cli@12 remark-validate-links@13 >/dev/null 2>&1)
    # The heading rules: the part of markdownlint closest to what the repository check reads.
    cat > "$repo/.markdownlint-cli2.jsonc" <<'JSON'
{ "config": { "default": false, "MD001": true, "MD003": true, "MD018": true, "MD019": true, "MD022": true, "MD023": true, "MD024": true, "MD025": true, "MD026": true, "MD041": true }, "noProgress": true }
JSON
    FINDING='MD0' measure "markdownlint-cli2 0.17.2 (heading rules only)" "$work/markdownlint.txt" \
        "$work/node_modules/.bin/markdownlint-cli2" "README.md" "docs/**/*.md"
    FINDING='missing-' measure "remark-validate-links 13 (links and fragments)" "$work/remark.txt" \
        "$work/node_modules/.bin/remark" --use "remark-validate-links=repository:false" --quiet --no-stdout --no-color .
fi
