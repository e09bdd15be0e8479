using System.Reflection;
using System.Text.RegularExpressions;
using DocAnalyzers.ApiDocs;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DocAnalyzers.Tests;

/// <summary>
/// Every rule has a stable ID, a help page that exists, and a release-tracking entry; every suppression of a compiler
/// warning has a stable ID and a row in docs/api-options.md; the compiler finds every analyzer and suppressor.
/// </summary>
public sealed class DescriptorTests
{
    /// <summary>The clone this test runs from: the folder that holds DocAnalyzers.sln.</summary>
    internal static readonly string RepositoryRoot = FindRepositoryRoot();

    public static TheoryData<string> Ids()
    {
        var data = new TheoryData<string>();
        foreach (DiagnosticDescriptor descriptor in AllDescriptors())
        {
            data.Add(descriptor.Id);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Rule_has_help_link_to_its_page_and_the_page_exists(string id)
    {
        DiagnosticDescriptor descriptor = AllDescriptors().Single(d => d.Id == id);
        Assert.Equal($"{ProjectUrl()}/blob/main/docs/rules/{id}.md", descriptor.HelpLinkUri);
        string page = Path.Combine(RepositoryRoot, "docs", "rules", id + ".md");
        Assert.True(File.Exists(page), $"{page} is missing");
        Assert.StartsWith($"# {id}", File.ReadAllText(page), StringComparison.Ordinal);
    }

    // The one project URL the package's metadata uses (PackageProjectUrl in Directory.Build.props).
    private static string ProjectUrl() =>
        System.Xml.Linq.XDocument.Load(Path.Combine(RepositoryRoot, "Directory.Build.props")).Descendants("PackageProjectUrl").Single().Value;

    [Theory]
    [MemberData(nameof(Ids))]
    public void Rule_is_listed_in_the_release_tracking_file(string id)
    {
        DiagnosticDescriptor descriptor = AllDescriptors().Single(d => d.Id == id);
        string unshipped = File.ReadAllText(Path.Combine(RepositoryRoot, "src", "DocAnalyzers", "AnalyzerReleases.Unshipped.md"));
        string severity = descriptor.IsEnabledByDefault ? descriptor.DefaultSeverity.ToString() : "Disabled";
        Assert.Matches(new Regex($@"^{id}\s*\|\s*{Regex.Escape(descriptor.Category)}\s*\|\s*{severity}\s*\|", RegexOptions.Multiline), unshipped);
    }

    [Fact]
    public void Every_descriptor_is_reported_by_an_analyzer()
    {
        var supported = Analyzers().SelectMany(a => a.SupportedDiagnostics).Select(d => d.Id).ToHashSet();
        Assert.Equal(AllDescriptors().Select(d => d.Id).OrderBy(i => i), supported.OrderBy(i => i));
    }

    [Fact]
    public void Every_analyzer_and_suppressor_is_one_the_compiler_loads_for_CSharp()
    {
        Type[] types = AnalyzerTypes().ToArray();
        Assert.Contains(typeof(ApiDocumentationAnalyzer), types);
        Assert.Contains(typeof(DuplicateWarningSuppressor), types);
        Assert.All(types, type => Assert.Equal(new[] { LanguageNames.CSharp }, type.GetCustomAttribute<DiagnosticAnalyzerAttribute>()?.Languages ?? Array.Empty<string>()));
    }

    public static TheoryData<string> SuppressionIds()
    {
        var data = new TheoryData<string>();
        foreach (SuppressionDescriptor descriptor in AllSuppressions())
        {
            data.Add(descriptor.Id);
        }

        return data;
    }

    /// <summary>Each suppression's ID is DOCSP and the number of the compiler warning it suppresses, once.</summary>
    [Fact]
    public void Suppression_IDs_follow_the_scheme_and_each_is_supported_by_one_suppressor()
    {
        List<SuppressionDescriptor> all = AllSuppressions().ToList();
        Assert.NotEmpty(all);
        Assert.All(all, d => Assert.Matches(@"^CS\d{4}$", d.SuppressedDiagnosticId));
        Assert.All(all, d => Assert.Equal("DOCSP" + d.SuppressedDiagnosticId[2..], d.Id));
        Assert.Equal(all.Select(d => d.Id).Order(), Suppressors().SelectMany(s => s.SupportedSuppressions).Select(d => d.Id).Order());
    }

    /// <summary>
    /// The table in docs/api-options.md lists each suppression with the compiler warning it suppresses and the DOC rule that
    /// reports the same problem instead, the rule its justification names.
    /// </summary>
    [Theory]
    [MemberData(nameof(SuppressionIds))]
    public void Suppression_is_documented_with_the_rule_that_reports_instead(string id)
    {
        SuppressionDescriptor descriptor = AllSuppressions().Single(d => d.Id == id);
        string rule = Regex.Match(descriptor.Justification.ToString(), @"\bas (DOC\d{3})\.").Groups[1].Value;
        Assert.Contains(rule, AllDescriptors().Select(d => d.Id));

        string options = File.ReadAllText(Path.Combine(RepositoryRoot, "docs", "api-options.md"));
        Assert.Matches(new Regex($@"^\|\s*{id}\s*\|\s*{descriptor.SuppressedDiagnosticId}\b[^|\n]*\|\s*\[{rule}\]\(rules/{rule}\.md\)", RegexOptions.Multiline), options);
    }

    private static IEnumerable<DiagnosticDescriptor> AllDescriptors() =>
        typeof(Descriptors).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
            .Select(f => (DiagnosticDescriptor)f.GetValue(null)!);

    private static IEnumerable<SuppressionDescriptor> AllSuppressions() =>
        typeof(SuppressionDescriptors).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.FieldType == typeof(SuppressionDescriptor))
            .Select(f => (SuppressionDescriptor)f.GetValue(null)!);

    /// <summary>Every analyzer and suppressor type of the analyzer assembly, found as the compiler finds them: by type.</summary>
    private static IEnumerable<Type> AnalyzerTypes() =>
        typeof(Descriptors).Assembly.GetTypes().Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t));

    private static IEnumerable<DiagnosticAnalyzer> Analyzers() =>
        AnalyzerTypes().Where(t => !typeof(DiagnosticSuppressor).IsAssignableFrom(t)).Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!);

    private static IEnumerable<DiagnosticSuppressor> Suppressors() =>
        AnalyzerTypes().Where(t => typeof(DiagnosticSuppressor).IsAssignableFrom(t)).Select(t => (DiagnosticSuppressor)Activator.CreateInstance(t)!);

    private static string FindRepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "DocAnalyzers.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("DocAnalyzers.sln not found above " + AppContext.BaseDirectory);
    }
}
