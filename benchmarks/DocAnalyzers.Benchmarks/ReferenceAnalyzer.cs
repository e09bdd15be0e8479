using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DocAnalyzers.Benchmarks;

/// <summary>
/// Reports one diagnostic at the start of each file and does nothing else. An analyzer that skips generated
/// code makes the driver scan a file for [GeneratedCode] the first time it reports there, and the driver
/// charges that scan to the reporting analyzer. This analyzer's time is that scan, so the report can show how
/// much of a group's time is the driver's rather than the rules'.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
internal sealed class ReferenceAnalyzer : DiagnosticAnalyzer
{
    public const string Name = "reference: one diagnostic per file";

    private static readonly DiagnosticDescriptor Rule = new(
        "REF001", "Reference", "Reference diagnostic", "Benchmark", DiagnosticSeverity.Warning, isEnabledByDefault: true);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterSyntaxTreeAction(tree =>
            tree.ReportDiagnostic(Diagnostic.Create(Rule, Location.Create(tree.Tree, new Microsoft.CodeAnalysis.Text.TextSpan(0, 0)))));
    }

    public static AnalyzerGroup Group() => new(
        Name,
        ImmutableArray.Create<DiagnosticAnalyzer>(new ReferenceAnalyzer()),
        ImmutableDictionary<string, ReportDiagnostic>.Empty);
}
