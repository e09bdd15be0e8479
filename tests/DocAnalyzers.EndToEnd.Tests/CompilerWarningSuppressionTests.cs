using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using DocAnalyzers.EndToEnd.Tests.Infrastructure;

namespace DocAnalyzers.EndToEnd.Tests;

/// <summary>
/// One finding per problem through the package: with GenerateDocumentationFile, <c>dotnet build</c> reports DOC100 and
/// DOC102 but not the compiler's CS1591 and CS1573 for the same places, which stay in the SARIF log as suppressed;
/// <c>docanalyzers_api_keep_compiler_warnings = true</c> brings them back.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class CompilerWarningSuppressionTests
{
    private const string Project = "src/Library";

    /// <summary>Shelf.Capacity has no comment; Shelf.Put documents one of its two parameters.</summary>
    private const string Shelf = """
        namespace Library;

        /// <summary>A shelf in the warehouse.</summary>
        public class Shelf
        {
            public int Capacity { get; set; }

            /// <summary>Puts items on the shelf.</summary>
            /// <param name="item">What to put.</param>
            public void Put(string item, int count) { }
        }
        """;

    private static readonly string[] DocFindings =
    {
        "src/Library/Shelf.cs(6,16): error DOC100: 'Shelf.Capacity' is part of the public API but has no documentation comment",
        "src/Library/Shelf.cs(10,38): error DOC102: The documentation of 'Shelf.Put(string, int)' has no <param> tag for parameter 'count'",
    };

    private readonly PackageFixture package;

    public CompilerWarningSuppressionTests(PackageFixture package) => this.package = package;

    [Fact]
    public void GenerateDocumentationFile_reports_DOC100_without_CS1591_unless_the_compiler_warnings_are_kept()
    {
        using var repository = TestRepository.Create(package);
        repository.WriteLibrary(Project, "Library", properties: """
            <GenerateDocumentationFile>true</GenerateDocumentationFile>
            <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
            <DocAnalyzersCheckRepository>false</DocAnalyzersCheckRepository>
            """);
        repository.Write($"{Project}/Shelf.cs", Shelf);
        string sarif = repository.PathOf($"{Project}/build.sarif");

        // Each problem once, as a DOC finding: the warnings as errors fail the build on those alone.
        BuildResult once = repository.Build(Project, SarifLog.ErrorLogProperty(sarif));
        BuildAssert.Failed(once);
        BuildAssert.DocDiagnostics(once, repository, DocFindings);
        Assert.DoesNotContain(once.Diagnostics, d => d.Id.StartsWith("CS", StringComparison.Ordinal));

        // The compiler still found them: the log has them, suppressed, each naming its suppression and the DOC rule.
        // (The SDK's own analyzers add hidden suggestions, such as CA1822, which are not the point here.)
        IReadOnlyList<SarifResult> log = SarifLog.Read(sarif);
        Assert.Equal(
            new[]
            {
                "CS1573 Shelf.cs(10,38) DiagnosticSuppressor { Suppression Id: DOCSP1573, Suppression Justification: DocAnalyzers reports the same parameter as DOC102. To keep CS1573 as well, set docanalyzers_api_keep_compiler_warnings = true in .editorconfig. }",
                "CS1591 Shelf.cs(6,16) DiagnosticSuppressor { Suppression Id: DOCSP1591, Suppression Justification: DocAnalyzers reports the same member as DOC100. To keep CS1591 as well, set docanalyzers_api_keep_compiler_warnings = true in .editorconfig. }",
                "DOC100 Shelf.cs(6,16) not suppressed",
                "DOC102 Shelf.cs(10,38) not suppressed",
            },
            log.Where(r => r.RuleId.StartsWith("DOC", StringComparison.Ordinal) || r.RuleId.StartsWith("CS", StringComparison.Ordinal))
                .Select(r => $"{r.RuleId} {Path.GetFileName(r.Path)}({r.Line},{r.Column}) {(r.IsSuppressed ? string.Join(", ", r.Suppressions) : "not suppressed")}").Order(StringComparer.Ordinal));

        // With the switch, both: the same DOC findings, and the compiler's at the same places.
        repository.Write(".editorconfig", "root = true\n\n[*.cs]\ndocanalyzers_api_keep_compiler_warnings = true\n");
        BuildResult both = repository.Build(Project, SarifLog.ErrorLogProperty(sarif));
        BuildAssert.Failed(both);
        BuildAssert.DocDiagnostics(both, repository, DocFindings);
        Assert.Equal(
            new[] { "CS1573 (10,38)", "CS1591 (6,16)" },
            both.Diagnostics.Where(d => d.Id.StartsWith("CS", StringComparison.Ordinal)).Select(d => $"{d.Id} ({d.Line},{d.Column})").Distinct().Order(StringComparer.Ordinal));
        Assert.DoesNotContain(SarifLog.Read(sarif), r => r.IsSuppressed);
    }
}
