using DocAnalyzers.ApiDocs;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;

namespace DocAnalyzers.Tests.CodeFixes.ApiDocs;

/// <summary>
/// A code fix test of the DOC1xx rules in one documentation mode. The testing library applies the fix one
/// diagnostic at a time and with Fix All in document, project and solution scope, and expects the same
/// fixed code each way; the fixed code is analysed again, so its markup lists what remains.
/// </summary>
internal sealed class ApiFixTest<TFixer> : CSharpCodeFixTest<ApiDocumentationAnalyzer, TFixer, DefaultVerifier>
    where TFixer : CodeFixProvider, new()
{
    private readonly DocumentationMode mode;

    public ApiFixTest(DocumentationMode mode, string source, string fixedSource, string? equivalenceKey = null)
    {
        this.mode = mode;
        ReferenceAssemblies = TestReferences.Assemblies;
        TestCode = source;
        FixedCode = fixedSource;
        CodeActionEquivalenceKey = equivalenceKey;

        // Markup in the fixed code lists the diagnostics that remain, fixable or not (by default the library ignores fixable ones there).
        FixedState.MarkupHandling = MarkupMode.Allow;

        // The project state's mode wins over the parse options' mode, so both are set, and checked.
        TestState.DocumentationMode = mode;
        FixedState.DocumentationMode = mode;
        SolutionTransforms.Add((solution, projectId) =>
        {
            DocumentationMode actual = solution.GetProject(projectId)!.ParseOptions!.DocumentationMode;
            return actual == mode ? solution : throw new InvalidOperationException($"The test compiles in {actual} mode, not {mode}");
        });
    }

    protected override ParseOptions CreateParseOptions() =>
        ((CSharpParseOptions)base.CreateParseOptions()).WithLanguageVersion(LanguageVersion.Latest).WithDocumentationMode(mode);
}
