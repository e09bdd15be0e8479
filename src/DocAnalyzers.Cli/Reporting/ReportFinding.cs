using System.Globalization;
using System.Text.Json.Serialization;
using DocAnalyzers.Cli.Analysis;

namespace DocAnalyzers.Cli.Reporting;

/// <summary>One finding as the report shows it: the file relative to the root (null without a location) and the 1-based line and column.</summary>
internal sealed record ReportFinding(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("severity")] string Severity,
    [property: JsonPropertyName("message")] string Message,
    [property: JsonPropertyName("path")] string? Path,
    [property: JsonPropertyName("line")] int Line,
    [property: JsonPropertyName("column")] int Column,
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("helpUri")] string HelpUri)
{
    public static ReportFinding From(Finding finding) => new(
        finding.Id,
        finding.SeverityName,
        finding.Message,
        finding.Path,
        finding.Line,
        finding.Column,
        finding.Rule.Title.ToString(CultureInfo.InvariantCulture),
        finding.Rule.HelpLinkUri);
}
