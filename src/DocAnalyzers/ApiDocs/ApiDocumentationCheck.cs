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
    private readonly string? minimumCoverage;
    private readonly ConcurrentDictionary<ISymbol, byte> partialsSeen = new(SymbolEqualityComparer.Default);
    private int members;
    private int undocumented;

    public ApiDocumentationCheck(Compilation compilation, AnalyzerConfigOptionsProvider provider)
    {
        this.compilation = compilation;
        options = new ApiOptionsCache(provider);
        minimumCoverage = provider.GlobalOptions.TryGetValue(MinimumCoverageProperty, out string? value) && value.Trim().Length > 0 ? value.Trim() : null;
    }

    public void AnalyzeSymbol(SymbolAnalysisContext context)
    {
        ISymbol symbol = context.Symbol;
        if (!ApiSurface.IsDocumentable(symbol))
        {
            return;
        }

        // The compiler documents a partial member as one symbol, its definition. Which part the
        // analyzer driver hands over varies by kind (a partial constructor's implementation, a
        // partial method's definition), so both map to the definition, analysed once.
        symbol = ApiSurface.PartialDefinition(symbol) ?? symbol;
        if (ApiSurface.PartialImplementation(symbol) is not null && !partialsSeen.TryAdd(symbol, 0))
        {
            return;
        }

        if (symbol.Locations.Length == 0 || symbol.Locations[0].SourceTree is not { } tree)
        {
            return;
        }

        ApiDocOptions treeOptions = options.For(tree);
        if (!treeOptions.AnyRuleRuns || !ApiSurface.IsVisible(symbol, treeOptions))
        {
            return;
        }

        // A positional record's property is documented by the record's comment.
        bool positional = ApiSurface.IsPositionalProperty(symbol);
        DocumentationComment? comment = DocumentationCommentReader.Read(positional ? symbol.ContainingType : symbol, context.CancellationToken);
        Interlocked.Increment(ref members);
        if (comment is null)
        {
            if (!MissingDocumentationRule.IsExempt(symbol, treeOptions))
            {
                Interlocked.Increment(ref undocumented);
                if (treeOptions.Runs(DiagnosticIds.MissingDocumentation))
                {
                    context.ReportDiagnostic(MissingDocumentationRule.Create(symbol));
                }
            }

            return;
        }

        // A primary constructor and a positional record's properties are documented by the type's comment,
        // which the type's own analysis checks.
        if (positional || (symbol is IMethodSymbol method && ApiSurface.IsPrimaryConstructor(method)))
        {
            return;
        }

        var member = new DocumentedMember(symbol, comment, treeOptions, context.ReportDiagnostic);
        if (comment.Find("include") is not null)
        {
            // The included file cannot be read by an analyzer, so its content is not checked.
            return;
        }

        if (comment.Find("inheritdoc") is { } inheritDoc)
        {
            InheritDocRule.Analyze(member, inheritDoc);
            return;
        }

        // A comment whose summary is still a placeholder (a TODO prompt a code fix wrote, the name again) documents
        // nothing yet: the coverage counts it as missing, as DOC108 reports it.
        if (PlaceholderRule.HasPlaceholderSummary(member))
        {
            Interlocked.Increment(ref undocumented);
        }

        SummaryRule.Analyze(member);
        PlaceholderRule.Analyze(member);
        ParameterTagRule.Analyze(member);
        TypeParameterTagRule.Analyze(member);
        ReturnsRule.Analyze(member);
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
