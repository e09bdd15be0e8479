using Microsoft.CodeAnalysis;

namespace DocAnalyzers.Cli.Analysis;

/// <summary>
/// One diagnostic as the output formats show it: its path relative to the repository root (null when it has
/// no location), 1-based line and column, and the text of its line for fingerprints.
/// </summary>
internal sealed record Finding(
    DiagnosticDescriptor Rule,
    DiagnosticSeverity Severity,
    string Message,
    string? Path,
    int Line,
    int Column,
    int EndLine,
    int EndColumn,
    string LineText)
{
    public string Id => Rule.Id;

    /// <summary>The severity as the compiler writes it in a build line.</summary>
    public string SeverityName => Severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        DiagnosticSeverity.Info => "info",
        _ => "hidden",
    };
}
