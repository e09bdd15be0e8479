using System.Linq;
using DocAnalyzers.Cli.Reporting;
using DocAnalyzers.Cli.Tests.Infrastructure;

namespace DocAnalyzers.Cli.Tests;

/// <summary><c>docanalyzers check --api</c>, run as a process: which solution or project it loads, its findings and its failures.</summary>
public sealed class CheckApiTests
{
    private const string PlainLibrary = """
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup>
            <TargetFramework>net10.0</TargetFramework>
          </PropertyGroup>
        </Project>
        """;

    [Fact]
    public void Api_reports_the_public_API_findings_and_exits_1()
    {
        using TestRepository repository = Library();

        ToolResult result = Tool.Run(repository.Root, "check", "--api");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(
            new[]
            {
                "src/Lib/Greeter.cs(7,9): warning DOC103: The <param> tag for 'nam' names no parameter of 'Greeter.Hello(string)'",
                "src/Lib/Greeter.cs(9,32): warning DOC102: The documentation of 'Greeter.Hello(string)' has no <param> tag for parameter 'name'",
                "src/Lib/Greeter.cs(11,16): warning DOC100: 'Greeter.Count' is part of the public API but has no documentation comment",
                "src/Lib/Greeter.cs(17,36): warning DOC111: The documentation comment is not well-formed XML: End tag 'summary' does not match the start tag 'c'.",
                "src/Lib/Greeter.cs(18,1): warning DOC111: The documentation comment is not well-formed XML: Expected an end tag for element 'summary'.",
                "5 warnings in 1 documentation file and 1 project.",
            },
            result.Output.TrimEnd('\n').Split('\n'));
    }

    [Fact]
    public void Without_api_the_code_is_not_checked()
    {
        using TestRepository repository = Library();

        ToolResult result = Tool.Run(repository.Root, "check");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("No findings in 1 documentation file.\n", result.Output);
    }

    [Fact]
    public void Api_findings_reach_the_sarif_format_with_paths_relative_to_the_root()
    {
        using TestRepository repository = Library();

        ToolResult result = Tool.Run(repository.Root, "check", "--api", "--format", "sarif");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("\"ruleId\": \"DOC100\"", result.Output);
        Assert.Contains("\"uri\": \"src/Lib/Greeter.cs\"", result.Output);
        Assert.Contains("\"id\": \"DOC103\"", result.Output);
    }

    [Fact]
    public void Api_lists_the_projects_it_checked_in_the_json_format()
    {
        using TestRepository repository = Library();

        ToolResult result = Tool.Run(repository.Root, "check", "--api", "--format", "json");

        Assert.Equal(1, result.ExitCode);
        using var json = System.Text.Json.JsonDocument.Parse(result.Output);
        Assert.Equal(new[] { "src/Lib/Lib.csproj" }, json.RootElement.GetProperty("projects").EnumerateArray().Select(p => p.GetString()));
        Assert.Contains(json.RootElement.GetProperty("findings").EnumerateArray(), f => f.GetProperty("id").GetString() == "DOC100");
    }

    [Fact]
    public void Two_solutions_at_the_root_exit_2_naming_both()
    {
        using TestRepository repository = Library();
        repository.With("Lib.sln", string.Empty);

        ToolResult result = Tool.Run(repository.Root, "check", "--api");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("holds several solutions: Lib.sln, Lib.slnx; name one with --project", result.Error);
        Assert.Equal(string.Empty, result.Output);
    }

    [Fact]
    public void Project_option_picks_one_of_several_solutions()
    {
        using TestRepository repository = Library();
        repository.With("Lib.sln", string.Empty);

        ToolResult result = Tool.Run(repository.Root, "check", "--project", "Lib.slnx");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("src/Lib/Greeter.cs(11,16): warning DOC100: 'Greeter.Count' is part of the public API but has no documentation comment", result.Output);
    }

    [Fact]
    public void No_solution_or_project_at_the_root_exits_2()
    {
        using var repository = new TestRepository();
        repository.With("README.md", Samples.CompleteLibraryReadme).With("src/Lib/Lib.csproj", PlainLibrary);

        ToolResult result = Tool.Run(repository.Root, "check", "--api", "--plan", "library");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("holds no solution (.sln, .slnx) and no C# project (.csproj); name one with --project", result.Error);
    }

