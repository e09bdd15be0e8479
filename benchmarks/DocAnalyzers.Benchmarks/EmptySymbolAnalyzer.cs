using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DocAnalyzers.Benchmarks;

/// <summary>
/// Registers a symbol action for the kinds the DOC1xx rules look at and does nothing in it. Analysing one open file,
/// the driver still computes the file's declared symbols and calls the action for each: this group's latency is that
/// floor, which every analyzer with symbol actions pays, DocAnalyzers and StyleCop alike.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
internal sealed class EmptySymbolAnalyzer : DiagnosticAnalyzer
{
    public const string Name = "reference: empty symbol actions";

    private static readonly DiagnosticDescriptor Rule = new(
        "REF002", "Reference", "Reference diagnostic", "Benchmark", DiagnosticSeverity.Warning, isEnabledByDefault: true);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterSymbolAction(_ => { }, SymbolKind.NamedType, SymbolKind.Method, SymbolKind.Property, SymbolKind.Event, SymbolKind.Field);
    }

    public static AnalyzerGroup Group() => new(
        Name,
        ImmutableArray.Create<DiagnosticAnalyzer>(new EmptySymbolAnalyzer()),
        ImmutableDictionary<string, ReportDiagnostic>.Empty);
}
