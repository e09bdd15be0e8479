using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using DocAnalyzers.Cli.Commands;
using DocAnalyzers.Cli.Inputs;
using DocAnalyzers.Cli.Reporting;
using DocAnalyzers.Cli.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using DocAnalyzers.Cli.Projects;

namespace DocAnalyzers.Cli.Tests;

/// <summary><c>docanalyzers report</c>: as a process on generated repositories, and in-process with projects to cover.</summary>
public sealed class ReportCommandTests
{
    [Fact]
    public void Report_writes_the_page_the_summary_and_the_badge_with_each_sections_status()
    {
        using var repository = new TestRepository();
        repository.With("README.md", Samples.PartialLibraryReadme);

        ToolResult result = Tool.Run(repository.Root, "report", "--plan", "library", "--out", "out");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(new[] { "coverage.svg", "index.html", "summary.md" }, Directory.GetFiles(Path.Combine(repository.Root, "out")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Contains("docanalyzers: note: API coverage needs --api (project loading)", result.Error);
        Assert.StartsWith("Wrote index.html, summary.md, coverage.svg to ", result.Output);

        string summary = repository.Read("out/summary.md");
        Assert.Contains("| **Installation** | 📝 placeholder | README.md:5 |", summary);
        Assert.Contains("| **Usage** | ⬜ empty | README.md:9 |", summary);
        Assert.Contains("| **Project** | ❌ missing | README.md:1 |", summary);
        Assert.Contains("| &nbsp;&nbsp;&nbsp;&nbsp;Change Log | ❌ missing |  |", summary);
        Assert.Contains("| **License** | ❌ missing | README.md:1 |", summary);
        Assert.Contains("| README.md | 9 | warning | [DOC201]", summary);

        string html = repository.Read("out/index.html");
        Assert.Contains("Section &#39;Usage&#39; is empty", html);
        Assert.Contains("<li class=\"d0 empty\">", html);
        System.Xml.Linq.XDocument.Parse(repository.Read("out/coverage.svg"));
    }

    [Fact]
    public void Format_json_adds_report_json_which_round_trips()
    {
        using var repository = new TestRepository();
        repository.With("README.md", Samples.CompleteLibraryReadme);

        ToolResult result = Tool.Run(repository.Root, "report", "--plan", "library", "--out", "out", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        string json = repository.Read("out/report.json");
        ReportModel model = JsonReport.Read(json)!;
        Assert.Equal(json, JsonReport.Render(model));
        Assert.Null(model.Coverage);
        Assert.Empty(model.Findings);
        Assert.Equal(
            new[] { "Overview", "Installation", "Usage", "Configuration", "API Documentation", "Project", "Change Log", "Contributing", "Support", "License" },
            model.Sections.Select(s => s.Title));

        // The library plan's optional sections, which this README leaves out, are not required.
        Assert.Equal(new[] { "Configuration", "API Documentation" }, model.Sections.Where(s => s.Status == PlanSectionStatus.Optional).Select(s => s.Title));
        Assert.All(model.Sections.Where(s => s.Status != PlanSectionStatus.Optional), s => Assert.Equal(PlanSectionStatus.Present, s.Status));
    }

    [Fact]
    public void A_missing_chapter_with_a_present_subsection_lists_its_missing_subsections_as_missing()
    {
        // DOC200 reports the chapter and its two missing subsections as one finding; the report still shows each one.
        const string Readme = """
            # Shop

            The shop sells books online.

            ## System Architecture
            Three tiers.
            ### Architecture Diagram
            ![Architecture](docs/architecture.png)
            ### Infrastructure
            Two virtual machines.
            ### Database Architecture
            PostgreSQL 16.
            ### Security Architecture
            OpenID Connect.

            ## Application Architecture
            A web front end and an API.
            ### Frontend Architecture
            React.
            ### Backend Architecture
            ASP.NET Core.
            ### Integration Points
            Stripe webhooks.

            ## Development Environment
            The .NET SDK.
            ### Code Repository
            One Git repository.
            ### Build and Deployment Process
            GitHub Actions.
            ### Testing
            xunit.

            ## Documentation and Resources
            Where to read more.
            ### API Documentation
            OpenAPI at /swagger.
            ### External Resources
            The Stripe documentation.

            ## Change Management
            How changes are made.
            ### Change Log
            CHANGELOG.md.
            ### Upgrade Paths
            Blue-green deployments.
            ### Best Practices and Guidelines
            Small pull requests.
            ### FAQs and Troubleshooting
            Restart the API.
            ### Contact Information
            team@example.com
            """;
        using var repository = new TestRepository();
        repository.With("README.md", Readme);
        repository.With("docs/scaling.md", "# Scaling\n\nTwo more API nodes per thousand orders a minute.\n");

        ToolResult result = Tool.Run(repository.Root, "report", "--out", "out", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        ReportModel model = JsonReport.Read(repository.Read("out/report.json"))!;
        Assert.Equal(
            new[] { "Performance and Scalability", "Performance Metrics", "Disaster Recovery and Backup" },
            model.Sections.Where(s => s.Status == PlanSectionStatus.Missing).Select(s => s.Title));
        Assert.Equal(PlanSectionStatus.Present, model.Sections.Single(s => s.Title == "Scalability Strategies").Status);
        Assert.Equal("DOC200", Assert.Single(model.Findings).Id);
    }

    [Fact]
    public void Without_documentation_every_required_section_is_missing()
    {
        using var repository = new TestRepository();
        repository.With("src/Lib.cs", "class C { }\n");

        ToolResult result = Tool.Run(repository.Root, "report", "--plan", "library", "--out", "out", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        ReportModel model = JsonReport.Read(repository.Read("out/report.json"))!;
        Assert.All(model.Sections, s => Assert.Equal(s.Title is "Configuration" or "API Documentation" ? PlanSectionStatus.Optional : PlanSectionStatus.Missing, s.Status));
        Assert.Equal("DOC206", Assert.Single(model.Findings).Id);
    }

    [Theory]
    [InlineData("--fail-under", "80")]
    [InlineData("--api")]
    [InlineData("--format", "pdf")]
    public void Bad_input_exits_2_and_writes_nothing(params string[] arguments)
    {
        using var repository = new TestRepository();
        repository.With("README.md", Samples.CompleteLibraryReadme);

        ToolResult result = Tool.Run(repository.Root, new[] { "report", "--out", "out" }.Concat(arguments).ToArray());

        Assert.Equal(2, result.ExitCode);
        Assert.False(Directory.Exists(Path.Combine(repository.Root, "out")));
        Assert.Contains("error", result.Error);
    }

    [Fact]
    public void Out_is_required()
    {
        using var repository = new TestRepository();

        ToolResult result = Tool.Run(repository.Root, "report");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--out", result.Error);
    }

    [Theory]
    [InlineData(50, 0)]
    [InlineData(75.1, 1)]
    public async Task Api_coverage_per_project_and_namespace_with_fail_under(double failUnder, int exitCode)
    {
        using var repository = new TestRepository();
        repository.With("README.md", Samples.CompleteLibraryReadme);
        Compilation compilation = ApiCompilation.Create(DocumentationMode.None, new[]
        {
            ("/src/Greeter/Greeter.cs", "namespace Greeter;\n\n/// <summary>Says hello.</summary>\npublic static class Hello\n{\n    public static string In(string language) => language;\n}\n"),
            ("/src/Greeter/Languages.cs", "namespace Greeter.Languages;\n\n/// <summary>Greetings in French.</summary>\npublic static class French\n{\n    /// <summary>Bonjour.</summary>\n    public const string Hello = \"Bonjour\";\n}\n"),
        });
        var project = new LoadedProject("Greeter", Path.Combine(repository.Root, "src", "Greeter", "Greeter.csproj"), compilation, ApiCompilation.Options());
        var output = new StringWriter();
        var error = new StringWriter();
        var settings = new ReportSettings(repository.Root, new InputOverrides("library", null), Path.Combine(repository.Root, "out"), "json", Api: true, FailUnder: failUnder);

        int exit = await CommandErrors.RunAsync(error, () => ReportCommand.RunAsync(settings, ApiCompilation.FromProjects(project), output, error, default));

        Assert.Equal(exitCode, exit);
        Assert.DoesNotContain("note: API coverage", error.ToString());
        ReportModel model = JsonReport.Read(repository.Read("out/report.json"))!;
        Assert.Equal(new CoverageCount(4, 1), model.Coverage);
        ProjectCoverage greeter = Assert.Single(model.Projects);
        Assert.Equal("src/Greeter/Greeter.csproj", greeter.Path);
        Assert.Equal(new[] { ("Greeter", new CoverageCount(2, 1)), ("Greeter.Languages", new CoverageCount(2, 0)) }, greeter.Namespaces.Select(n => (n.Namespace, n.Coverage)));
        Assert.Contains("API documentation coverage 75% (3 of 4 members documented).", output.ToString());
        Assert.Contains("<rect x=\"", repository.Read("out/coverage.svg"));
        Assert.Contains("fill=\"#a4a61d\"", repository.Read("out/coverage.svg"));
        Assert.Equal(exitCode == 1, error.ToString().Contains("is below --fail-under", StringComparison.Ordinal));
    }
}
