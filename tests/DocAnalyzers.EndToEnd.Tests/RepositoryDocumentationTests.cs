using System;
using System.IO;
using DocAnalyzers.EndToEnd.Tests.Infrastructure;

namespace DocAnalyzers.EndToEnd.Tests;

/// <summary>One project in a git repository, built with <c>dotnet build</c>, against the built-in plan.</summary>
[Collection(PackageCollection.Name)]
public sealed class RepositoryDocumentationTests
{
    private const string SystemArchitecture = "System Architecture";
    private readonly PackageFixture package;

    public RepositoryDocumentationTests(PackageFixture package) => this.package = package;

    [Fact]
    public void Complete_documentation_reports_nothing()
    {
        using var repository = TestRepository.Create(package);
        repository.WriteLibrary("src/Library", "Library");
        repository.Write("README.md", PlanDocument.Readme("Library"));

        BuildResult build = repository.Build("src/Library");

        BuildAssert.Succeeded(build);
        BuildAssert.DocDiagnostics(build, repository);
        var handed = GeneratedEditorConfig.Read(repository.PathOf("src/Library"), "Library");
        Assert.Equal("Document", handed.DocAnalyzersKinds[repository.PathOf("README.md")]);
    }

    [Fact]
    public void A_broken_link_between_documentation_files_is_reported_at_its_target()
    {
        using var repository = TestRepository.Create(package);
        repository.WriteLibrary("src/Library", "Library");
        repository.Write("docs/guide.md", "# Guide\n\n## Install\nRun the installer.\n");
        const string Links = "See [the guide](docs/gide.md), [installing](docs/guide.md#install) and [the code](src/Library/Class1.cs#L1).";
        string readme = PlanDocument.Readme("Library") + "\n" + Links + "\n";
        repository.Write("README.md", readme);

        BuildResult build = repository.Build("src/Library");

        BuildAssert.Succeeded(build);
        int line = PlanDocument.LineOf(readme, Links);
        int column = Links.IndexOf("docs/gide.md", StringComparison.Ordinal) + 1;
        BuildAssert.DocDiagnostics(
            build,
            repository,
            $"README.md({line},{column}): warning DOC205: Link 'docs/gide.md' points to a file that does not exist; did you mean 'docs/guide.md'?");
    }

    [Fact]
    public void Missing_sections_are_reported_at_their_parents_heading_or_as_one_chapter_at_the_readmes_title()
    {
        using var repository = TestRepository.Create(package);
        repository.WriteLibrary("src/Library", "Library");
        string readme = repository.Write("README.md", PlanDocument.Readme("Library", "Database Architecture", "Security Architecture", "Change Management"));
        int system = PlanDocument.LineOf(File.ReadAllText(readme), $"## {SystemArchitecture}");

        BuildResult build = repository.Build("src/Library");

        BuildAssert.Succeeded(build);
        BuildAssert.DocDiagnostics(
            build,
            repository,
            $"README.md({system},1): warning DOC200: Required section 'Database Architecture' is missing under '{SystemArchitecture}'",
            $"README.md({system},1): warning DOC200: Required section 'Security Architecture' is missing under '{SystemArchitecture}'",
            "README.md(1,1): warning DOC200: Required section 'Change Management' is missing, with its subsections 'Change Log', 'Upgrade Paths', 'Best Practices and Guidelines', 'FAQs and Troubleshooting' and 'Contact Information'");
    }

    [Fact]
    public void A_library_readme_with_the_library_plan_gets_one_finding_at_its_title_below_the_badges()
    {
        using var repository = TestRepository.Create(package);
        repository.WriteLibrary("src/Library", "Library", properties: "<DocAnalyzersPlan>library</DocAnalyzersPlan>");

        // What `dotnet new classlib` authors write: a title under badges, an introduction, Installation, Usage, License.
        repository.Write("readme.md", LibraryReadme);

        BuildResult build = repository.Build("src/Library");

        BuildAssert.Succeeded(build);
        int title = PlanDocument.LineOf(LibraryReadme, "# Library");
        BuildAssert.DocDiagnostics(
            build,
            repository,
            $"readme.md({title},1): warning DOC200: Required section 'Project' is missing, with its subsections 'Change Log', 'Contributing' and 'Support'");
    }

