using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DocAnalyzers.ApiDocs;

/// <summary>
/// One finding per problem: suppresses the compiler's CS1591, CS1572, CS1573, CS1711 and CS1712 where the DOC1xx
/// rule that repeats it reports the same member, parameter or tag, and is shown in that file. The compiler's
/// warning stays wherever the rule would not report (off, silent, in a test project, exempted by an option,
/// generated code), and everywhere with <c>docanalyzers_api_keep_compiler_warnings = true</c>.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class DuplicateWarningSuppressor : DiagnosticSuppressor
{
    /// <inheritdoc/>
    public override ImmutableArray<SuppressionDescriptor> SupportedSuppressions { get; } = ImmutableArray.CreateRange(DuplicatedWarning.All, warning => warning.Suppression);

    /// <inheritdoc/>
    public override void ReportSuppressions(SuppressionAnalysisContext context)
    {
        var options = new ApiOptionsCache(context.Options.AnalyzerConfigOptionsProvider);
        foreach (Diagnostic diagnostic in context.ReportedDiagnostics)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            if (DuplicatedWarning.For(diagnostic.Id) is { } duplicate && IsRepeated(context, options, duplicate, diagnostic))
            {
                context.ReportSuppression(Suppression.Create(duplicate.Suppression, diagnostic));
            }
        }
    }

    private static bool IsRepeated(SuppressionAnalysisContext context, ApiOptionsCache options, DuplicatedWarning duplicate, Diagnostic warning)
    {
        // A suppressor that throws fails a build with warnings as errors (AD0001). Whatever goes wrong here
        // must cost at most a duplicate: the compiler's warning is then kept.
        try
        {
            CancellationToken cancellationToken = context.CancellationToken;
            if (warning.Location.SourceTree is not { } tree
                || options.For(tree).KeepCompilerWarnings
                || !RuleSeverity.IsShown(context.Compilation, context.Options.AnalyzerConfigOptionsProvider, tree, duplicate.Rule, cancellationToken))
            {
                return false;
            }

            List<ISymbol> symbols = DeclaredSymbols.Around(context.GetSemanticModel(tree), warning.Location.SourceSpan, cancellationToken);
            return duplicate.Rule.Id == DiagnosticIds.MissingDocumentation
                ? Doc100ReportsEveryMemberAt(context.Compilation, options, symbols, duplicate, tree, warning.Location, cancellationToken)
                : DocRuleReportsTheTag(context.Compilation, options, symbols, duplicate, tree, warning.Location, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return false;
        }
    }

    /// <summary>
    /// True when DOC100 reports every member declared at the warning's place. A type and its primary constructor
    /// share a place, and CS1591 says which one it means only in its message.
    /// </summary>
    private static bool Doc100ReportsEveryMemberAt(Compilation compilation, ApiOptionsCache options, List<ISymbol> symbols, DuplicatedWarning duplicate, SyntaxTree tree, Location warning, CancellationToken cancellationToken)
    {
        bool any = false;
        foreach (ISymbol symbol in symbols)
        {
            if (!DeclaredAt(symbol, warning))
            {
                continue;
            }

            ApiDocClassification classification = ApiDocClassification.Classify(symbol, options, comments: null, cancellationToken);
            if (!classification.ReportsMissingDocumentation || classification.Symbol is not { } reported
                || !duplicate.Matches(reported.Locations[0], warning)
                || GeneratedCode.Contains(compilation, tree, warning.SourceSpan, reported, cancellationToken))
            {
                return false;
            }

            any = true;
        }

        return any;
    }

    /// <summary>True when, for one of the symbols around the warning, the DOC rule reports the warning's tag or parameter.</summary>
    private static bool DocRuleReportsTheTag(Compilation compilation, ApiOptionsCache options, List<ISymbol> symbols, DuplicatedWarning duplicate, SyntaxTree tree, Location warning, CancellationToken cancellationToken)
    {
        foreach (ISymbol symbol in symbols)
        {
            ApiDocClassification classification = ApiDocClassification.Classify(symbol, options, comments: null, cancellationToken);
            if (classification.Symbol is not { } reported || GeneratedCode.Contains(compilation, tree, warning.SourceSpan, reported, cancellationToken))
            {
                continue;
            }

            // The analyzer's own rules, run on the same comment: a finding at the warning's tag or parameter is the duplicate.
            bool found = false;
            classification.AnalyzeContent(finding => found |= finding.Id == duplicate.Rule.Id && duplicate.Matches(finding.Location, warning));
            if (found)
            {
                return true;
            }
        }

        return false;
    }

    private static bool DeclaredAt(ISymbol symbol, Location warning)
    {
        foreach (Location location in symbol.Locations)
        {
            if (location.SourceTree == warning.SourceTree && location.SourceSpan == warning.SourceSpan)
            {
                return true;
            }
        }

        return false;
    }
}
