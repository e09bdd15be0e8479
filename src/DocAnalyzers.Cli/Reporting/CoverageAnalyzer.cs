using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using DocAnalyzers.ApiDocs;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DocAnalyzers.Cli.Reporting;

/// <summary>
/// Counts the API members and the undocumented ones per namespace exactly where DOC190 counts them: the analyzer
/// driver visits the same symbols (the same symbol kinds, generated code skipped alike) and each is classified by
/// the analyzer's own <see cref="ApiDocClassification"/>. Reports nothing. One instance counts one compilation.
/// </summary>
// Not a compiler extension, so no [DiagnosticAnalyzer]: only the tool runs it, through CompilationWithAnalyzers.
#pragma warning disable RS1001
internal sealed class CoverageAnalyzer : DiagnosticAnalyzer
#pragma warning restore RS1001
{
    // The driver skips an analyzer whose every diagnostic is disabled; this one cannot be, and is never reported
    // (so it has no release to track).
#pragma warning disable RS2008
    private static readonly DiagnosticDescriptor Counting = new(
        "DOCREPORT",
        "API coverage",
        "API coverage",
        "Documentation",
        DiagnosticSeverity.Hidden,
        isEnabledByDefault: true,
        customTags: WellKnownDiagnosticTags.NotConfigurable);
#pragma warning restore RS2008

    private readonly ConcurrentDictionary<string, Tally> byNamespace = new(StringComparer.Ordinal);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Counting);

    /// <summary>The counts per namespace, in ordinal order, once the driver has run.</summary>
    public IReadOnlyList<NamespaceCoverage> Namespaces()
    {
        var namespaces = new List<NamespaceCoverage>();
        foreach (KeyValuePair<string, Tally> entry in byNamespace)
        {
            namespaces.Add(new NamespaceCoverage(entry.Key, new CoverageCount(entry.Value.Members, entry.Value.Undocumented)));
        }

        namespaces.Sort((a, b) => string.CompareOrdinal(a.Namespace, b.Namespace));
        return namespaces;
    }

    public override void Initialize(AnalysisContext context)
    {
        // As ApiDocumentationAnalyzer registers them: generated code is left out by CountedMembers.
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            var options = new ApiOptionsCache(start.Options.AnalyzerConfigOptionsProvider);
            var comments = new DocumentationComments();
            var counted = new CountedMembers(start.Compilation);
            start.RegisterSymbolAction(
                symbolContext => Count(symbolContext.Symbol, options, comments, counted, symbolContext.CancellationToken),
                SymbolKind.NamedType,
                SymbolKind.Method,
                SymbolKind.Property,
                SymbolKind.Event,
                SymbolKind.Field);
        });
    }

    // ApiDocumentationCheck.AnalyzeSymbol's counting, without its reporting.
    private void Count(ISymbol visited, ApiOptionsCache options, DocumentationComments comments, CountedMembers counted, CancellationToken cancellationToken)
    {
        if (counted.Classify(visited, options, comments, cancellationToken) is not { } classification)
        {
            return;
        }

        ISymbol symbol = classification.Symbol!;

        // A comment whose summary is still a placeholder documents nothing yet: DOC190 counts it as missing.
        bool undocumented = classification.Status == ApiDocStatus.Undocumented || classification.AnalyzeContent(static _ => { });
        Tally tally = byNamespace.GetOrAdd(NamespaceOf(symbol), static _ => new Tally());
        tally.Add(undocumented);
    }

    private static string NamespaceOf(ISymbol symbol) =>
        symbol.ContainingNamespace is { IsGlobalNamespace: false } ns ? ns.ToDisplayString() : NamespaceCoverage.GlobalNamespace;

    private sealed class Tally
    {
        private int members;
        private int undocumented;

        public int Members => Volatile.Read(ref members);

        public int Undocumented => Volatile.Read(ref undocumented);

        public void Add(bool isUndocumented)
        {
            Interlocked.Increment(ref members);
            if (isUndocumented)
            {
                Interlocked.Increment(ref undocumented);
            }
        }
    }
}
