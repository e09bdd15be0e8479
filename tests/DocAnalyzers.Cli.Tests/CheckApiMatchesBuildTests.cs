using System.Collections.Generic;
using System.Linq;
using DocAnalyzers.Cli.Tests.Infrastructure;

namespace DocAnalyzers.Cli.Tests;

/// <summary>
/// <c>check --api</c> reports the DOC1xx findings <c>dotnet build</c> reports for the same project, which takes the
/// analyzer (the assemblies the tool runs) and the package's build/ props and targets, as a package reference would
/// give them; with and without GenerateDocumentationFile, which sets the documentation mode the analyzers run in.
/// </summary>
public sealed class CheckApiMatchesBuildTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Check_api_reports_the_findings_a_build_reports(bool generateDocumentationFile)
    {
        using var repository = new TestRepository();
        repository
            .With("Directory.Build.props", "<Project><PropertyGroup><DocAnalyzersPlan>library</DocAnalyzersPlan></PropertyGroup></Project>")

            // Severities from .editorconfig and from WarningsAsErrors, as the compiler applies them.
            .With(".editorconfig", "root = true\n\n[*.cs]\ndotnet_diagnostic.DOC102.severity = error\n")
            .With("README.md", Samples.CompleteLibraryReadme)
            .With("Lib.slnx", Samples.Solution("src/Lib/Lib.csproj"))
            .With("src/Lib/Greeter.cs", Samples.GreeterSource)
            .With("src/Lib/Shapes/Circle.cs", "namespace Lib.Shapes;\n\npublic record Circle(double Radius);\n")
            .With("src/Lib/Lib.csproj", Samples.PackageLibraryProject(
                "<DocAnalyzersMinimumApiCoverage>90</DocAnalyzersMinimumApiCoverage>",
                $"<GenerateDocumentationFile>{(generateDocumentationFile ? "true" : "false")}</GenerateDocumentationFile>",
                "<WarningsAsErrors>$(WarningsAsErrors);DOC103</WarningsAsErrors>"));

        (int buildExit, ISet<string> built, string buildOutput) = Build.Run(repository.Root, "src/Lib/Lib.csproj");
        ToolResult check = Tool.Run(repository.Root, "check", "--api");
        string[] lines = check.Output.TrimEnd('\n').Split('\n')[..^1];
        string[] located = lines.Where(l => !l.StartsWith("error DOC", System.StringComparison.Ordinal)).ToArray();

        Assert.NotEqual(0, buildExit);
        Assert.Equal(1, check.ExitCode);
        Assert.Equal(built, located.ToHashSet());
        Assert.Equal(located.Length, located.Distinct().Count());

        // What the build reports here: each rule once, severities as configured, DOC111 only where the compiler does not parse the comments.
        Assert.Contains("src/Lib/Greeter.cs(7,9): error DOC103: The <param> tag for 'nam' names no parameter of 'Greeter.Hello(string)'", built);
        Assert.Contains("src/Lib/Greeter.cs(9,32): error DOC102: The documentation of 'Greeter.Hello(string)' has no <param> tag for parameter 'name'", built);
        Assert.Contains("src/Lib/Greeter.cs(11,16): warning DOC100: 'Greeter.Count' is part of the public API but has no documentation comment", built);
        Assert.Contains("src/Lib/Shapes/Circle.cs(3,15): warning DOC100: 'Circle' is part of the public API but has no documentation comment", built);
        Assert.Equal(!generateDocumentationFile, built.Any(d => d.Contains(" DOC111: ", System.StringComparison.Ordinal)));
        Assert.Equal(generateDocumentationFile, buildOutput.Contains("warning CS1570", System.StringComparison.Ordinal));

        // The coverage (DOC190) has no location: the build prints it as "CSC : error DOC190: ...".
        string coverage = Assert.Single(lines, l => l.StartsWith("error DOC190: ", System.StringComparison.Ordinal));
        Assert.Contains("CSC : " + coverage, buildOutput);
    }
}
