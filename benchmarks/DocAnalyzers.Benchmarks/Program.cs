using System.Collections.Immutable;
using System.Diagnostics;
using System.Reflection;
using System.Runtime.InteropServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace DocAnalyzers.Benchmarks;

/// <summary>
/// Measures, in one process, what the DOC1xx analyzers cost on a large generated library, next to the
/// compiler's own cost and next to StyleCop's documentation rules.
/// </summary>
internal static class Program
{
    private const int Warmups = 1;

    private const int CompareWarmups = 5;

    private static async Task<int> Main(string[] args)
    {
        var options = BenchmarkOptions.Parse(args, out string? error);
        if (options is null)
        {
            Console.Error.WriteLine(error);
            Console.Error.WriteLine(BenchmarkOptions.Usage);
            return 64;
        }

        var total = Stopwatch.StartNew();
        var roslyn = typeof(CSharpCompilation).Assembly;
        Console.WriteLine("# DocAnalyzers benchmark");
        Console.WriteLine();
        Console.WriteLine($"Roslyn: {roslyn.GetName().Name} {roslyn.GetName().Version} ({roslyn.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion})");
        Console.WriteLine($"Runtime: {RuntimeInformation.FrameworkDescription}, {Environment.ProcessorCount} processors; {Warmups} warm-up (for compile: the error check) and {options.Runs} measured runs per row, medians reported");

        var references = CorpusCompilation.FrameworkReferences();
        Corpus? corpus = null;
        ImmutableArray<SyntaxTree> trees;
        if (options.Sources is null)
        {
            corpus = CorpusGenerator.Generate();
            Report.Corpus(corpus.Stats);
            trees = CorpusCompilation.Parse(corpus, DocumentationMode.Diagnose);

            // This check compiles the same trees as the compile row: it is that row's warm-up too.
            var errors = CorpusCompilation.Create(trees, references).GetDiagnostics()
                .Where(d => d.Severity == DiagnosticSeverity.Error)
                .ToList();
            Console.WriteLine($"Corpus compiler errors: {errors.Count}");
            if (errors.Count > 0)
            {
                errors.Take(20).ToList().ForEach(e => Console.WriteLine($"  {e}"));
                return 1;
            }
        }
        else
        {
            trees = CorpusCompilation.ParseSources(options.Sources, DocumentationMode.Diagnose);
            int errors = CorpusCompilation.Create(trees, references).GetDiagnostics().Count(d => d.Severity == DiagnosticSeverity.Error);
            Console.WriteLine($"Sources: {options.Sources}, {trees.Length - 1} files, {trees.Sum(t => t.Length):N0} characters; {errors} compiler errors (the library's package references are missing; every declaration and comment is still analysed)");
        }

        // --mode re-parses the code for the DocAnalyzers rows only; the compile baseline stays on Diagnose.
        ImmutableArray<SyntaxTree> docTrees = options.Mode == DocumentationMode.Diagnose ? trees
            : corpus is not null ? CorpusCompilation.Parse(corpus, options.Mode) : CorpusCompilation.ParseSources(options.Sources!, options.Mode);

        if (options.Ide)
        {
            return await IdeAsync(corpus!, references, options.Mode, options.DefaultSeverities);
        }

        if (options.Baseline is not null)
        {
            return await CompareAsync(options, docTrees, references, corpus);
        }

        var measure = new Measure(Warmups, options.Runs, references);
        var compile = await measure.CompileAsync("compile (DocumentationMode.Diagnose)", trees, warmedUp: true);
        var groups = new List<Measurement>();

        Measurement? docAnalyzers = null;
        var docGroup = AnalyzerGroups.DocAnalyzers(options.DefaultSeverities);
        if (docGroup is null)
        {
            Console.WriteLine();
            Console.WriteLine($"SKIPPED {AnalyzerGroups.DocAnalyzersName}: DocAnalyzers.dll has no analyzer with a DOC1xx rule yet.");
        }
        else
        {
            string name = options.Mode == DocumentationMode.Diagnose ? docGroup.Name : $"{docGroup.Name} (DocumentationMode.{options.Mode})";
            docAnalyzers = await measure.AnalyzersAsync(docGroup with { Name = name }, docTrees);
            groups.Add(docAnalyzers);
        }

        Measurement? styleCop = null;
        if (options.Mode == DocumentationMode.Diagnose)
        {
            styleCop = await measure.AnalyzersAsync(AnalyzerGroups.StyleCop(), trees);
            groups.Add(styleCop);
        }
        else
        {
            Console.WriteLine();
            Console.WriteLine($"SKIPPED {AnalyzerGroups.StyleCopName}: its documentation rules need DocumentationMode.Diagnose, and the comparison is defined there.");
        }

        var reference = await measure.AnalyzersAsync(ReferenceAnalyzer.Group(), trees);
        groups.Add(reference);
        var empty = await measure.AnalyzersAsync(EmptySymbolAnalyzer.Group(), trees);
        groups.Add(empty);

        Report.Table(compile, groups);
        Console.WriteLine();
        if (docAnalyzers is not null && styleCop is not null)
        {
            Report.Ratio(docAnalyzers.Name, docAnalyzers.MedianAnalyzerMs, styleCop.Name, styleCop.MedianAnalyzerMs, "target <= 0.50");
        }

        if (docAnalyzers is not null)
        {
            Report.Ratio(docAnalyzers.Name, docAnalyzers.MedianAnalyzerMs, compile.Name, compile.MedianWallMs, "target < 0.10");
            Console.WriteLine();
            Console.WriteLine($"Of each analyzer group's time, about {reference.MedianAnalyzerMs:N0} ms is the analyzer driver's scan of every file for [GeneratedCode] (the '{ReferenceAnalyzer.Name}' row),");
            Console.WriteLine("which the driver charges to the first analyzer that reports in a file; in a build with other analyzers that skip generated code, it is paid once for all of them.");
            Report.Ratio(docAnalyzers.Name + " without the driver's scan", Math.Max(0, docAnalyzers.MedianAnalyzerMs - reference.MedianAnalyzerMs), compile.Name, compile.MedianWallMs, "for reference");
        }

        Console.WriteLine();
        foreach (var group in new[] { docAnalyzers, styleCop }.OfType<Measurement>())
        {
            Report.Allocation(group, empty, corpus is null ? null : corpus.Stats.Members + corpus.Stats.Types);
        }

        Console.WriteLine();
        Console.WriteLine($"Total time: {total.Elapsed.TotalSeconds:F0} s");
        if (measure.AnalyzerFailures.Count > 0)
        {
            Console.WriteLine();
            Console.WriteLine($"FAILED: {measure.AnalyzerFailures.Count} analyzer exceptions (AD0001); the timings above are not valid. First ones:");
            foreach (string failure in measure.AnalyzerFailures.Distinct().Take(5))
            {
                Console.WriteLine(failure);
            }

            return 2;
        }

        return 0;
    }

