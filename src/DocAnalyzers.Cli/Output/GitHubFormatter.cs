using System.IO;
using System.Text;
using DocAnalyzers.Cli.Analysis;
using Microsoft.CodeAnalysis;

namespace DocAnalyzers.Cli.Output;

/// <summary>
/// GitHub Actions workflow commands, one annotation per finding:
/// <c>::warning file=README.md,line=3,col=1,title=DOC200::message</c>. Values are escaped as
/// @actions/core escapes them: % \r \n in the message, and also : and , in the properties.
/// </summary>
internal sealed class GitHubFormatter : IResultFormatter
{
    public void Write(CheckResult result, TextWriter writer)
    {
        foreach (Finding finding in result.Findings)
        {
            var line = new StringBuilder("::").Append(Command(finding.Severity)).Append(' ');
            if (finding.Path is not null)
            {
                line.Append("file=").Append(EscapeProperty(finding.Path))
                    .Append(",line=").Append(finding.Line)
                    .Append(",col=").Append(finding.Column)
                    .Append(",endLine=").Append(finding.EndLine)
                    .Append(",endColumn=").Append(finding.EndColumn)
                    .Append(',');
            }

            line.Append("title=").Append(EscapeProperty(finding.Id)).Append("::").Append(EscapeData(finding.Message));
            writer.WriteLine(line.ToString());
        }
    }

    /// <summary>The annotation command for a severity: error, warning, or notice for the rest.</summary>
    public static string Command(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        _ => "notice",
    };

    public static string EscapeData(string value) =>
        value.Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A");

    public static string EscapeProperty(string value) =>
        EscapeData(value).Replace(":", "%3A").Replace(",", "%2C");
}
