using System.Collections.Immutable;
using System.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DocAnalyzers.Benchmarks;

/// <summary>The per-file latencies of one analyzer group, in milliseconds, in corpus file order.</summary>
internal sealed record FileLatencies(string Name, IReadOnlyList<double> Ms)
{
    public double Percentile(double p)
    {
        var sorted = Ms.Order().ToList();
        int index = (int)Math.Ceiling(p / 100 * sorted.Count) - 1;
        return sorted[Math.Clamp(index, 0, sorted.Count - 1)];
    }
}

/// <summary>
/// What an IDE asks of the analyzers when a file is open: its syntax and semantic diagnostics, one file at a time
/// (<see cref="CompilationWithAnalyzers.GetAnalyzerSemanticDiagnosticsAsync(SemanticModel, Microsoft.CodeAnalysis.Text.TextSpan?, CancellationToken)"/>
/// with no span). The file's semantic model is bound before the clock starts, as an open file's is, so the time is
/// the analyzers' and their driver's. The groups take turns file by file, so a busy moment of the machine falls on both.
/// </summary>
internal static class IdeLatency
{
    public static async Task<IReadOnlyList<FileLatencies>> MeasureAsync(
        IReadOnlyList<AnalyzerGroup> groups,
        ImmutableArray<SyntaxTree> trees,
        ImmutableArray<MetadataReference> references)
    {
        var sessions = groups.Select(group => Session(group, trees, references)).ToList();

        // Warm: the JIT, and each group's compilation-start actions, on a file no measurement uses again.
        foreach (CompilationWithAnalyzers session in sessions)
        {
            await AnalyzeAsync(session, trees[^1]);
        }

        var ms = groups.Select(_ => new List<double>()).ToList();
        for (int i = 0; i < trees.Length - 1; i++)
        {
            for (int g = 0; g < sessions.Count; g++)
            {
                ms[g].Add(await AnalyzeAsync(sessions[g], trees[i]));
            }
        }

        return [.. groups.Select((group, g) => new FileLatencies(group.Name, ms[g]))];
    }

    private static CompilationWithAnalyzers Session(AnalyzerGroup group, ImmutableArray<SyntaxTree> trees, ImmutableArray<MetadataReference> references)
    {
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
            onAnalyzerException: (exception, analyzer, _) => throw new InvalidOperationException($"{analyzer.GetType().FullName} threw (AD0001)", exception),
            concurrentAnalysis: false,
            logAnalyzerExecutionTime: false);
        return CorpusCompilation.Create(trees, references, group.DiagnosticOptions).WithAnalyzers(group.Analyzers, options);
    }

    private static async Task<double> AnalyzeAsync(CompilationWithAnalyzers session, SyntaxTree tree)
    {
        SemanticModel model = session.Compilation.GetSemanticModel(tree);
        model.GetDiagnostics();
        var watch = Stopwatch.StartNew();
        await session.GetAnalyzerSyntaxDiagnosticsAsync(tree, CancellationToken.None);
        await session.GetAnalyzerSemanticDiagnosticsAsync(model, filterSpan: null, CancellationToken.None);
        return watch.Elapsed.TotalMilliseconds;
    }
}
