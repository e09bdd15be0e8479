using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using DocAnalyzers.ApiDocs;
using DocAnalyzers.Cli.Inputs;
using DocAnalyzers.Cli.Projects;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DocAnalyzers.Cli.Analysis;

/// <summary>
/// Runs the package's public API documentation analyzers (DOC1xx, and DOC001 for their options) on loaded projects as
/// the compiler runs them in a build: on the project's compilation, with its parse options (documentation mode),
/// compilation options (severities) and analyzer options (.editorconfig, global configs, build properties).
/// </summary>
/// <remarks>
/// The package's <see cref="DuplicateWarningSuppressor"/> is not run: it suppresses only the compiler's own CS15xx
/// warnings, which the tool does not report, and never a DOC diagnostic.
/// </remarks>
internal static class ApiAnalysis
{
    /// <summary>The analyzers, from the tool's own copy of the package's assembly.</summary>
    public static ImmutableArray<DiagnosticAnalyzer> Analyzers { get; } =
        ImmutableArray.Create<DiagnosticAnalyzer>(new ApiDocumentationAnalyzer(), new ExceptionDocumentationAnalyzer());

    /// <summary>The rules the analyzers can report.</summary>
    public static IEnumerable<DiagnosticDescriptor> Rules => Analyzers.SelectMany(a => a.SupportedDiagnostics);

    /// <summary>
    /// The findings in every project, each once: a file compiled by two projects, or by one project for two target
    /// frameworks, is reported once per problem, as a build's output lists it once per project.
    /// </summary>
    public static async Task<IReadOnlyList<Finding>> CheckAsync(IReadOnlyList<LoadedProject> projects, AnalyzerInputs inputs, CancellationToken cancellationToken)
    {
        var findings = new HashSet<Finding>();
        foreach (LoadedProject project in projects)
        {
            ImmutableArray<Diagnostic> diagnostics = await DocumentationAnalysis.RunAsync(project.Compilation, Analyzers, project.Options, cancellationToken).ConfigureAwait(false);
            foreach (Diagnostic diagnostic in diagnostics)
            {
                if (DocumentationAnalysis.ToFinding(diagnostic, inputs, _ => null) is { } finding)
                {
                    findings.Add(finding);
                }
            }
        }

        return DocumentationAnalysis.Sorted(findings);
    }
}
