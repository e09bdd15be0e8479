using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using DocAnalyzers.EndToEnd.Tests.Infrastructure;

namespace DocAnalyzers.EndToEnd.Tests;

/// <summary>
/// The public API documentation rules (DOC1xx) through the package, on the source files of samples/ApiDocs
/// copied into a repository of their own: the same findings with and without GenerateDocumentationFile,
/// the minimum coverage, and test projects.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class ApiDocumentationTests
{
    private const string Project = "src/Inventory";

    /// <summary>
    /// What samples/ApiDocs is reported in every documentation mode. Each line was worked out from the sample's
    /// source: the rule, the member, and the place (the member's name, or the tag for DOC101's empty summary,
    /// DOC103, DOC105, DOC107, DOC108 and DOC109). Editing the sample means editing this list.
    /// </summary>
    private static readonly string[] Findings =
    {
        // The record documents Category only; its constant has no comment; Parse has no <returns>.
        "src/Inventory/Sku.cs(8,47): warning DOC102: The documentation of 'Sku' has no <param> tag for parameter 'Number'",
        "src/Inventory/Sku.cs(10,22): warning DOC100: 'Sku.MaxNumber' is part of the public API but has no documentation comment",
        "src/Inventory/Sku.cs(14,23): warning DOC106: The documentation of 'Sku.Parse(string)' has no <returns> tag",

        // An enum member without a comment.
        "src/Inventory/StockStatus.cs(12,5): warning DOC100: 'StockStatus.OutOfStock' is part of the public API but has no documentation comment",

        // The parameter 'change' was called 'quantity' when Adjust was documented.
        "src/Inventory/IStockStore.cs(13,9): warning DOC103: The <param> tag for 'quantity' names no parameter of 'IStockStore.Adjust(Sku, int)'",
        "src/Inventory/IStockStore.cs(15,29): warning DOC102: The documentation of 'IStockStore.Adjust(Sku, int)' has no <param> tag for parameter 'change'",

        // An implicit interface implementation without a comment, and <inheritdoc/> on a method that implements nothing.
        "src/Inventory/InMemoryStockStore.cs(17,16): warning DOC100: 'InMemoryStockStore.Adjust(Sku, int)' is part of the public API but has no documentation comment",
        "src/Inventory/InMemoryStockStore.cs(24,9): warning DOC109: 'InMemoryStockStore.Clear()' uses <inheritdoc/> but overrides, implements and extends nothing it could inherit documentation from",

        "src/Inventory/Warehouse.cs(21,9): warning DOC108: The summary of 'Warehouse.Name' is a placeholder (only the name 'Name')",
        "src/Inventory/Warehouse.cs(24,9): warning DOC108: The summary of 'Warehouse.Capacity' is a placeholder ('TODO')",
        "src/Inventory/Warehouse.cs(30,17): warning DOC101: The documentation of 'Warehouse.SetReorderPoint(Sku, int)' has no <summary>",
        "src/Inventory/Warehouse.cs(32,9): warning DOC101: The documentation of 'Warehouse.StatusOf(Sku)' has an empty <summary>",
        "src/Inventory/Warehouse.cs(51,9): warning DOC107: 'Warehouse.Receive(Sku, int)' returns nothing, but its documentation has a <returns> tag",
        "src/Inventory/Warehouse.cs(72,37): warning DOC104: The documentation of 'Warehouse.Report<TRow>(Func<Sku, int, StockStatus, TRow>)' has no <typeparam> tag for type parameter 'TRow'",
        "src/Inventory/Warehouse.cs(81,9): warning DOC105: The <typeparam> tag for 'TSku' names no type parameter of 'Warehouse.Find<TCode>(string, Func<Sku, TCode>)'",
        "src/Inventory/Warehouse.cs(85,29): warning DOC104: The documentation of 'Warehouse.Find<TCode>(string, Func<Sku, TCode>)' has no <typeparam> tag for type parameter 'TCode'",
        "src/Inventory/Warehouse.cs(99,28): warning DOC100: 'Warehouse.ToString()' is part of the public API but has no documentation comment",
    };

    /// <summary><c>&lt;param name="quantity"&gt;How many items to ship.&lt;/parm&gt;</c> on Warehouse.TryShip: reported at <c>parm</c>.</summary>
    private const string MalformedFile = "src/Inventory/Warehouse.cs";
    private const int MalformedLine = 56;
    private const int MalformedColumn = 57;
    private const string Malformed = "src/Inventory/Warehouse.cs(56,57): warning DOC111: The documentation comment is not well-formed XML: End tag 'parm' does not match the start tag 'param'.";

    private readonly PackageFixture package;

    public ApiDocumentationTests(PackageFixture package) => this.package = package;

    [Fact]
    public void The_sample_gets_the_same_findings_with_and_without_GenerateDocumentationFile()
    {
        using TestRepository repository = CreateSampleRepository();

        string sarif = repository.PathOf($"{Project}/build.sarif");
        BuildResult withoutDocumentationFile = repository.Build(Project);
        BuildResult withDocumentationFile = repository.Build(Project, "-p:GenerateDocumentationFile=true", SarifLog.ErrorLogProperty(sarif));

        BuildAssert.Succeeded(withoutDocumentationFile);
        BuildAssert.Succeeded(withDocumentationFile);

        // Without a documentation file the compiler does not parse `///`: DocAnalyzers reads the comments
        // itself, and reports the malformed one (DOC111) since the compiler cannot.
        BuildAssert.DocDiagnostics(withoutDocumentationFile, repository, Findings.Append(Malformed).ToArray());
        Assert.Empty(Compiler(withoutDocumentationFile));

        // With one, the compiler reports the malformed comment (CS1570) at the same place, and DocAnalyzers does not.
        BuildAssert.DocDiagnostics(withDocumentationFile, repository, Findings);
        BuildDiagnostic cs1570 = Assert.Single(withDocumentationFile.Diagnostics, d => d.Id == "CS1570");
        Assert.Equal(
            (repository.PathOf(MalformedFile), MalformedLine, MalformedColumn),
            (Path.GetFullPath(cs1570.Origin), cs1570.Line ?? 0, cs1570.Column ?? 0));

        // The promise itself, whatever the list above says: every DOC1xx but DOC111 alike in both builds.
        IReadOnlyList<string> first = withoutDocumentationFile.DescribeDocDiagnostics(repository.Root).Where(d => !d.Contains(" DOC111: ", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(first);
        Assert.Equal(first, withDocumentationFile.DescribeDocDiagnostics(repository.Root));

        // The compiler's documentation warnings that repeat a DOC1xx finding are suppressed: only CS1570 is left.
        Assert.Equal(new[] { "CS1570" }, Compiler(withDocumentationFile).Select(d => d.Id));

        // DOC100 and the compiler's CS1591 name the same members at the same places: the log has those CS1591, suppressed.
        IReadOnlyList<SarifResult> log = SarifLog.Read(sarif);
        Assert.All(log.Where(r => r.RuleId == "CS1591"), r => Assert.True(r.IsSuppressed, $"{r.Path}({r.Line},{r.Column}) {r.Message}"));
        Assert.Equal(MembersAndPlaces(withDocumentationFile, repository, "DOC100"), MembersAndPlaces(log, repository, "CS1591"));
    }

    [Fact]
    public void Coverage_below_DocAnalyzersMinimumApiCoverage_fails_the_build()
    {
        using TestRepository repository = CreateSampleRepository();

        BuildResult belowMinimum = repository.Build(Project, "-p:DocAnalyzersMinimumApiCoverage=95");
        BuildResult aboveMinimum = repository.Build(Project, "-p:DocAnalyzersMinimumApiCoverage=10");

        // The surface of the sample has 31 members, 4 of them without a comment (the DOC100 findings) and 2 whose summary
        // is a placeholder (the DOC108 findings on Warehouse.Name and Warehouse.Capacity), 6 undocumented in all:
        //   Sku.cs: Sku, its primary constructor, the positional properties Category and Number, MaxNumber (none), Parse, ToString;
        //   StockStatus.cs: StockStatus, InStock, Low, OutOfStock (none);
        //   IStockStore.cs: IStockStore, QuantityOf, Adjust;
        //   InMemoryStockStore.cs: InMemoryStockStore, its primary constructor, Count, QuantityOf, Adjust (none), Clear;
        //   Warehouse.cs: Warehouse, its constructor, Name, Capacity, SetReorderPoint, StatusOf, Receive, TryShip, Report, Find, ToString (none).
        // A comment without a summary, a malformed one and <inheritdoc/> all count: 25 / 31 = 80.645...%, shown rounded down.
        BuildAssert.Failed(belowMinimum);
        BuildAssert.DocDiagnostics(
            belowMinimum,
            repository,
            Findings.Append(Malformed).Append("CSC: error DOC190: Public API documentation coverage is 80.6% (6 of 31 members undocumented), below the minimum of 95% set by DocAnalyzersMinimumApiCoverage").ToArray());

        // The new minimum changes the compiler's .editorconfig, so the compiler runs again and repeats the warnings.
        BuildAssert.Succeeded(aboveMinimum);
        BuildAssert.DocDiagnostics(aboveMinimum, repository, Findings.Append(Malformed).ToArray());
        Assert.Equal("10", GeneratedEditorConfig.Read(repository.PathOf(Project), "Inventory").Properties["DocAnalyzersMinimumApiCoverage"]);
    }

    [Fact]
    public void A_minimum_coverage_that_is_no_percentage_fails_the_build()
    {
        // A typo must not switch the gate off while the build passes: DOC001 is an error, DOC190 does not run, the other rules do.
        using TestRepository repository = CreateSampleRepository();

        BuildResult build = repository.Build(Project, "-p:DocAnalyzersMinimumApiCoverage=150");

        BuildAssert.Failed(build);
        BuildAssert.DocDiagnostics(
            build,
            repository,
            Findings.Append(Malformed).Append("CSC: error DOC001: DocAnalyzers configuration is unusable: DocAnalyzersMinimumApiCoverage must be a percentage from 0 to 100, not '150'").ToArray());
    }

    [Fact]
    public void A_test_project_gets_no_DOC1xx_unless_it_is_not_a_test_project()
    {
        using var repository = TestRepository.Create(package);

        // The repository has no documentation, so DOC206 shows that DocAnalyzers runs in the test project.
        repository.Write("tests/Inventory.Tests/Inventory.Tests.csproj", $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <IsTestProject>true</IsTestProject>
                <DocAnalyzersMinimumApiCoverage>95</DocAnalyzersMinimumApiCoverage>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="DocAnalyzers" Version="{package.Version}" />
              </ItemGroup>
            </Project>
            """);
        repository.Write("tests/Inventory.Tests/WarehouseTests.cs", """
            namespace Inventory.Tests;

            public class WarehouseTests
            {
                /// <summary>Receiving a delivery adds it to the stock.</sumary>
                public void Receiving_adds_to_the_stock()
                {
                }
            }
            """);
        string noDocumentation = $"CSC: warning DOC206: No documentation files were found under '{repository.Root}' matching 'README.md, docs/**/*.md, doc/**/*.md, documentation/**/*.md, CHANGELOG.md, CONTRIBUTING.md'; write a README.md, or name your documentation files with the MSBuild property DocAnalyzersDocs";

        BuildResult asTestProject = repository.Build("tests/Inventory.Tests");
        BuildResult asLibrary = repository.Build("tests/Inventory.Tests", "-p:IsTestProject=false");

        BuildAssert.Succeeded(asTestProject);
        BuildAssert.DocDiagnostics(asTestProject, repository, noDocumentation);

        // The same project as a library: DOC100, DOC111 and DOC190 were left out because it is a test project.
        BuildAssert.Failed(asLibrary);
        BuildAssert.DocDiagnostics(
            asLibrary,
            repository,
            noDocumentation,
            "tests/Inventory.Tests/WarehouseTests.cs(3,14): warning DOC100: 'WarehouseTests' is part of the public API but has no documentation comment",
            "tests/Inventory.Tests/WarehouseTests.cs(5,62): warning DOC111: The documentation comment is not well-formed XML: End tag 'sumary' does not match the start tag 'summary'.",
            "CSC: error DOC190: Public API documentation coverage is 50.0% (1 of 2 members undocumented), below the minimum of 95% set by DocAnalyzersMinimumApiCoverage");
    }

    /// <summary>A repository with one library that references the package and holds the source files of samples/ApiDocs.</summary>
    private TestRepository CreateSampleRepository([System.Runtime.CompilerServices.CallerMemberName] string name = "")
    {
        var repository = TestRepository.Create(package, name);

        // As samples/ApiDocs builds (see samples/Directory.Build.props and the root Directory.Build.props),
        // without the markdown rules, so that only the DOC1xx findings are reported.
        repository.Write($"{Project}/Inventory.csproj", $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>disable</ImplicitUsings>
                <DocAnalyzersCheckRepository>false</DocAnalyzersCheckRepository>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="DocAnalyzers" Version="{package.Version}" />
              </ItemGroup>
            </Project>
            """);
        string sample = Path.Combine(package.RepositoryRoot, "samples", "ApiDocs");
        string[] sources = Directory.GetFiles(sample, "*.cs", SearchOption.TopDirectoryOnly);
        Assert.Equal(
            new[] { "IStockStore.cs", "InMemoryStockStore.cs", "Sku.cs", "StockStatus.cs", "Warehouse.cs" },
            sources.Select(Path.GetFileName).Order(StringComparer.Ordinal));
        foreach (string source in sources)
        {
            repository.Write($"{Project}/{Path.GetFileName(source)}", File.ReadAllText(source));
        }

        return repository;
    }

    /// <summary>The compiler's documentation warnings (CS15xx, CS17xx) of a build.</summary>
    private static IEnumerable<BuildDiagnostic> Compiler(BuildResult build) =>
        build.Diagnostics.Where(d => d.Id is "CS1570" or "CS1571" or "CS1572" or "CS1573" or "CS1574" or "CS1587" or "CS1591" or "CS1711" or "CS1712");

    /// <summary>Each finding of one rule as <c>file(line,col) 'member'</c>, with the member as the first quoted name in its message.</summary>
    private static IReadOnlyList<string> MembersAndPlaces(BuildResult build, TestRepository repository, string id) =>
        MembersAndPlaces(build.Diagnostics.Where(d => d.Id == id).Select(d => (d.Origin, d.Line, d.Column, d.Message)), repository);

    /// <summary>As <see cref="MembersAndPlaces(BuildResult, TestRepository, string)"/>, for the results of a SARIF log.</summary>
    private static IReadOnlyList<string> MembersAndPlaces(IReadOnlyList<SarifResult> log, TestRepository repository, string id) =>
        MembersAndPlaces(log.Where(r => r.RuleId == id).Select(r => (r.Path ?? string.Empty, r.Line, r.Column, r.Message)), repository);

    private static IReadOnlyList<string> MembersAndPlaces(IEnumerable<(string Path, int? Line, int? Column, string Message)> findings, TestRepository repository)
    {
        List<string> found = findings
            .Select(f => $"{Path.GetRelativePath(repository.Root, f.Path).Replace('\\', '/')}({f.Line},{f.Column}) {Regex.Match(f.Message, "'[^']*'").Value}")
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.NotEmpty(found);
        return found;
    }
}
