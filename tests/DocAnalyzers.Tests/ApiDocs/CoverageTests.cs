using DocAnalyzers.ApiDocs;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace DocAnalyzers.Tests.ApiDocs;

/// <summary>DOC190: public API coverage below DocAnalyzersMinimumApiCoverage.</summary>
public sealed class CoverageTests
{
    // Eight members of the surface, three of them undocumented: 62.5% coverage.
    private const string Library = """
        /// <summary>Documented.</summary>
        public class Widget
        {
            /// <summary>Documented.</summary>
            public void A() { }
            /// <summary>Documented.</summary>
            public void B() { }
            /// <summary>Documented.</summary>
            public void C() { }
            /// <inheritdoc/>
            public override string ToString() => "";
            public void {|DOC100:D|}() { }
            public void {|DOC100:E|}() { }
            public override int {|DOC100:GetHashCode|}() => 0;
            private void Hidden() { }
        }
        """;

    // The same library in a test project, where DOC100 does not run by default.
    private static readonly string WithoutMarkup = Library.Replace("{|DOC100:D|}", "D").Replace("{|DOC100:E|}", "E").Replace("{|DOC100:GetHashCode|}", "GetHashCode");

    private static ApiDocTest<ApiDocumentationAnalyzer> Test(DocumentationMode mode, string minimum, string source = Library) =>
        new ApiDocTest<ApiDocumentationAnalyzer>(mode, source).Property("DocAnalyzersMinimumApiCoverage", minimum);

    [Theory]
    [MemberData(nameof(DocumentationModes.All), MemberType = typeof(DocumentationModes))]
    public Task Coverage_below_the_minimum_is_an_error_with_one_decimal_and_the_count(DocumentationMode mode) => Test(mode, "80")
        .Expect(new DiagnosticResult(Descriptors.CoverageBelowMinimum).WithNoLocation().WithArguments("62.5", "3", "8", "80"))
        .VerifyAsync();

    // A's summary is a prompt and B's only its name: both count as undocumented. C's placeholder remarks do not matter.
    [Theory]
    [MemberData(nameof(DocumentationModes.All), MemberType = typeof(DocumentationModes))]
    public Task A_comment_whose_summary_is_a_placeholder_counts_as_undocumented(DocumentationMode mode) => Test(mode, "80", Library
            .Replace("/// <summary>Documented.</summary>\n    public void A()", "/// {|DOC108:<summary>|}TODO: say what this method does.</summary>\n    public void A()")
            .Replace("/// <summary>Documented.</summary>\n    public void B()", "/// {|DOC108:<summary>|}B</summary>\n    public void B()")
            .Replace("/// <summary>Documented.</summary>\n    public void C()", "/// <summary>Documented.</summary>\n    /// {|DOC108:<remarks>|}TODO: more.</remarks>\n    public void C()"))
        .Expect(new DiagnosticResult(Descriptors.CoverageBelowMinimum).WithNoLocation().WithArguments("37.5", "5", "8", "80"))
        .VerifyAsync();

    [Theory]
    [InlineData("62.5")]
    [InlineData("60%")]
    [InlineData("0")]
    public Task Coverage_at_or_above_the_minimum_is_not_reported(string minimum) => Test(DocumentationMode.None, minimum).VerifyAsync();

    [Fact]
    public Task Coverage_is_not_checked_without_the_property() => new ApiDocTest<ApiDocumentationAnalyzer>(DocumentationMode.None, Library).VerifyAsync();

    [Fact]
    public Task Exempt_members_count_as_documented() => Test(DocumentationMode.None, "75", Library.Replace("{|DOC100:GetHashCode|}", "GetHashCode"))
        .EditorConfig("docanalyzers_api_exempt_overrides = true")
        .VerifyAsync();

    [Theory]
    [InlineData("ninety")]
    [InlineData("101")]
    [InlineData("-1")]
    public Task A_bad_minimum_is_a_configuration_problem(string minimum) => Test(DocumentationMode.None, minimum)
        .Expect(new DiagnosticResult(Descriptors.ConfigurationUnusable).WithNoLocation().WithArguments($"DocAnalyzersMinimumApiCoverage must be a percentage from 0 to 100, not '{minimum}'"))
        .VerifyAsync();

    [Fact]
    public Task Editorconfig_severity_applies_to_the_coverage_diagnostic() => Test(DocumentationMode.None, "80")
        .EditorConfig("dotnet_diagnostic.DOC190.severity = warning")
        .Expect(new DiagnosticResult(Descriptors.CoverageBelowMinimum).WithSeverity(DiagnosticSeverity.Warning).WithNoLocation().WithArguments("62.5", "3", "8", "80"))
        .VerifyAsync();

    [Fact]
    public Task Coverage_is_not_checked_in_a_test_project_by_default() => Test(DocumentationMode.None, "80", WithoutMarkup)
        .Property("IsTestProject", "true")
        .VerifyAsync();

    [Fact]
    public Task Coverage_is_checked_in_a_test_project_when_editorconfig_lists_DOC190() => Test(DocumentationMode.None, "80", WithoutMarkup)
        .Property("IsTestProject", "true")
        .EditorConfig("docanalyzers_api_rules_in_test_projects = DOC190")
        .Expect(new DiagnosticResult(Descriptors.CoverageBelowMinimum).WithNoLocation().WithArguments("62.5", "3", "8", "80"))
        .VerifyAsync();
}
