using System.Globalization;

namespace DocAnalyzers.Benchmarks;

/// <summary>Prints the results as markdown: corpus, table, diagnostics by rule, and the two ratios.</summary>
internal static class Report
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static void Corpus(CorpusStats stats)
    {
        double undocumentedMembers = (double)stats.UndocumentedMembers / stats.Members;
        double undocumentedTypes = (double)stats.UndocumentedTypes / stats.Types;
        Console.WriteLine(string.Create(
            Invariant,
            $"Corpus: {stats.Types:N0} types, {stats.Members:N0} members, {stats.Files:N0} files, {stats.Characters:N0} characters; undocumented: {undocumentedMembers:P1} of members, {undocumentedTypes:P1} of types"));
        Console.WriteLine(string.Create(
            Invariant,
            $"Seeded: {stats.UndocumentedVisible:N0} missing comments on the public API (the expected CS1591 count), {stats.InheritDoc:N0} <inheritdoc/> on overrides and implementations; defects on the public API: ")
            + string.Join(", ", stats.Defects.Select(d => string.Create(Invariant, $"{d.Key} {d.Value:N0}"))));
    }

    public static void Table(Measurement compile, IReadOnlyList<Measurement> groups)
    {
        Console.WriteLine();
        Console.WriteLine("| Group | Analyzer execution, median (ms) | Wall, median (ms) | Allocated, median (MB) | Diagnostics |");
        Console.WriteLine("|---|---:|---:|---:|---:|");
        Console.WriteLine(string.Create(Invariant, $"| {compile.Name} | - | {compile.MedianWallMs:N0} | {compile.MedianAllocatedBytes / 1e6:N0} | {compile.DiagnosticCount:N0} |"));
        foreach (var group in groups)
        {
            Console.WriteLine(string.Create(Invariant, $"| {group.Name} | {group.MedianAnalyzerMs:N0} | {group.MedianWallMs:N0} | {group.MedianAllocatedBytes / 1e6:N0} | {group.DiagnosticCount:N0} |"));
        }

        Console.WriteLine();
        Console.WriteLine(string.Create(Invariant, $"- {compile.Name}: CS1591 {compile.DiagnosticsById.GetValueOrDefault("CS1591"):N0}; warnings by id: {ById(compile)}"));
        foreach (var group in groups)
        {
            Console.WriteLine($"- {group.Name}: {ById(group)}");
        }

        Console.WriteLine();
        Console.WriteLine("Measured runs (ms):");
        Console.WriteLine($"- {compile.Name}: wall {Runs(compile.WallMs)}");
        foreach (var group in groups)
        {
            Console.WriteLine($"- {group.Name}: analyzers {Runs(group.AnalyzerMs)}; wall {Runs(group.WallMs)}");
        }

        Console.WriteLine();
        Console.WriteLine("Slowest analyzers of each group, last run (ms):");
        foreach (var group in groups)
        {
            var slowest = group.AnalyzerMsByType.OrderByDescending(a => a.Value).Take(5);
            Console.WriteLine($"- {group.Name}: " + string.Join(", ", slowest.Select(a => string.Create(Invariant, $"{a.Key} {a.Value:F0}"))));
        }
    }

    /// <summary>A group's allocations above the empty analyzer's (the binding every row pays), and per member of the corpus.</summary>
    public static void Allocation(Measurement group, Measurement floor, int? members)
    {
        double above = group.MedianAllocatedBytes - floor.MedianAllocatedBytes;
        string perMember = members is int count ? string.Create(Invariant, $"{above / count:N0} bytes per member, ") : string.Empty;
        Console.WriteLine(string.Create(Invariant, $"{group.Name}: allocates {perMember}{above / 1e6:N1} MB above '{floor.Name}'{(members is int n ? string.Create(Invariant, $" for {n:N0} members") : string.Empty)}"));
    }

    /// <summary>The --baseline report: both builds' medians, their ratio, and whether they report the same diagnostics.</summary>
    public static void Comparison(Measurement baseline, Measurement current, Measurement floor, int? members)
    {
        Console.WriteLine();
        Console.WriteLine("| Build | Analyzer execution, median (ms) | Allocated above the empty analyzer, median (MB) | Diagnostics |");
        Console.WriteLine("|---|---:|---:|---:|");
        foreach (var row in new[] { baseline, current })
        {
            Console.WriteLine(string.Create(Invariant, $"| {row.Name} | {row.MedianAnalyzerMs:N0} | {(row.MedianAllocatedBytes - floor.MedianAllocatedBytes) / 1e6:N1} | {row.DiagnosticCount:N0} |"));
        }

        Console.WriteLine();
        Console.WriteLine($"Measured runs (ms): baseline {Runs(baseline.AnalyzerMs)}; this build {Runs(current.AnalyzerMs)}");
        Ratio("this build", current.MedianAnalyzerMs, "baseline", baseline.MedianAnalyzerMs, "execution time");
        Allocation(baseline, floor, members);
        Allocation(current, floor, members);
        bool same = baseline.DiagnosticsById.Count == current.DiagnosticsById.Count
            && baseline.DiagnosticsById.All(d => current.DiagnosticsById.TryGetValue(d.Key, out int count) && count == d.Value);
        Console.WriteLine(same ? $"Same diagnostics: {ById(current)}" : $"DIFFERENT diagnostics: baseline {ById(baseline)}; this build {ById(current)}");
    }

    /// <summary>One ratio of median analyzer execution time to a baseline's time.</summary>
    /// <summary>One ratio of median analyzer execution time to a baseline's time.</summary>
    public static void Ratio(string name, double value, string baseline, double baselineValue, string target) =>
        Console.WriteLine(string.Create(Invariant, $"{name} / {baseline}: {value / baselineValue:F2} ({target})"));

    private static string ById(Measurement measurement) =>
        string.Join(" ", measurement.DiagnosticsById.Select(d => string.Create(Invariant, $"{d.Key}={d.Value}")));

    private static string Runs(IEnumerable<double> values) => string.Join(", ", values.Select(v => v.ToString("F0", Invariant)));
}
