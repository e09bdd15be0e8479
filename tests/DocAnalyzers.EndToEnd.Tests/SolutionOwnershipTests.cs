using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using DocAnalyzers.EndToEnd.Tests.Infrastructure;

namespace DocAnalyzers.EndToEnd.Tests;

/// <summary>
/// A solution of three projects that all get DocAnalyzers from the repository's Directory.Build.props:
/// the documentation is checked by one project, the first the solution lists, so each finding is
/// reported once per build. `dotnet sln add` keeps the order it is given in a .sln and sorts a .slnx,
/// so the first project listed is Beta in the one and Alpha in the other.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class SolutionOwnershipTests : IClassFixture<SolutionOwnershipTests.ThreeProjectSolutions>
{
    private readonly PackageFixture package;
    private readonly ThreeProjectSolutions solutions;

    public SolutionOwnershipTests(PackageFixture package, ThreeProjectSolutions solutions)
    {
        this.package = package;
        this.solutions = solutions;
    }

    [Theory]
    [InlineData("sln", "src/Beta/Beta.csproj")]
    [InlineData("slnx", "src/Alpha/Alpha.csproj")]
    public void Each_finding_is_reported_once_by_the_first_project_the_solution_lists(string format, string owner)
    {
        (TestRepository repository, BuildResult build) = solutions.Build(package, format);

        BuildAssert.Succeeded(build);
        string readme = repository.Read("README.md");
        BuildAssert.DocDiagnostics(
            build,
            repository,
            $"README.md({PlanDocument.LineOf(readme, "## System Architecture")},1): warning DOC200: Required section 'Security Architecture' is missing under 'System Architecture'",
            $"README.md({PlanDocument.LineOf(readme, "### Testing")},1): warning DOC202: Section 'Testing' holds only placeholder text ('TODO')");

        // The same finding from two projects would be two lines that differ only in their [project] suffix.
        Assert.All(build.DocDiagnostics, d => Assert.Equal(repository.PathOf(owner), d.Project));
        Assert.All(build.DocDiagnostics.GroupBy(d => d.Describe(repository.Root)), finding => Assert.Single(finding));
    }

    [Theory]
    [InlineData("sln", "src/Beta/Beta.csproj")]
    [InlineData("slnx", "src/Alpha/Alpha.csproj")]
    public void Only_the_owner_is_handed_the_documentation(string format, string owner)
    {
        (TestRepository repository, _) = solutions.Build(package, format);

        foreach (string project in ThreeProjectSolutions.Projects)
        {
            string name = Path.GetFileNameWithoutExtension(project);
            var config = GeneratedEditorConfig.Read(repository.PathOf(Path.GetDirectoryName(project)!), name);
            bool isOwner = project == owner;

            Assert.Equal(repository.Root, config.Properties["DocAnalyzersRepositoryRoot"]);
            Assert.Equal(isOwner ? "true" : "false", config.Properties["DocAnalyzersCheckRepository"]);
            var expected = isOwner
                ? new Dictionary<string, string> { [repository.PathOf("README.md")] = "Document", [repository.PathOf("docs/operations.md")] = "Document" }
                : new Dictionary<string, string>();
            Assert.Equal(expected, config.DocAnalyzersKinds);
        }
    }

    /// <summary>The repository with its solution in each format, written and built once for the tests of the class.</summary>
    public sealed class ThreeProjectSolutions : IDisposable
    {
        /// <summary>In the order they are added to the solution: not alphabetical.</summary>
        public static readonly string[] Projects = { "src/Beta/Beta.csproj", "src/Alpha/Alpha.csproj", "src/Gamma/Gamma.csproj" };

        private readonly Dictionary<string, (TestRepository Repository, BuildResult Build)> built = new();

        internal (TestRepository Repository, BuildResult Build) Build(PackageFixture package, string format)
        {
            lock (built)
            {
                if (!built.TryGetValue(format, out var solution))
                {
                    TestRepository repository = TestRepository.Create(package, $"ThreeProjects-{format}");
                    built[format] = solution = (repository, BuildSolution(package, repository, format));
                }

                return solution;
            }
        }

        public void Dispose()
        {
            foreach ((TestRepository repository, _) in built.Values)
            {
                repository.Dispose();
            }
        }

        private static BuildResult BuildSolution(PackageFixture package, TestRepository repository, string format)
        {
            repository.Write("Directory.Build.props", $"""
                <Project>
                  <ItemGroup>
                    <PackageReference Include="DocAnalyzers" Version="{package.Version}" />
                  </ItemGroup>
                </Project>
                """);
            repository.WriteLibrary("src/Alpha", "Alpha", referencePackage: false);
            repository.WriteLibrary("src/Beta", "Beta", referencePackage: false);
            repository.WriteLibrary("src/Gamma", "Gamma", referencePackage: false, items: """<ProjectReference Include="../Alpha/Alpha.csproj" />""");
            string readme = PlanDocument.Readme("Three", "Security Architecture", "Performance and Scalability")
                .Replace("What the project has to say about testing, in a sentence.", "TODO", StringComparison.Ordinal);
            repository.Write("README.md", readme);
            repository.Write("docs/operations.md", PlanDocument.File("Performance and Scalability"));

            repository.DotnetSucceeds("new", "sln", "--name", "Three", "--format", format);
            repository.DotnetSucceeds(new[] { "sln", $"Three.{format}", "add" }.Concat(Projects).ToArray());
            return repository.Build($"Three.{format}");
        }
    }
}
