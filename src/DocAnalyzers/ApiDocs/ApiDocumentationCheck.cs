using System;
using System.Collections.Concurrent;
using System.Globalization;
using System.Threading;
using DocAnalyzers.ApiDocs.Rules;
using DocAnalyzers.Repository;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DocAnalyzers.ApiDocs;

/// <summary>
/// The public API documentation check of one compilation: options per syntax tree, the coverage
/// counts, and the option problems to report at the end. Safe for concurrent symbol actions.
/// </summary>
internal sealed class ApiDocumentationCheck
{
    private const string MinimumCoverageProperty = "build_property.DocAnalyzersMinimumApiCoverage";

    private readonly Compilation compilation;
    private readonly ApiOptionsCache options;
    private readonly DocumentationComments comments = new();
    private readonly CountedMembers counted;
    private readonly string? minimumCoverage;
    private int members;
    private int undocumented;

    public ApiDocumentationCheck(Compilation compilation, AnalyzerConfigOptionsProvider provider)
    {
        this.compilation = compilation;
        options = new ApiOptionsCache(provider);
        counted = new CountedMembers(compilation);
        minimumCoverage = provider.GlobalOptions.TryGetValue(MinimumCoverageProperty, out string? value) && value.Trim().Length > 0 ? value.Trim() : null;
    }

    /// <summary>The options of each file, read once.</summary>
    public ApiOptionsCache Options => options;

    /// <summary>The documentation comments of each file, parsed once for every rule (documentation modes None and Parse).</summary>
    public DocumentationComments Comments => comments;

    /// <summary>Generated code, which the analyzer leaves out itself (see <see cref="GeneratedCodeFilter"/>).</summary>
    public GeneratedCodeFilter GeneratedCode => counted.GeneratedCode;

    public void AnalyzeSymbol(SymbolAnalysisContext context)
    {
        if (counted.Classify(context.Symbol, options, comments, context.CancellationToken) is not { } classification)
        {
            return;
        }

        // A partial type or member with a part in a generated file: what falls there is dropped, as the driver would.
        ISymbol symbol = classification.Symbol!;
        GeneratedCodeFilter generatedCode = counted.GeneratedCode;
        Action<Diagnostic> report = context.ReportDiagnostic;
        if (generatedCode.HasGeneratedPart(symbol, context.CancellationToken))
        {
            CancellationToken cancellationToken = context.CancellationToken;
            report = diagnostic =>
            {
                if (diagnostic.Location.SourceTree is not { } tree || !generatedCode.IsGenerated(tree, cancellationToken))
                {
                    context.ReportDiagnostic(diagnostic);
                }
            };
        }

        Interlocked.Increment(ref members);
        if (classification.Status == ApiDocStatus.Undocumented)
        {
            Interlocked.Increment(ref undocumented);
            if (classification.ReportsMissingDocumentation)
            {
                report(MissingDocumentationRule.Create(symbol));
            }

            return;
        }

        // A comment whose summary is still a placeholder (a TODO prompt a code fix wrote, the name again) documents
        // nothing yet: the coverage counts it as missing, as DOC108 reports it.
        if (classification.AnalyzeContent(report))
        {
            Interlocked.Increment(ref undocumented);
        }
    }

    /// <summary>
    /// The options of the project's first C# file, as `[*.cs]` in .editorconfig sets them, for the project-wide
    /// DOC190; null for a compilation without files, which has no members to cover.
    /// </summary>
    private ApiDocOptions? ProjectOptions()
    {
        foreach (SyntaxTree tree in compilation.SyntaxTrees)
        {
            return options.For(tree);
        }

        return null;
    }

    public void ReportAtEnd(CompilationAnalysisContext context)
    {
        Reporter report = ConfiguredSeverities
            .Read(compilation, new[] { Descriptors.ConfigurationUnusable, Descriptors.CoverageBelowMinimum }, context.CancellationToken)
            .For(context.ReportDiagnostic);
        foreach (string problem in options.Problems)
        {
            report(Descriptors.ConfigurationUnusable, Location.None, problem);
        }

        if (minimumCoverage is null)
        {
            return;
        }

        string text = minimumCoverage.TrimEnd('%').Trim();
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double minimum) || minimum < 0 || minimum > 100)
        {
            report(Descriptors.ConfigurationUnusable, Location.None, $"DocAnalyzersMinimumApiCoverage must be a percentage from 0 to 100, not '{minimumCoverage}'");
            return;
        }

        if (ProjectOptions() is not { } projectOptions || !projectOptions.Runs(DiagnosticIds.CoverageBelowMinimum))
        {
            return;
        }

        int total = Volatile.Read(ref members);
        int missing = Volatile.Read(ref undocumented);
        double coverage = total == 0 ? 100 : 100.0 * (total - missing) / total;

        // Compared as shown, so that 89.95% is not called below a minimum of 90 while printed as 90.0%.
        double shown = System.Math.Floor(coverage * 10) / 10;
        if (shown < minimum)
        {
            report(
                Descriptors.CoverageBelowMinimum,
                Location.None,
                shown.ToString("0.0", CultureInfo.InvariantCulture),
                missing.ToString(CultureInfo.InvariantCulture),
                total.ToString(CultureInfo.InvariantCulture),
                minimum.ToString("0.##", CultureInfo.InvariantCulture));
        }
    }
}
