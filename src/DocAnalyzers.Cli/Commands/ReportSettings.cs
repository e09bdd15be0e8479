using DocAnalyzers.Cli.Inputs;

namespace DocAnalyzers.Cli.Commands;

/// <summary>The arguments of <c>docanalyzers report</c>.</summary>
/// <param name="Format"><c>html</c> (index.html, summary.md, coverage.svg) or <c>json</c> (report.json too).</param>
/// <param name="Api">Load the projects and report their API coverage.</param>
/// <param name="FailUnder">Exit with 1 when the API coverage is below this percentage; null never fails.</param>
internal sealed record ReportSettings(string Path, InputOverrides Overrides, string Out, string Format, bool Api, double? FailUnder);
