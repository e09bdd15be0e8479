using System.Text.Encodings.Web;
using System.Text.Json;

namespace DocAnalyzers.Cli.Reporting;

/// <summary>
/// The report as report.json, for tracking documentation over time: the <see cref="ReportModel"/> with its stable
/// property names (camelCase, set on each property), statuses as lower-case words, and the counts per status and severity.
/// </summary>
internal static class JsonReport
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Render(ReportModel model) => JsonSerializer.Serialize(model, Options) + "\n";

    /// <summary>Reads a report.json back; null for the JSON literal null.</summary>
    public static ReportModel? Read(string json) => JsonSerializer.Deserialize<ReportModel>(json, Options);
}
