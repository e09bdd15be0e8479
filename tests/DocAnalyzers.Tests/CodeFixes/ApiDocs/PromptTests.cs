using DocAnalyzers.ApiDocs;
using DocAnalyzers.CodeFixes.ApiDocs;
using DocAnalyzers.Tests.ApiDocs;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace DocAnalyzers.Tests.CodeFixes.ApiDocs;

/// <summary>
/// The prompts the fixes write where they cannot draft a sentence: DOC108 reports every one until a person edits it,
/// and DOC190 does not count a member whose summary is still a prompt as documented.
/// </summary>
public sealed class PromptTests
{
    private static readonly string Library = $$"""
        /// {|#0:<summary>|}{{Prompt.Summary(Kind.Type)}}</summary>
        public class Widget
        {
            /// {|#1:<summary>|}
            /// {{Prompt.Summary(Kind.Method)}}
            /// </summary>
            /// {|#2:<typeparam name="T">|}{{Prompt.TypeParameter}}</typeparam>
            /// {|#3:<param name="a">|}{{Prompt.Parameter}}</param>
            /// {|#4:<returns>|}{{Prompt.Returns}}</returns>
            public int Scale<T>(int a) => a;

            /// {|#5:<summary>|}{{Prompt.Summary(Kind.Property)}}</summary>
            public int Size => 0;

            /// <summary>Gets the width of the widget.</summary>
            public int Width => 0;
        }
        """;

    // What a person writes over the prompts.
    private static readonly string Edited = Library
        .Replace(Prompt.Summary(Kind.Type), "A control on a form.")
        .Replace(Prompt.Summary(Kind.Method), "Multiplies by a factor.")
        .Replace(Prompt.TypeParameter, "The unit.")
        .Replace(Prompt.Parameter, "The factor.")
        .Replace(Prompt.Returns, "The product.")
        .Replace(Prompt.Summary(Kind.Property), "Gets the size in pixels.");

    [Theory]
    [MemberData(nameof(DocumentationModes.All), MemberType = typeof(DocumentationModes))]
    public Task Every_prompt_is_reported_by_DOC108(DocumentationMode mode) => new ApiDocTest<ApiDocumentationAnalyzer>(mode, Library)
        .Expect(
            Placeholder(0, "summary", "Widget"),
            Placeholder(1, "summary", "Widget.Scale<T>(int)"),
            Placeholder(2, "<typeparam name=\"T\">", "Widget.Scale<T>(int)"),
            Placeholder(3, "<param name=\"a\">", "Widget.Scale<T>(int)"),
            Placeholder(4, "<returns>", "Widget.Scale<T>(int)"),
            Placeholder(5, "summary", "Widget.Size"))
        .VerifyAsync();

    [Theory]
    [MemberData(nameof(DocumentationModes.All), MemberType = typeof(DocumentationModes))]
    public Task An_edited_prompt_is_not_reported(DocumentationMode mode) => new ApiDocTest<ApiDocumentationAnalyzer>(mode, Edited).VerifyAsync();

    // Four members; three summaries are prompts: 25% documented. Edited, all four are.
    [Fact]
    public Task Coverage_counts_a_prompt_summary_as_undocumented() => new ApiDocTest<ApiDocumentationAnalyzer>(DocumentationMode.None, Library)
        .Property("DocAnalyzersMinimumApiCoverage", "100")
        .Expect(
            new DiagnosticResult(Descriptors.CoverageBelowMinimum).WithNoLocation().WithArguments("25.0", "3", "4", "100"),
            Placeholder(0, "summary", "Widget"),
            Placeholder(1, "summary", "Widget.Scale<T>(int)"),
            Placeholder(2, "<typeparam name=\"T\">", "Widget.Scale<T>(int)"),
            Placeholder(3, "<param name=\"a\">", "Widget.Scale<T>(int)"),
            Placeholder(4, "<returns>", "Widget.Scale<T>(int)"),
            Placeholder(5, "summary", "Widget.Size"))
        .VerifyAsync();

    [Fact]
    public Task Coverage_counts_an_edited_prompt_as_documented() => new ApiDocTest<ApiDocumentationAnalyzer>(DocumentationMode.None, Edited)
        .Property("DocAnalyzersMinimumApiCoverage", "100")
        .VerifyAsync();

    private static DiagnosticResult Placeholder(int location, string tag, string member) =>
        new DiagnosticResult(Descriptors.PlaceholderDocumentation).WithLocation(location).WithArguments(tag, member, "'TODO'");

    /// <summary>Symbols of each kind, for the kind-specific summary prompts.</summary>
    private static class Kind
    {
        private static readonly Compilation Compilation = Microsoft.CodeAnalysis.CSharp.CSharpCompilation.Create(
            "Kinds",
            new[] { Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText("public class C { public void M() { } public int P => 0; }") });

        public static ISymbol Type => Compilation.GetTypeByMetadataName("C")!;

        public static ISymbol Method => ((INamedTypeSymbol)Type).GetMembers("M")[0];

        public static ISymbol Property => ((INamedTypeSymbol)Type).GetMembers("P")[0];
    }
}
