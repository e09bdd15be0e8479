using DocAnalyzers.Repository;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace DocAnalyzers.Tests.Repository;

/// <summary>DOC206 (no documentation), DOC001 (unusable configuration) and custom outlines.</summary>
public sealed class ConfigurationTests
{
    [Fact]
    public async Task No_documentation_files_give_one_diagnostic()
    {
        await new RepositoryTest()
            .Expect(new DiagnosticResult(Descriptors.NoDocumentation).WithArguments(" under '/repo/'", "README.md, docs/**/*.md, doc/**/*.md, documentation/**/*.md, CHANGELOG.md, CONTRIBUTING.md"))
            .VerifyAsync();
    }

    [Fact]
    public async Task Without_the_ownership_property_no_documentation_means_no_check()
    {
        await new RepositoryTest().WithoutProperties().VerifyAsync();
    }

    [Fact]
    public async Task A_project_that_does_not_own_the_check_reports_nothing()
    {
        await new RepositoryTest(("README.md", "## Overview\n"))
            .Property("DocAnalyzersCheckRepository", "false")
            .VerifyAsync();
    }

    [Fact]
    public async Task A_bad_ownership_value_is_a_configuration_error()
    {
        await new RepositoryTest(("README.md", Docs.Complete))
            .WithoutProperties()
            .Property("DocAnalyzersCheckRepository", "maybe")
            .Expect(new DiagnosticResult(Descriptors.ConfigurationUnusable)
                .WithArguments("the MSBuild property DocAnalyzersCheckRepository is 'maybe'; set it to true or false, or remove it"))
            .VerifyAsync();
    }

    [Fact]
    public async Task A_template_that_was_not_found_stops_the_check_with_one_message()
    {
        await new RepositoryTest(("README.md", "## Overview\n"))
            .Property("DocAnalyzersTemplate", "docs/outline.md")
            .Expect(new DiagnosticResult(Descriptors.ConfigurationUnusable).WithArguments(
                "the template 'docs/outline.md' named by the MSBuild property DocAnalyzersTemplate was not found under the repository root '/repo/'; give a path relative to the repository root, or remove the property to use the built-in plan"))
            .VerifyAsync();
    }

    [Theory]
    [InlineData("Just words, no headings.\n", "the template has no headings; write each required section as a markdown heading (# Section, ## Subsection)")]
    [InlineData("", "the template has no headings; write each required section as a markdown heading (# Section, ## Subsection)")]
    public async Task A_template_without_headings_is_a_configuration_error(string template, string problem)
    {
        await new RepositoryTest(("outline.md", "{|#0:|}" + template), ("README.md", "## Overview\n"))
            .Kind("outline.md", "Template")
            .Expect(new DiagnosticResult(Descriptors.ConfigurationUnusable).WithLocation(0).WithArguments("in the template 'outline.md', " + problem))
            .VerifyAsync();
    }

    [Fact]
    public async Task An_unknown_template_attribute_is_reported_at_its_heading()
    {
        await new RepositoryTest(("outline.md", "# Usage\n{|#0:## Install {optinal}|}\n"), ("README.md", "## Overview\n"))
            .Kind("outline.md", "Template")
            .Expect(new DiagnosticResult(Descriptors.ConfigurationUnusable).WithLocation(0).WithArguments(
                "in the template 'outline.md', the heading 'Install' has an unknown attribute 'optinal'; the template knows only optional, diagram, table, intro, group, list, links, aliases, files and code"))
            .VerifyAsync();
    }

    [Fact]
    public async Task A_custom_outline_replaces_the_built_in_plan()
    {
        const string Template = """
            # Usage
            How to use it.
            ## Install {aliases="Installation;Setup"}
            ## Uninstall {optional}
            # Releases {files="HISTORY.md"}
            # Support {optional}
            ## Contact
            """;
        const string Readme = """
            {|#0:# Usage|}
            Run it.
            ## Setup
            dotnet tool install.
            """;
        await new RepositoryTest(("outline.md", Template), ("README.md", Readme.Replace("{|#0:# Usage|}", "# Usage")), ("HISTORY.md", "1.0"))
            .Kind("outline.md", "Template")
            .VerifyAsync();

        await new RepositoryTest(("outline.md", Template), ("README.md", Readme.Replace("## Setup\ndotnet tool install.", "")))
            .Kind("outline.md", "Template")
            .Expect(
                new DiagnosticResult(Descriptors.SectionMissing).WithLocation(0).WithArguments("Install", " under 'Usage'"),
                new DiagnosticResult(Descriptors.SectionMissing).WithLocation(0).WithArguments("Releases", ""))
            .VerifyAsync();
    }

    [Fact]
    public async Task Editorconfig_severity_for_the_projects_code_applies_to_markdown_diagnostics()
    {
        // The compiler itself applies .editorconfig severities only to diagnostics in source files.
        string readme = Docs.CompleteWith("### Infrastructure\nTwo virtual machines behind a load balancer.", "{|#0:### Infrastructure|}")
            .Replace("## Overview\nThe shop sells books online.\n\n", "");
        var test = new RepositoryTest(("README.md", readme))
            .Expect(
                new DiagnosticResult(Descriptors.SectionEmpty).WithLocation(0).WithArguments("Infrastructure").WithSeverity(DiagnosticSeverity.Error));
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[*.cs]\ndotnet_diagnostic.DOC201.severity = error\ndotnet_diagnostic.DOC200.severity = none\n"));
        await test.VerifyAsync();
    }
}
