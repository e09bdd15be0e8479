using System;
using System.Collections.Generic;
using DocAnalyzers.Cli.Inputs;
using Microsoft.CodeAnalysis;

namespace DocAnalyzers.Cli.Analysis;

/// <summary>What <c>check</c> found: the findings in a stable order, the rules that could report, and the inputs.</summary>
internal sealed record CheckResult(AnalyzerInputs Inputs, IReadOnlyList<Finding> Findings, IReadOnlyList<DiagnosticDescriptor> Rules)
{
    /// <summary>The project files <c>--api</c> checked, relative to the root; empty without it.</summary>
    public IReadOnlyList<string> Projects { get; init; } = Array.Empty<string>();

    public int Count(DiagnosticSeverity severity)
    {
        int count = 0;
        foreach (Finding finding in Findings)
        {
            count += finding.Severity == severity ? 1 : 0;
        }

        return count;
    }
}
