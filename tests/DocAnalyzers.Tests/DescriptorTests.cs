using System.Reflection;
using System.Text.RegularExpressions;
using DocAnalyzers.ApiDocs;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DocAnalyzers.Tests;

/// <summary>
/// Every rule has a stable ID, a help page that exists and follows the rule page template, a release-tracking entry and
/// a change log entry; every suppression of a compiler warning has a stable ID, a row in docs/api-options.md and a change
/// log entry; the compiler finds every analyzer and suppressor.
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

    /// <summary>The sections every rule page has, in this order; a page may add sections of its own between them.</summary>
    private static readonly string[] PageSections = { "Cause", "Rule description", "How to fix violations", "How to configure", "How to suppress violations" };

    /// <summary>
    /// Every rule page follows one template (CONTRIBUTING.md): a title of the ID and the descriptor's title, a table of
    /// the ID, category, default severity and when it is reported, then <see cref="PageSections"/> in order.
    /// </summary>
    [Theory]
    [MemberData(nameof(Ids))]
    public void Rule_page_follows_the_template(string id)
    {
        DiagnosticDescriptor descriptor = AllDescriptors().Single(d => d.Id == id);
        string[] lines = File.ReadAllText(Path.Combine(RepositoryRoot, "docs", "rules", id + ".md")).ReplaceLineEndings("\n").Split('\n');

        // Code spans only in the title: `<param>` tag does not match a parameter.
        Assert.Equal($"# {id}: {descriptor.Title}", lines[0].Replace("`", string.Empty, StringComparison.Ordinal));
        Assert.Equal("| Rule ID | Category | Default severity | Reported at |", lines[2]);
        string severity = descriptor.IsEnabledByDefault ? descriptor.DefaultSeverity.ToString() : $"Disabled ({descriptor.DefaultSeverity} when enabled)";
        Match row = Regex.Match(lines[4], @"^\| (?<id>[^|]+) \| (?<category>[^|]+) \| (?<severity>[^|]+) \| (?<when>[^|]+) \|$");
        Assert.True(row.Success, $"{id}.md: the table's row is '{lines[4]}'");
        Assert.Equal(id, row.Groups["id"].Value);
        Assert.Equal(descriptor.Category, row.Groups["category"].Value);
        Assert.Equal(severity, row.Groups["severity"].Value);
        bool atEnd = descriptor.CustomTags.Contains(WellKnownDiagnosticTags.CompilationEnd);
        Assert.True(atEnd == row.Groups["when"].Value.Contains("compilation end", StringComparison.Ordinal), $"{id}.md says it is reported '{row.Groups["when"].Value}', but the rule {(atEnd ? "is" : "is not")} reported at compilation end");

        // The page's own level-2 headings, outside code blocks (examples hold headings of markdown documents).
        var sections = new List<string>();
        bool inFence = false;
        foreach (string line in lines)
        {
            if (line.StartsWith("```", StringComparison.Ordinal))
            {
                inFence = !inFence;
            }
            else if (!inFence && line.StartsWith("## ", StringComparison.Ordinal))
            {
                sections.Add(line[3..]);
            }
        }

        Assert.Equal(PageSections, sections.Where(PageSections.Contains));
    }

    /// <summary>The change log names every rule, on its own or in a range such as DOC100–DOC111.</summary>
    [Theory]
    [MemberData(nameof(Ids))]
    public void Rule_has_an_entry_in_the_change_log(string id) =>
        Assert.True(ChangeLogNames(id), $"CHANGELOG.md does not name {id}");

    /// <summary>The change log names every suppression of a compiler warning.</summary>
    [Theory]
    [MemberData(nameof(SuppressionIds))]
    public void Suppression_has_an_entry_in_the_change_log(string id) =>
        Assert.True(ChangeLogNames(id), $"CHANGELOG.md does not name {id}");

    private static bool ChangeLogNames(string id)
    {
        string changeLog = File.ReadAllText(Path.Combine(RepositoryRoot, "CHANGELOG.md"));
        if (Regex.IsMatch(changeLog, $@"\b{id}\b"))
        {
            return true;
        }

        Match number = Regex.Match(id, @"^DOC(\d{3})$");
        return number.Success && Regex.Matches(changeLog, @"\bDOC(\d{3})[–-]DOC(\d{3})\b").Any(range =>
            string.CompareOrdinal(range.Groups[1].Value, number.Groups[1].Value) <= 0 && string.CompareOrdinal(number.Groups[1].Value, range.Groups[2].Value) <= 0);
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
