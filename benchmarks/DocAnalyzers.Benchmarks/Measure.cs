using System.Collections.Immutable;
using System.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DocAnalyzers.Benchmarks;

/// <summary>
/// The timings and allocations of one row over the measured runs, and the diagnostic counts of the last run by rule.
/// Allocations are every byte the process allocated during the run (the compilation's binding included, which is
/// the same for every row), so a row is read against the empty-analyzer row.
/// </summary>
internal sealed record Measurement(
    string Name,
    IReadOnlyList<double> WallMs,
    IReadOnlyList<double> AnalyzerMs,
    IReadOnlyList<double> AllocatedBytes,
    IReadOnlyDictionary<string, int> DiagnosticsById,
    IReadOnlyDictionary<string, double> AnalyzerMsByType)
{
    public int DiagnosticCount => DiagnosticsById.Values.Sum();

    public double MedianWallMs => Median(WallMs);

    public double MedianAnalyzerMs => Median(AnalyzerMs);

    public double MedianAllocatedBytes => Median(AllocatedBytes);

    private static double Median(IReadOnlyList<double> values)
    {
        var sorted = values.Order().ToList();
        int middle = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}

/// <summary>
/// Runs each row a few times unmeasured (JIT, caches of the parsed trees) and then the measured runs, each on a
/// fresh compilation so no run reuses a semantic model bound by another.
/// </summary>
internal sealed class Measure(int warmups, int runs, ImmutableArray<MetadataReference> references)
{
    private readonly List<string> _analyzerFailures = [];

    /// <summary>Analyzer exceptions (AD0001) seen in any run; the benchmark fails if there is one.</summary>
    public IReadOnlyList<string> AnalyzerFailures => _analyzerFailures;

    /// <summary>The compile row skips its warm-ups when the caller has just compiled the same trees.</summary>
    public Task<Measurement> CompileAsync(string name, ImmutableArray<SyntaxTree> trees, bool warmedUp) =>
        Repeat(name, warmedUp ? 0 : warmups, () =>
        {
            Clean();
            long allocated = GC.GetTotalAllocatedBytes(precise: true);
            var watch = Stopwatch.StartNew();
            var diagnostics = CorpusCompilation.Create(trees, references).GetDiagnostics();
            watch.Stop();
            allocated = GC.GetTotalAllocatedBytes(precise: true) - allocated;
            var reported = diagnostics.Where(d => d.Severity is DiagnosticSeverity.Warning or DiagnosticSeverity.Error);
            return Task.FromResult(new Run(watch.Elapsed.TotalMilliseconds, allocated, CountById(reported), new Dictionary<string, double>()));
        });

    public Task<Measurement> AnalyzersAsync(AnalyzerGroup group, ImmutableArray<SyntaxTree> trees) =>
        Repeat(group.Name, warmups, () => RunAnalyzersAsync(group, trees));

    /// <summary>
    /// The groups measured in turns, run by run, so that a busy moment of the machine falls on all of them: for
    /// comparing two builds of the same analyzers (--baseline), whose difference is smaller than the machine's noise
    /// between one row and the next.
    /// </summary>
    public async Task<IReadOnlyList<Measurement>> AlternatingAsync(IReadOnlyList<AnalyzerGroup> groups, ImmutableArray<SyntaxTree> trees)
    {
        var measured = groups.Select(_ => new List<Run>()).ToList();
        for (int i = -warmups; i < runs; i++)
        {
            for (int g = 0; g < groups.Count; g++)
            {
                var result = await RunAnalyzersAsync(groups[g], trees);
                Console.Error.WriteLine($"  {groups[g].Name}: {(i < 0 ? "warm-up" : $"run {i + 1}/{runs}")}: analyzers {result.AnalyzerMsByType.Values.Sum():F0} ms, allocated {result.AllocatedBytes / 1e6:F0} MB");
                if (i >= 0)
                {
                    measured[g].Add(result);
                }
            }
        }

        return groups.Select((group, g) => new Measurement(
            group.Name,
            measured[g].Select(r => r.WallMs).ToList(),
            measured[g].Select(r => r.AnalyzerMsByType.Values.Sum()).ToList(),
            measured[g].Select(r => (double)r.AllocatedBytes).ToList(),
            measured[g][^1].ById,
            measured[g][^1].AnalyzerMsByType)).ToList();
    }

    private async Task<Run> RunAnalyzersAsync(AnalyzerGroup group, ImmutableArray<SyntaxTree> trees)
    {
        Clean();
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
            onAnalyzerException: RecordFailure,
            concurrentAnalysis: false,
            logAnalyzerExecutionTime: true);
        var compilation = CorpusCompilation.Create(trees, references, group.DiagnosticOptions)
            .WithAnalyzers(group.Analyzers, options);

        // Wall time includes the binding the analyzers wait for; execution time is the analyzers' own.
        long allocated = GC.GetTotalAllocatedBytes(precise: true);
        var watch = Stopwatch.StartNew();
        var diagnostics = await compilation.GetAnalyzerDiagnosticsAsync();
        watch.Stop();
        allocated = GC.GetTotalAllocatedBytes(precise: true) - allocated;

        var byType = new Dictionary<string, double>();
        foreach (var analyzer in group.Analyzers)
        {
            var telemetry = await compilation.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None);
            byType[analyzer.GetType().Name] = telemetry.ExecutionTime.TotalMilliseconds;
        }

        foreach (var diagnostic in diagnostics.Where(d => d.Id is "AD0001" or "AD0002"))
        {
            RecordFailure(diagnostic.ToString());
        }

        return new Run(watch.Elapsed.TotalMilliseconds, allocated, CountById(diagnostics), byType);
    }

    private async Task<Measurement> Repeat(string name, int warmupRuns, Func<Task<Run>> run)
    {
        for (int i = 0; i < warmupRuns; i++)
        {
            var warmup = await run();
            Console.Error.WriteLine($"  {name}: warm-up {i + 1}/{warmupRuns}: {warmup.WallMs:F0} ms");
        }

        var wall = new List<double>();
        var analyzer = new List<double>();
        var allocated = new List<double>();
        var diagnostics = new SortedDictionary<string, int>();
        var byType = new Dictionary<string, double>();
        for (int i = 0; i < runs; i++)
        {
            var result = await run();
            wall.Add(result.WallMs);
            analyzer.Add(result.AnalyzerMsByType.Values.Sum());
            allocated.Add(result.AllocatedBytes);
            diagnostics = result.ById;
            byType = result.AnalyzerMsByType;
            Console.Error.WriteLine($"  {name}: run {i + 1}/{runs}: wall {result.WallMs:F0} ms, analyzers {analyzer[^1]:F0} ms, allocated {result.AllocatedBytes / 1e6:F0} MB");
        }

        return new Measurement(name, wall, analyzer, allocated, diagnostics, byType);
    }

    /// <summary>Counts only: keeping the diagnostics would keep their compilation alive into the next runs.</summary>
    private static SortedDictionary<string, int> CountById(IEnumerable<Diagnostic> diagnostics) =>
        new(diagnostics.GroupBy(d => d.Id).ToDictionary(g => g.Key, g => g.Count()), StringComparer.Ordinal);

    private void RecordFailure(Exception exception, DiagnosticAnalyzer analyzer, Diagnostic diagnostic) =>
        RecordFailure($"{analyzer.GetType().FullName} threw {exception}");

    private void RecordFailure(string failure)
    {
        lock (_analyzerFailures)
        {
            _analyzerFailures.Add(failure);
        }
    }

    /// <summary>Starts each run without the previous run's garbage, so a collection of it is not timed here.</summary>
    private static void Clean()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
    }

    /// <summary>One run of a row: its wall time, what the process allocated, and its diagnostics and analyzer times.</summary>
    private sealed record Run(double WallMs, long AllocatedBytes, SortedDictionary<string, int> ById, Dictionary<string, double> AnalyzerMsByType);
}
