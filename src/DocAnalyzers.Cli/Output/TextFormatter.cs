using System.IO;
using DocAnalyzers.Cli.Analysis;
using Microsoft.CodeAnalysis;

namespace DocAnalyzers.Cli.Output;

/// <summary>
/// One line per finding in the compiler's form, <c>path(line,col): severity ID: message</c>, with paths
/// relative to the repository root, then a summary line.
/// </summary>
internal sealed class TextFormatter : IResultFormatter
{
    private readonly bool colour;

    public TextFormatter(bool colour) => this.colour = colour;

    public void Write(CheckResult result, TextWriter writer)
    {
        foreach (Finding finding in result.Findings)
        {
            if (finding.Path is not null)
            {
                writer.Write($"{finding.Path}({finding.Line},{finding.Column}): ");
            }

            writer.WriteLine($"{Paint(finding.SeverityName, finding.Severity)} {finding.Id}: {finding.Message}");
        }

        writer.WriteLine(Summary(result));
    }

    /// <summary>"2 warnings, 1 error in 3 documentation files" (with --api: "... and 2 projects"), or "No findings in ...".</summary>
    public static string Summary(CheckResult result)
    {
        int errors = result.Count(DiagnosticSeverity.Error);
        int warnings = result.Count(DiagnosticSeverity.Warning);
        int infos = result.Count(DiagnosticSeverity.Info);
        string files = Plural(result.Inputs.Documents.Count, "documentation file");
        if (result.Projects.Count > 0)
        {
            files += " and " + Plural(result.Projects.Count, "project");
        }

        if (result.Findings.Count == 0)
        {
            return $"No findings in {files}.";
        }

        var parts = new System.Collections.Generic.List<string>();
        if (errors > 0)
        {
            parts.Add(Plural(errors, "error"));
        }

        if (warnings > 0)
        {
            parts.Add(Plural(warnings, "warning"));
        }

        if (infos > 0)
        {
            parts.Add(Plural(infos, "info finding"));
        }

        return $"{string.Join(", ", parts)} in {files}.";
    }

    private static string Plural(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";

    private string Paint(string text, DiagnosticSeverity severity)
    {
        if (!colour)
        {
            return text;
        }

        string code = severity switch
        {
            DiagnosticSeverity.Error => "31",
            DiagnosticSeverity.Warning => "33",
            _ => "36",
        };
        return $"\u001b[{code}m{text}\u001b[0m";
    }
}
