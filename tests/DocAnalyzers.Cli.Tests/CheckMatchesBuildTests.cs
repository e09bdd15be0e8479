using System.Collections.Generic;
using System.Linq;
using DocAnalyzers.Cli.Tests.Infrastructure;

namespace DocAnalyzers.Cli.Tests;

/// <summary>
/// <c>check</c> reports what <c>dotnet build</c> reports for the same repository: a project that takes the analyzer
/// (the assemblies the tool runs) and the package's build/ props and targets, as a package reference would give them.
/// </summary>
public sealed class CheckMatchesBuildTests
{
    [Fact]
    public void Check_reports_the_findings_a_build_reports()
    {
        using var repository = new TestRepository();
        repository
            .With("Directory.Build.props", "<Project><PropertyGroup><DocAnalyzersPlan>library</DocAnalyzersPlan></PropertyGroup></Project>")
            .With(".editorconfig", "root = true\n\n[*.cs]\ndotnet_diagnostic.DOC202.severity = error\n")
            .With("README.md", Samples.PartialLibraryReadme)

            // The library plan's License, by name only, as the targets hand it over.
            .With("LICENSE", "MIT License\n")
            .With("docs/guide.md", "# Guide\n\n## Configuration\n\nTODO: the options.\n\n## Support\n")

            // The other conventional documentation folders.
            .With("doc/contributing.md", "# Contributing\n")
            .With("documentation/api.md", "# API documentation\n")

            // MarkdownSnippets' source of docs/guide.md and an include: never documentation (each would be a DOC202).
            .With("docs/mdsource/guide.source.md", "# Guide\n\n## Configuration\n\nTODO\n")
            .With("docs/mdsource/sponsors.include.md", "## Support\n\nTODO\n")

            // A name with characters the generated config escapes, as the SDK escapes them.
            .With("docs/notes, v2 {draft}.md", "# Notes\n\n## Usage\n")
            .With("src/Lib/Class1.cs", "namespace Lib;\n\ninternal static class Class1\n{\n}\n")
            .With("src/Lib/Lib.csproj", Samples.PackageLibraryProject());

        (int buildExit, ISet<string> built, string buildOutput) = Build.Run(repository.Root, "src/Lib/Lib.csproj");
        ToolResult check = Tool.Run(repository.Root, "check");
        string[] checkedLines = check.Output.TrimEnd('\n').Split('\n')[..^1];

        Assert.True(built.Count >= 7, buildOutput);
        Assert.Contains("docs/notes, v2 {draft}.md(3,1): warning DOC201: Section 'Usage' is empty", built);
        Assert.Contains("doc/contributing.md(1,1): warning DOC201: Section 'Contributing' is empty", built);
        Assert.Contains("documentation/api.md(1,1): warning DOC201: Section 'API Documentation' is empty", built);
        Assert.NotEqual(0, buildExit);
        Assert.Equal(1, check.ExitCode);
        Assert.Equal(built, checkedLines.ToHashSet());
        Assert.Contains(checkedLines, l => l.Contains(": error DOC202: ", System.StringComparison.Ordinal));
        Assert.DoesNotContain(built, l => l.Contains("'License'", System.StringComparison.Ordinal));
        Assert.DoesNotContain(built, l => l.Contains("mdsource", System.StringComparison.Ordinal));
    }
}