    [Fact]
    public void Without_the_package_a_test_project_is_not_checked_and_the_minimum_coverage_applies()
    {
        using TestRepository repository = Library();
        repository
            .With("Directory.Build.props", "<Project><PropertyGroup><DocAnalyzersPlan>library</DocAnalyzersPlan><DocAnalyzersMinimumApiCoverage>90</DocAnalyzersMinimumApiCoverage></PropertyGroup></Project>")
            .With("Lib.slnx", Samples.Solution("src/Lib/Lib.csproj", "tests/Lib.Tests/Lib.Tests.csproj"))
            .With("tests/Lib.Tests/Lib.Tests.csproj", PlainLibrary.Replace("</TargetFramework>", "</TargetFramework>\n    <IsTestProject>true</IsTestProject>", System.StringComparison.Ordinal))
            .With("tests/Lib.Tests/GreeterTests.cs", "namespace Lib.Tests;\n\npublic class GreeterTests\n{\n}\n");

        ToolResult result = Tool.Run(repository.Root, "check", "--api");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("src/Lib/Greeter.cs(11,16): warning DOC100: 'Greeter.Count' is part of the public API but has no documentation comment", result.Output);
        Assert.DoesNotContain("GreeterTests", result.Output);
        Assert.Contains("\nerror DOC190: Public API documentation coverage is ", result.Output);
        Assert.EndsWith("in 1 documentation file and 2 projects.\n", result.Output);
    }

    [Fact]
    public void A_project_referenced_as_an_analyzer_is_loaded_but_not_checked()
    {
        using TestRepository repository = Library();
        repository
            .With("src/Lib/Lib.csproj", PlainLibrary.Replace("</Project>", "  <ItemGroup>\n    <ProjectReference Include=\"../Gen/Gen.csproj\" OutputItemType=\"Analyzer\" ReferenceOutputAssembly=\"false\" />\n  </ItemGroup>\n</Project>", System.StringComparison.Ordinal))
            .With("src/Gen/Gen.csproj", PlainLibrary)
            .With("src/Gen/Generator.cs", "namespace Gen;\n\npublic class Generator\n{\n}\n");

        ToolResult result = Tool.Run(repository.Root, "check", "--api");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("src/Lib/Greeter.cs(11,16): warning DOC100: ", result.Output);
        Assert.DoesNotContain("Generator", result.Output);
        Assert.EndsWith("in 1 documentation file and 1 project.\n", result.Output);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_project_file_that_is_not_well_formed_exits_2(bool noRestore)
    {
        using TestRepository repository = Library();
        repository.With("src/Lib/Lib.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\">\n  <PropertyGroup>\n    <TargetFramework>net10.0\n  </PropertyGroup>\n</Project>\n");

        ToolResult result = noRestore ? Tool.Run(repository.Root, "check", "--api", "--no-restore") : Tool.Run(repository.Root, "check", "--api");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Lib.csproj", result.Error);
        Assert.Contains("does not match the end tag of 'PropertyGroup'", result.Error);
        Assert.Equal(string.Empty, result.Output);
    }

    /// <summary>A repository whose documentation is complete for the library plan, with one class library and a solution.</summary>
    [Fact]
    public void Report_with_api_counts_the_coverage_of_the_solutions_project_and_fails_under_the_minimum()
    {
        using TestRepository repository = Library();

        ToolResult result = Tool.Run(repository.Root, "report", "--api", "--out", "out", "--format", "json", "--fail-under", "90");

        // Greeter, Hello, Goodbye and Wave are documented, Count is not; the internal Helper is not part of the API.
        Assert.Equal(1, result.ExitCode);
        ReportModel model = JsonReport.Read(repository.Read("out/report.json"))!;
        ProjectCoverage project = Assert.Single(model.Projects);
        Assert.Equal(("Lib", 5, 1), (project.Name, project.Coverage.Members, project.Coverage.Undocumented));
        Assert.Equal(80.0, model.Coverage!.Percent);
        Assert.Contains("80%", repository.Read("out/coverage.svg"));
    }

    private static TestRepository Library()
    {
        var repository = new TestRepository();
        repository
            .With("Directory.Build.props", "<Project><PropertyGroup><DocAnalyzersPlan>library</DocAnalyzersPlan></PropertyGroup></Project>")
            .With("README.md", Samples.CompleteLibraryReadme)
            .With("Lib.slnx", Samples.Solution("src/Lib/Lib.csproj"))
            .With("src/Lib/Lib.csproj", PlainLibrary)
            .With("src/Lib/Greeter.cs", Samples.GreeterSource);
        return repository;
    }
}
