using System.IO;
using DocAnalyzers.Cli.Analysis;
using Microsoft.CodeAnalysis;

namespace DocAnalyzers.Cli.Output;

/// <summary>
/// The findings as one JSON object: the root, the files checked and the projects (<c>--api</c>; empty without), each finding with its rule, severity,
/// message, path relative to the root (null without a location), 1-based line and column, and help link,
/// and the counts by severity.
/// </summary>
internal sealed class JsonFormatter : IResultFormatter
{
    public void Write(CheckResult result, TextWriter writer) => JsonWriting.WriteTo(writer, json =>
    {
        json.WriteStartObject();
        json.WriteString("tool", ToolInfo.Name);
        json.WriteString("version", ToolInfo.Version);
        json.WriteString("root", result.Inputs.Root);
        json.WriteString("plan", result.Inputs.Template.Length > 0 ? result.Inputs.Template : result.Inputs.Plan.Length > 0 ? result.Inputs.Plan : DocAnalyzers.Plan.PlanReader.DefaultName);
        json.WriteStartArray("files");
        foreach (string document in result.Inputs.Documents)
        {
            json.WriteStringValue(result.Inputs.Relative(document));
        }

        json.WriteEndArray();
        json.WriteStartArray("projects");
        foreach (string project in result.Projects)
        {
            json.WriteStringValue(project);
        }

        json.WriteEndArray();
        json.WriteStartArray("findings");
        foreach (Finding finding in result.Findings)
        {
            json.WriteStartObject();
            json.WriteString("id", finding.Id);
            json.WriteString("severity", finding.SeverityName);
            json.WriteString("message", finding.Message);
            if (finding.Path is null)
            {
                json.WriteNull("path");
            }
            else
            {
                json.WriteString("path", finding.Path);
                json.WriteNumber("line", finding.Line);
                json.WriteNumber("column", finding.Column);
                json.WriteNumber("endLine", finding.EndLine);
                json.WriteNumber("endColumn", finding.EndColumn);
            }

            json.WriteString("title", finding.Rule.Title.ToString(System.Globalization.CultureInfo.InvariantCulture));
            json.WriteString("helpUri", finding.Rule.HelpLinkUri);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartObject("summary");
        json.WriteNumber("errors", result.Count(DiagnosticSeverity.Error));
        json.WriteNumber("warnings", result.Count(DiagnosticSeverity.Warning));
        json.WriteNumber("info", result.Count(DiagnosticSeverity.Info));
        json.WriteNumber("total", result.Findings.Count);
        json.WriteEndObject();
        json.WriteEndObject();
    });
}
