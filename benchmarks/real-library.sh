#!/usr/bin/env bash
# What DocAnalyzers costs a real library's build, as the compiler itself reports it.
#
# Usage: benchmarks/real-library.sh SOURCES [RUNS [MSBUILD-ARGUMENTS...]]
#   SOURCES  a folder of a library's .cs files (a copy you made: nothing here is committed)
#   RUNS     measured builds per row, after one warm-up (default 3)
#   MSBUILD-ARGUMENTS  what the library's own project sets, passed to every build, for example
#            -p:ImplicitUsings=enable -p:Nullable=enable
#
# The sources are compiled as found, in a generated net10.0 project (no package dependencies), four ways:
# without and with the DocAnalyzers analyzers built from this clone (src/DocAnalyzers, Release), each in
# documentation mode None (no GenerateDocumentationFile) and Diagnose (GenerateDocumentationFile=true).
# Every build is a full rebuild, through the compiler server as a developer's build is unless the environment sets
# UseSharedCompilation=false (then each build is a new compiler process, which JIT-compiles the analyzers again), with -p:ReportAnalyzer=true
# and -clp:PerformanceSummary: the Csc task's time comes from MSBuild's summary, DocAnalyzers' own time from the
# compiler's analyzer report. Prints the medians.
set -euo pipefail

sources=$(realpath "${1:?usage: benchmarks/real-library.sh SOURCES [RUNS]}")
runs=${2:-3}
shift $(( $# < 2 ? $# : 2 ))
extra=("$@")
root=$(cd "$(dirname "$0")/.." && pwd)
name=$(basename "$sources")
work=$(mktemp -d "${TMPDIR:-/tmp}/docanalyzers-real-XXXXXX")
trap 'rm -rf "$work"' EXIT

dotnet build "$root/src/DocAnalyzers/DocAnalyzers.csproj" -c Release -v:q -nologo >/dev/null
# What the package puts in analyzers/dotnet/cs: the analyzers' target path, which carries Markdig.
analyzers=$(dotnet msbuild "$root/src/DocAnalyzers/DocAnalyzers.csproj" -p:Configuration=Release -getTargetResult:GetTargetPath \
  | sed -n 's/.*"Identity": "\([^"]*\)".*/\1/p' | paste -sd ';' -)

# Outside any Directory.Build.props of this clone; the library's own AssemblyInfo stays, so the SDK's is off.
cat > "$work/Library.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <AssemblyName>$name</AssemblyName>
    <LangVersion>latest</LangVersion>
    <AllowUnsafeBlocks>true</AllowUnsafeBlocks>
    <EnableDefaultCompileItems>false</EnableDefaultCompileItems>
    <GenerateAssemblyInfo>false</GenerateAssemblyInfo>
    <TreatWarningsAsErrors>false</TreatWarningsAsErrors>
    <NoWarn>\$(NoWarn);CS0618;SYSLIB0011;SYSLIB0050;SYSLIB0051</NoWarn>
  </PropertyGroup>
  <ItemGroup>
    <Compile Include="$sources/**/*.cs" />
  </ItemGroup>
  <ItemGroup Condition="'\$(WithDocAnalyzers)' == 'true'">
    <Analyzer Include="$analyzers" />
  </ItemGroup>
</Project>
XML

# Prints "csc_ms docanalyzers_ms" for one full build.
measure() {
  local log="$work/build.log"
  dotnet build "$work/Library.csproj" --no-incremental -nologo -tl:off -nodeReuse:false -v:d \
    -p:ReportAnalyzer=true -clp:PerformanceSummary "${extra[@]}" "$@" > "$log" 2>&1 \
    || { echo "build failed, see the log:" >&2; tail -30 "$log" >&2; exit 1; }
  local csc docanalyzers
  csc=$(awk '$2 == "ms" && $3 == "Csc" { print $1; exit }' "$log")
  # The compiler's report: "   0.123    4   DocAnalyzers, Version=..." (seconds, share, assembly).
  docanalyzers=$(awk '$3 == "DocAnalyzers," { printf "%d", $1 * 1000; found = 1; exit } END { if (!found) print 0 }' "$log")
  echo "$csc $docanalyzers"
}

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : int((v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }

echo "| library | mode | Csc without DocAnalyzers (ms) | Csc with (ms) | DocAnalyzers (ms) | DocAnalyzers / Csc without |"
echo "|---|---|---:|---:|---:|---:|"
for mode in None Diagnose; do
  generate=$([ "$mode" = Diagnose ] && echo true || echo false)
  without=(); with=(); own=()
  for i in $(seq 0 "$runs"); do
    read -r c _ < <(measure -p:GenerateDocumentationFile=$generate -p:WithDocAnalyzers=false)
    read -r cw d < <(measure -p:GenerateDocumentationFile=$generate -p:WithDocAnalyzers=true)
    [ "$i" -eq 0 ] && continue   # the warm-up
    without+=("$c"); with+=("$cw"); own+=("$d")
  done
  w=$(printf '%s\n' "${without[@]}" | median)
  cw=$(printf '%s\n' "${with[@]}" | median)
  d=$(printf '%s\n' "${own[@]}" | median)
  echo "| $name | $mode | $w | $cw | $d | $(awk -v d="$d" -v w="$w" 'BEGIN { printf "%.3f", d / w }') |"
done
