using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using DocAnalyzers.EndToEnd.Tests.Infrastructure;

namespace DocAnalyzers.EndToEnd.Tests;

/// <summary>
/// DocAnalyzers checks itself: the repository's build runs the analyzer built from source on its own documentation
/// and on the public API of src/DocAnalyzers (eng/DocAnalyzers.SelfCheck, see docs/development.md), with warnings as
/// errors; and its documentation, consumed through the packed package, is complete by the default plan.
/// In the package collection so that it never builds at the same time as another test.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class SelfCheckTests
{
    private readonly PackageFixture package;

    public SelfCheckTests(PackageFixture package) => this.package = package;

    /// <summary>
    /// In a copy of the repository: a section removed from docs/, another section's text replaced by a placeholder,
    /// and a documentation comment removed from a public member of the analyzer each fail the build with their error.
    /// </summary>
    [Fact]
    public void A_removed_section_a_placeholder_or_a_removed_doc_comment_fails_the_repositorys_build()
    {
        string work = Path.Combine(Path.GetTempPath(), "DocAnalyzers.EndToEnd", "SelfCheck-" + Guid.NewGuid().ToString("N")[..8]);
        string clone = RepositoryCopy.Create(package.RepositoryRoot, work);
        try
        {
            // The last section of the performance page: the plan's Disaster Recovery and Backup.
            Edit(clone, "docs/performance.md", text => text[..text.IndexOf("\n## Disaster recovery\n", StringComparison.Ordinal)] + "\n");

            // The Contact section's text becomes the prompt a fix writes.
            Edit(clone, "docs/change-management.md", text =>
            {
                int contact = text.IndexOf("\n## Contact\n", StringComparison.Ordinal);
                Assert.True(contact >= 0, "docs/change-management.md has no Contact section");
                return text[..contact] + "\n## Contact\n\nTODO: Details of the system architects and developers.\n";
            });

            // A public constant of the analyzer loses its comment.
            string ids = Edit(clone, "src/DocAnalyzers/DiagnosticIds.cs", text =>
                Regex.Replace(text, @"[ \t]*/// <summary>DOC200:[^\n]*\n(?=[ \t]*public const string SectionMissing)", string.Empty));
            string[] lines = ids.ReplaceLineEndings("\n").Split('\n');
            int line = Array.FindIndex(lines, l => l.Contains("public const string SectionMissing", StringComparison.Ordinal)) + 1;
            int column = lines[line - 1].IndexOf("SectionMissing", StringComparison.Ordinal) + 1;

            BuildResult build = BuildSelfCheck(clone);

            BuildAssert.Failed(build);
            string[] found = build.DescribeDocDiagnostics(clone).ToArray();
            Assert.True(found.Length == 3, $"Expected 3 DocAnalyzers errors:\n{build}");
            Assert.Contains($"src/DocAnalyzers/DiagnosticIds.cs({line},{column}): error DOC100: 'DiagnosticIds.SectionMissing' is part of the public API but has no documentation comment", found);
            Assert.Contains(found, d => Regex.IsMatch(d, @": error DOC200: Required section 'Disaster Recovery and Backup' is missing under 'Performance and Scalability'$"));
            Assert.Contains(found, d => Regex.IsMatch(d, @"^docs/change-management\.md\(\d+,1\): error DOC202: Section '[^']+' holds only placeholder text \('TODO'\)$"));
        }
        finally
        {
            Delete(work);
        }
    }

    /// <summary>
    /// A repository that consumes the packed package and holds DocAnalyzers' README, CHANGELOG, CONTRIBUTING and docs/
    /// gets no DocAnalyzers diagnostic with the default plan: the documentation is complete without this repository's
    /// code around it (links into src/ are not documentation files, so DOC205 does not judge them).
    /// </summary>
    [Fact]
    public void The_package_finds_the_documentation_complete_in_a_repository_of_its_own()
    {
        using TestRepository repository = TestRepository.Create(package);
        foreach (string file in new[] { "README.md", "CHANGELOG.md", "CONTRIBUTING.md" })
        {
            File.Copy(Path.Combine(package.RepositoryRoot, file), repository.PathOf(file));
        }

        string docs = Path.Combine(package.RepositoryRoot, "docs");
        foreach (string file in Directory.GetFiles(docs, "*", SearchOption.AllDirectories))
        {
            string target = repository.PathOf(Path.Combine("docs", Path.GetRelativePath(docs, file)));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        repository.WriteLibrary("src/Lib", "Lib");
        BuildResult build = repository.Build("src/Lib/Lib.csproj");

        BuildAssert.Succeeded(build);
        BuildAssert.DocDiagnostics(build, repository);
    }

    /// <summary>Rewrites a file of the copy and returns its new text.</summary>
    private static string Edit(string root, string relativePath, Func<string, string> change)
    {
        string path = Path.Combine(root, relativePath);
        string before = File.ReadAllText(path);
        string after = change(before);
        Assert.NotEqual(before, after);
        File.WriteAllText(path, after);
        return after;
    }

    /// <summary>The project that checks the repository's markdown and the analyzer's own sources.</summary>
    private static BuildResult BuildSelfCheck(string root)
    {
        var build = new BuildResult(Cli.Run(
            Cli.Dotnet,
            root,
            new[] { "build", "eng/DocAnalyzers.SelfCheck", "-c", "Release", "--nologo", "-tl:off", "-v:q", "-nodeReuse:false", "-p:UseSharedCompilation=false" }));
        Assert.DoesNotContain("CS8032", build.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("AD0001", build.Output, StringComparison.Ordinal);
        return build;
    }

    private static void Delete(string folder)
    {
        if (Environment.GetEnvironmentVariable("DOCANALYZERS_E2E_KEEP") == "1")
        {
            return;
        }

        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A temporary folder left behind is not a test failure.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
