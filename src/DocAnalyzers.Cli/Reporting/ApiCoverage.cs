using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using DocAnalyzers.Cli.Analysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DocAnalyzers.Cli.Reporting;

/// <summary>
/// The public API documentation coverage of one project, in all and per namespace, with DOC190's numbers: the members
/// it counts and the undocumented ones among them (no comment, or a summary that is still a placeholder).
/// </summary>
internal static class ApiCoverage
{
    /// <param name="path">The project file, shown in the report; null when there is none.</param>
    public static async Task<ProjectCoverage> ComputeAsync(string name, string? path, Compilation compilation, AnalyzerOptions options, CancellationToken cancellationToken)
    {
        var analyzer = new CoverageAnalyzer();
        await DocumentationAnalysis.RunAsync(compilation, ImmutableArray.Create<DiagnosticAnalyzer>(analyzer), options, cancellationToken).ConfigureAwait(false);
        IReadOnlyList<NamespaceCoverage> namespaces = analyzer.Namespaces();
        CoverageCount total = namespaces.Aggregate(CoverageCount.None, (sum, ns) => sum.Add(ns.Coverage));
        return new ProjectCoverage(name, path, total, namespaces);
    }
}