    /// <summary>
    /// --baseline: this build's DOC1xx analyzers and another build's, in turns on the same trees, with an empty analyzer
    /// for the allocation floor; medians, the ratio, and whether both report the same diagnostics.
    /// </summary>
    private static async Task<int> CompareAsync(BenchmarkOptions options, ImmutableArray<SyntaxTree> trees, ImmutableArray<MetadataReference> references, Corpus? corpus)
    {
        var current = AnalyzerGroups.DocAnalyzers(options.DefaultSeverities);
        var baseline = AnalyzerGroups.Baseline(options.Baseline!, options.DefaultSeverities);
        if (current is null || baseline is null)
        {
            Console.WriteLine("SKIPPED: one of the two DocAnalyzers.dll has no analyzer with a DOC1xx rule.");
            return 1;
        }

        // More warm-ups than the other rows: both builds' code must reach the JIT's final tier before the first
        // measured run, or the first build measured looks slower.
        var measure = new Measure(CompareWarmups, options.Runs, references);
        var results = await measure.AlternatingAsync([baseline, current, EmptySymbolAnalyzer.Group()], trees);
        Console.WriteLine();
        Console.WriteLine($"DocumentationMode.{options.Mode}, {options.Runs} runs each in turns after {CompareWarmups} warm-ups, medians:");
        Report.Comparison(results[0], results[1], results[2], corpus is null ? null : corpus.Stats.Members + corpus.Stats.Types);
        if (measure.AnalyzerFailures.Count > 0)
        {
            Console.WriteLine($"FAILED: {measure.AnalyzerFailures.Count} analyzer exceptions (AD0001). First: {measure.AnalyzerFailures[0]}");
            return 2;
        }

        return 0;
    }

    /// <summary>--ide: the latency of analysing one open file, per file of the corpus, DocAnalyzers next to StyleCop.</summary>
    private static async Task<int> IdeAsync(Corpus corpus, ImmutableArray<MetadataReference> references, DocumentationMode mode, bool defaultSeverities)
    {
        var docGroup = AnalyzerGroups.DocAnalyzers(defaultSeverities);
        if (docGroup is null)
        {
            Console.WriteLine($"SKIPPED: DocAnalyzers.dll has no analyzer with a DOC1xx rule yet.");
            return 1;
        }

        var trees = CorpusCompilation.Parse(corpus, mode);
        var groups = new[] { docGroup, AnalyzerGroups.StyleCop(), EmptySymbolAnalyzer.Group() };
        var latencies = await IdeLatency.MeasureAsync(groups, trees, references);
        Console.WriteLine();
        Console.WriteLine($"One open file (syntax and semantic analyzer diagnostics of one file, its model bound), DocumentationMode.{mode}, {latencies[0].Ms.Count} files of {trees.Average(t => t.GetText().Lines.Count):N0} lines on average:");
        Console.WriteLine();
        Console.WriteLine("| Group | p50 (ms) | p90 (ms) | p99 (ms) | max (ms) |");
        Console.WriteLine("|---|---:|---:|---:|---:|");
        foreach (var group in latencies)
        {
            Console.WriteLine($"| {group.Name} | {group.Percentile(50):N1} | {group.Percentile(90):N1} | {group.Percentile(99):N1} | {group.Ms.Max():N1} |");
        }

        Console.WriteLine();
        Report.Ratio($"{latencies[0].Name} p50", latencies[0].Percentile(50), $"{latencies[1].Name} p50", latencies[1].Percentile(50), "target <= 0.50");
        Report.Ratio($"{latencies[0].Name} p99", latencies[0].Percentile(99), $"{latencies[1].Name} p99", latencies[1].Percentile(99), "target <= 0.50");
        Console.WriteLine($"The '{EmptySymbolAnalyzer.Name}' row is the analyzer driver's floor for one file, which both groups pay; above it:");
        double floor = latencies[2].Percentile(50);
        Report.Ratio($"{latencies[0].Name} p50 above the floor", Math.Max(0, latencies[0].Percentile(50) - floor), $"{latencies[1].Name} p50 above the floor", Math.Max(0, latencies[1].Percentile(50) - floor), "for reference");
        return 0;
    }
}