    [Fact]
    public void The_same_readme_with_the_default_plan_gets_one_finding_per_missing_chapter()
    {
        using var repository = TestRepository.Create(package);
        repository.WriteLibrary("src/Library", "Library");
        repository.Write("README.md", LibraryReadme);

        BuildResult build = repository.Build("src/Library");

        BuildAssert.Succeeded(build);
        int title = PlanDocument.LineOf(LibraryReadme, "# Library");
        int development = PlanDocument.LineOf(LibraryReadme, "## Installation");
        BuildAssert.DocDiagnostics(
            build,
            repository,
            $"README.md({title},1): warning DOC200: Required section 'System Architecture' is missing, with its subsections 'Architecture Diagram', 'Infrastructure', 'Database Architecture' and 'Security Architecture'",
            $"README.md({title},1): warning DOC200: Required section 'Application Architecture' is missing, with its subsections 'Frontend Architecture', 'Backend Architecture' and 'Integration Points'",
            $"README.md({development},1): warning DOC200: Required section 'Code Repository' is missing under 'Development Environment'",
            $"README.md({development},1): warning DOC200: Required section 'Build and Deployment Process' is missing under 'Development Environment'",
            $"README.md({development},1): warning DOC200: Required section 'Testing' is missing under 'Development Environment'",
            $"README.md({title},1): warning DOC200: Required section 'Performance and Scalability' is missing, with its subsections 'Performance Metrics', 'Scalability Strategies' and 'Disaster Recovery and Backup'",
            $"README.md({title},1): warning DOC200: Required section 'Documentation and Resources' is missing, with its subsections 'API Documentation' and 'External Resources'",
            $"README.md({title},1): warning DOC200: Required section 'Change Management' is missing, with its subsections 'Change Log', 'Upgrade Paths', 'Best Practices and Guidelines', 'FAQs and Troubleshooting' and 'Contact Information'");
    }

    [Fact]
    public void An_unknown_plan_name_reports_DOC001_with_the_valid_names()
    {
        using var repository = TestRepository.Create(package);
        repository.WriteLibrary("src/Library", "Library", properties: "<DocAnalyzersPlan>libary</DocAnalyzersPlan>");
        repository.Write("README.md", LibraryReadme);

        BuildResult build = repository.Build("src/Library");

        BuildAssert.Failed(build);
        BuildAssert.DocDiagnostics(
            build,
            repository,
            "CSC: error DOC001: DocAnalyzers configuration is unusable: the MSBuild property DocAnalyzersPlan is 'libary'; the built-in plans are technical, library, arc42 (or name your own outline with DocAnalyzersTemplate)");
    }

    private const string LibraryReadme = """
        [![Build](https://github.com/contoso/library/actions/workflows/ci.yml/badge.svg)](https://github.com/contoso/library/actions)
        [![NuGet](https://img.shields.io/nuget/v/Library.svg)](https://www.nuget.org/packages/Library)

        # Library

        Library greets people by name, in the languages their browser asks for.

        ## Installation

        dotnet add package Library

        ## Usage

        Call Greeter.Hello with a name.

        ## License

        MIT.
        """;

    [Fact]
    public void The_plans_own_bold_label_format_satisfies_the_plan_but_its_diagram_section_needs_a_diagram()
    {
        using var repository = TestRepository.Create(package);
        repository.WriteLibrary("src/Library", "Library");
        string seed = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Assets", "technical-documentation-plan.md"));
        repository.Write("README.md", seed);
        int diagram = PlanDocument.LineOf(seed, "**Architecture Diagram**:");

        BuildResult build = repository.Build("src/Library");

        BuildAssert.Succeeded(build);
        BuildAssert.DocDiagnostics(
            build,
            repository,
            $"README.md({diagram},1): warning DOC204: Section 'Architecture Diagram' holds no diagram: add an image or a mermaid, plantuml, dot, graphviz or d2 code block");
    }

