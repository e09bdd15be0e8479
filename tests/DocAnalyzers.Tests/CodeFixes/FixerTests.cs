using System.Composition;
using System.Reflection;
using DocAnalyzers.CodeFixes.ApiDocs;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace DocAnalyzers.Tests.CodeFixes;

/// <summary>
/// What every code fix promises, checked over all of them: it is exported for the IDE and dotnet format, its
/// equivalence keys are public constants, its Fix All covers document, project and solution, and the page of
/// each rule it fixes says what the fix does.
/// </summary>
public sealed class FixerTests
{
    public static TheoryData<string> Fixers()
    {
        var data = new TheoryData<string>();
        foreach (Type type in FixerTypes())
        {
            data.Add(type.Name);
        }

        return data;
    }

    [Fact]
    public void The_fixes_cover_the_rules_the_issue_names()
    {
        var fixable = FixerTypes().SelectMany(t => Create(t.Name).FixableDiagnosticIds).ToHashSet();
        Assert.Superset(
            new HashSet<string> { "DOC100", "DOC101", "DOC102", "DOC103", "DOC104", "DOC105", "DOC106", "DOC107", "DOC109", "DOC200", "DOC201" },
            fixable);
    }

    [Theory]
    [MemberData(nameof(Fixers))]
    public void Fixer_is_exported_unshared_with_public_equivalence_keys(string name)
    {
        Type type = FixerTypes().Single(t => t.Name == name);
        ExportCodeFixProviderAttribute export = type.GetCustomAttribute<ExportCodeFixProviderAttribute>()!;
        Assert.NotNull(export);
        Assert.Equal(name, export.Name);
        Assert.Contains(LanguageNames.CSharp, export.Languages);

        // [Shared] would make the assembly reference System.Composition 8.0, newer than Visual Studio 17.8 ships.
        Assert.Null(type.GetCustomAttribute<SharedAttribute>());

        FieldInfo[] keys = type.GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral && f.FieldType == typeof(string)).ToArray();
        Assert.NotEmpty(keys);
        Assert.All(keys, key => Assert.StartsWith("DocAnalyzers.", (string)key.GetRawConstantValue()!, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Fixers))]
    public void Fix_all_covers_document_project_and_solution(string name)
    {
        FixAllProvider provider = Create(name).GetFixAllProvider()!;
        Assert.NotNull(provider);
        Assert.Superset(new HashSet<FixAllScope> { FixAllScope.Document, FixAllScope.Project, FixAllScope.Solution }, provider.GetSupportedFixAllScopes().ToHashSet());
    }

    [Theory]
    [MemberData(nameof(Fixers))]
    public void The_page_of_each_fixed_rule_describes_the_fix(string name)
    {
        foreach (string id in Create(name).FixableDiagnosticIds)
        {
            string page = File.ReadAllText(Path.Combine(DescriptorTests.RepositoryRoot, "docs", "rules", id + ".md"));
            Assert.Contains("### Code fix", page, StringComparison.Ordinal);
            Assert.DoesNotContain("none yet", page, StringComparison.Ordinal);
        }
    }

    private static CodeFixProvider Create(string name) => (CodeFixProvider)Activator.CreateInstance(FixerTypes().Single(t => t.Name == name))!;

    private static IEnumerable<Type> FixerTypes() =>
        typeof(MissingDocumentationFixer).Assembly.GetTypes().Where(t => !t.IsAbstract && typeof(CodeFixProvider).IsAssignableFrom(t));
}
