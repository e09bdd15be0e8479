using System.Reflection;
using System.Text.RegularExpressions;
using DocAnalyzers.ApiDocs;
using DocAnalyzers.Repository;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DocAnalyzers.Tests;

/// <summary>Every rule has a stable ID, a help page that exists, and a release-tracking entry.</summary>
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
        DiagnosticAnalyzer[] analyzers =
        {
            new RepositoryDocumentationAnalyzer(),
            new ApiDocumentationAnalyzer(),
            new ExceptionDocumentationAnalyzer(),
            new MalformedDocumentationAnalyzer(),
        };
        var supported = analyzers.SelectMany(a => a.SupportedDiagnostics).Select(d => d.Id).ToHashSet();
        Assert.Equal(AllDescriptors().Select(d => d.Id).OrderBy(i => i), supported.OrderBy(i => i));
    }

    private static IEnumerable<DiagnosticDescriptor> AllDescriptors() =>
        typeof(Descriptors).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
            .Select(f => (DiagnosticDescriptor)f.GetValue(null)!);

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