    [Fact]
    public void Sections_may_be_split_across_the_readme_docs_and_conventional_files()
    {
        using var repository = TestRepository.Create(package);
        repository.WriteLibrary("src/Library", "Library");
        repository.Write("README.md", PlanDocument.Readme("Library", "Application Architecture", "Development Environment", "Performance and Scalability", "Documentation and Resources", "Change Management"));
        repository.Write("docs/application.md", PlanDocument.File("Application Architecture"));
        repository.Write("docs/guides/development.md", PlanDocument.File("Development Environment"));
        repository.Write("docs/operations.md", PlanDocument.File("Performance and Scalability", "Disaster Recovery and Backup"));
        repository.Write("docs/resources.md", PlanDocument.File("Documentation and Resources"));

        // CHANGELOG.md is the Change Log and CONTRIBUTING.md the Best Practices and Guidelines, whatever their headings.
        repository.Write("docs/changes.md", PlanDocument.File("Change Management", "Change Log", "Best Practices and Guidelines"));
        repository.Write("CHANGELOG.md", "# Releases\n\n## 1.0.0\n\nThe first release.\n");
        repository.Write("CONTRIBUTING.md", "# How to help\n\nOpen an issue before a pull request.\n");

        // Never documentation (build output, packages, MarkdownSnippets sources and includes): each would be a DOC202 if it were read.
        repository.Write("docs/bin/copy.md", "## Overview\n\nTODO\n");
        repository.Write("docs/obj/copy.md", "## Overview\n\nTODO\n");
        repository.Write("docs/node_modules/package/README.md", "## Overview\n\nTODO\n");
        repository.Write("docs/mdsource/operations.source.md", "## Overview\n\nTODO\n");
        repository.Write("docs/mdsource/sponsors.include.md", "## Overview\n\nTODO\n");

        BuildResult build = repository.Build("src/Library");

        BuildAssert.Succeeded(build);
        BuildAssert.DocDiagnostics(
            build,
            repository,
            "docs/operations.md(1,1): warning DOC200: Required section 'Disaster Recovery and Backup' is missing under 'Performance and Scalability'");
    }

    [Fact]
    public void A_repository_without_documentation_reports_DOC206()
    {
        using var repository = TestRepository.Create(package);
        repository.WriteLibrary("src/Library", "Library");

        BuildResult build = repository.Build("src/Library");

        BuildAssert.Succeeded(build);
        BuildAssert.DocDiagnostics(build, repository, $"CSC: warning DOC206: No documentation files were found under '{repository.Root}' matching 'README.md, docs/**/*.md, doc/**/*.md, documentation/**/*.md, CHANGELOG.md, CONTRIBUTING.md'; write a README.md, or name your documentation files with the MSBuild property DocAnalyzersDocs");
    }

    [Fact]
    public void A_template_replaces_the_plan_and_is_never_read_as_documentation()
    {
        using var repository = TestRepository.Create(package);
        repository.WriteLibrary("src/Library", "Library", properties: "<DocAnalyzersTemplate>docs/plan.md</DocAnalyzersTemplate>");

        // docs/plan.md matches docs/**/*.md: read as documentation, its Usage heading would satisfy the plan.
        repository.Write("docs/plan.md", "# Overview\n\nWhat the project is for.\n\n# Usage\n\nHow to call it.\n");
        repository.Write("README.md", "# Library\n\n## Overview\n\nLibrary greets people.\n");

        BuildResult build = repository.Build("src/Library");

        BuildAssert.Succeeded(build);
        BuildAssert.DocDiagnostics(build, repository, "README.md(1,1): warning DOC200: Required section 'Usage' is missing");
        var handed = GeneratedEditorConfig.Read(repository.PathOf("src/Library"), "Library");
        Assert.Equal("Template", handed.DocAnalyzersKinds[repository.PathOf("docs/plan.md")]);
    }

    [Fact]
    public void A_template_that_does_not_exist_reports_DOC001()
    {
        using var repository = TestRepository.Create(package);
        repository.WriteLibrary("src/Library", "Library", properties: "<DocAnalyzersTemplate>eng/plan.md</DocAnalyzersTemplate>");
        repository.Write("README.md", PlanDocument.Readme("Library"));

        BuildResult build = repository.Build("src/Library");

        BuildAssert.Failed(build);
        BuildAssert.DocDiagnostics(
            build,
            repository,
            $"CSC: error DOC001: DocAnalyzers configuration is unusable: the template 'eng/plan.md' named by the MSBuild property DocAnalyzersTemplate was not found under the repository root '{repository.Root}'; give a path relative to the repository root, or remove the property to use the built-in plan");
    }
}
