using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using DocAnalyzers.ApiDocs.Rules;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DocAnalyzers.ApiDocs;

/// <summary>
/// Checks the documentation comments of the public API surface (DOC100–DOC109), their XML (DOC111) and the
/// coverage (DOC190). Each symbol's comment is read once, from syntax, and handed to every rule; in documentation
/// mode None, each comment of a file is parsed once, for those rules and DOC111 alike.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ApiDocumentationAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        Descriptors.MissingDocumentation,
        Descriptors.MissingSummary,
        Descriptors.MissingParamTag,
        Descriptors.UnmatchedParamTag,
        Descriptors.MissingTypeParamTag,
        Descriptors.UnmatchedTypeParamTag,
        Descriptors.MissingReturns,
        Descriptors.ReturnsOnVoid,
        Descriptors.PlaceholderDocumentation,
        Descriptors.NothingToInherit,
        Descriptors.MalformedDocumentation,
        Descriptors.CoverageBelowMinimum,
        Descriptors.ConfigurationUnusable);

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        // Generated code is left out by the analyzer itself, with the driver's rules (GeneratedCodeFilter): the driver's
        // own filter walks every token of each file the analyzer reports in, which cost more than the rules.
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            var check = new ApiDocumentationCheck(start.Compilation, start.Options.AnalyzerConfigOptionsProvider);
            start.RegisterSyntaxTreeAction(tree => MalformedDocumentationRule.Analyze(tree, start.Compilation, check));
            start.RegisterSymbolAction(check.AnalyzeSymbol, SymbolKind.NamedType, SymbolKind.Method, SymbolKind.Property, SymbolKind.Event, SymbolKind.Field);
            start.RegisterCompilationEndAction(check.ReportAtEnd);
        });
    }
}
