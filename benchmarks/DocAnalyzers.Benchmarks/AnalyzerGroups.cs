using System.Collections.Immutable;
using System.Globalization;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DocAnalyzers.Benchmarks;

/// <summary>A set of analyzers measured together, with the rule severities that switch on exactly its rules.</summary>
internal sealed record AnalyzerGroup(
    string Name,
    ImmutableArray<DiagnosticAnalyzer> Analyzers,
    ImmutableDictionary<string, ReportDiagnostic> DiagnosticOptions);

/// <summary>Finds the analyzers of each group by reflection, so no analyzer type is named here.</summary>
internal static class AnalyzerGroups
{
    public const string DocAnalyzersName = "DocAnalyzers DOC1xx";
    public const string StyleCopName = "StyleCop SA1600-SA1651";

    /// <summary>
    /// Every DocAnalyzers analyzer with a DOC1xx rule; the repository analyzer (DOC0xx, DOC2xx) stays out.
    /// Null while the assembly has none. Every DOC1xx rule is set to Warn, so DOC110 (off by default) runs too, unless
    /// <paramref name="defaultSeverities"/> keeps each rule's default, as a user's build runs them.
    /// </summary>
    public static AnalyzerGroup? DocAnalyzers(bool defaultSeverities = false) =>
        DocAnalyzers(typeof(global::DocAnalyzers.DiagnosticIds).Assembly, DocAnalyzersName, defaultSeverities);

    /// <summary>
    /// The DOC1xx analyzers of another build of DocAnalyzers.dll (--baseline), loaded beside this one in a load context
    /// of its own; the Roslyn and Markdig it references are this process's.
    /// </summary>
    public static AnalyzerGroup? Baseline(string path, bool defaultSeverities = false) =>
        DocAnalyzers(new System.Runtime.Loader.AssemblyLoadContext("baseline").LoadFromAssemblyPath(path), $"{DocAnalyzersName} (baseline {path})", defaultSeverities);

    private static AnalyzerGroup? DocAnalyzers(Assembly assembly, string name, bool defaultSeverities)
    {
        var analyzers = Instantiate(assembly)
            .Where(a => a.SupportedDiagnostics.Any(d => IsDoc1xx(d.Id)))
            .ToImmutableArray();
        if (analyzers.IsEmpty)
        {
            return null;
        }

        var options = analyzers
            .SelectMany(a => a.SupportedDiagnostics)
            .Where(d => IsDoc1xx(d.Id))
            .DistinctBy(d => d.Id)
            .ToImmutableDictionary(d => d.Id, d => defaultSeverities ? ReportDiagnostic.Default : ReportDiagnostic.Warn);
        return new AnalyzerGroup(name, analyzers, options);
    }

    /// <summary>
    /// StyleCop's analyzers that report any of SA1600-SA1651, the documentation rules. Those rules are set to
    /// Warn (including the ones off by default); every other rule StyleCop declares is suppressed.
    /// </summary>
    public static AnalyzerGroup StyleCop()
    {
        string path = Path.Combine(AppContext.BaseDirectory, "analyzers", "StyleCop.Analyzers.dll");
        Assembly assembly = Assembly.LoadFrom(path);
        var all = Instantiate(assembly);
        var analyzers = all
            .Where(a => a.SupportedDiagnostics.Any(d => IsStyleCopDocumentationRule(d.Id)))
            .ToImmutableArray();
        if (analyzers.IsEmpty)
        {
            throw new InvalidOperationException($"{path} has no analyzer for SA1600-SA1651.");
        }

        var options = all
            .SelectMany(a => a.SupportedDiagnostics)
            .Select(d => d.Id)
            .Distinct()
            .ToImmutableDictionary(id => id, id => IsStyleCopDocumentationRule(id) ? ReportDiagnostic.Warn : ReportDiagnostic.Suppress);
        return new AnalyzerGroup(StyleCopName, analyzers, options);
    }

    private static bool IsDoc1xx(string id) => id.StartsWith("DOC1", StringComparison.Ordinal);

    private static bool IsStyleCopDocumentationRule(string id) =>
        id.StartsWith("SA", StringComparison.Ordinal)
        && int.TryParse(id.AsSpan(2), NumberStyles.None, CultureInfo.InvariantCulture, out int number)
        && number is >= 1600 and <= 1651;

    /// <summary>Every concrete analyzer type with a public parameterless constructor, in name order.</summary>
    private static List<DiagnosticAnalyzer> Instantiate(Assembly assembly)
    {
        Type?[] types;
        try
        {
            types = assembly.GetTypes();
        }
        catch (ReflectionTypeLoadException e)
        {
            // Types that need assemblies this process lacks (code fixes, IDE parts) are not analyzers we run.
            types = e.Types;
        }

        return types
            .OfType<Type>()
            .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && t.GetConstructor(Type.EmptyTypes) is not null)
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
            .ToList();
    }
}
