using System.Collections.Generic;
using System.IO;
using System.Linq;
using DocAnalyzers.Cli.Analysis;
using DocAnalyzers.Cli.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace DocAnalyzers.Cli.Tests;

/// <summary>
/// The tool defines no rule of its own: every rule it can report (and lists in SARIF) is one of the package's
/// descriptors, with the package's help link and page, which DescriptorTests holds to the rule page template.
/// </summary>
public sealed class ToolRulesTests
{
    public static TheoryData<string> ReportedIds()
    {
        var data = new TheoryData<string>();
        foreach (string id in ReportedRules().Select(r => r.Id).Distinct().Order())
        {
            data.Add(id);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ReportedIds))]
    public void Every_rule_the_tool_reports_is_a_package_rule_with_its_page(string id)
    {
        DiagnosticDescriptor rule = ReportedRules().First(r => r.Id == id);
        DiagnosticDescriptor package = typeof(Descriptors).GetFields()
            .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
            .Select(f => (DiagnosticDescriptor)f.GetValue(null)!)
            .Single(d => d.Id == id);
        Assert.Same(package, rule);
        Assert.Equal(Descriptors.HelpLink(id), rule.HelpLinkUri);
        Assert.True(File.Exists(Path.Combine(RepositoryFolder.Root, "docs", "rules", id + ".md")), $"docs/rules/{id}.md is missing");
    }

    // What check lists: the repository analyzer's rules, and with the api option the DOC1xx analyzers' rules.
    private static IEnumerable<DiagnosticDescriptor> ReportedRules() =>
        DocumentationAnalysis.Analyzer.SupportedDiagnostics.Concat(ApiAnalysis.Rules);
}
