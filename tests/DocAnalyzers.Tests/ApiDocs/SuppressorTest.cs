using DocAnalyzers.ApiDocs;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace DocAnalyzers.Tests.ApiDocs;

/// <summary>
/// The DOC1xx rules and <see cref="DuplicateWarningSuppressor"/> together in a project with GenerateDocumentationFile
/// (documentation mode Diagnose, where the compiler reports CS1591 and the tag warnings), with the compiler's warnings
/// among the expected diagnostics, suppressed or not.
/// </summary>
internal sealed class SuppressorTest : CSharpAnalyzerTest<DuplicateWarningSuppressor, DefaultVerifier>
{
    private readonly List<string> editorConfig = new();
    private readonly List<string> globalConfig = new();

    public SuppressorTest(string source)
    {
        ReferenceAssemblies = TestReferences.Assemblies;
        TestCode = source;
        TestState.DocumentationMode = DocumentationMode.Diagnose;
        CompilerDiagnostics = CompilerDiagnostics.Warnings;
    }

    /// <summary>A compiler warning at markup location <paramref name="location"/> that the suppressor hides.</summary>
    public static DiagnosticResult Suppressed(string id, int location) => DiagnosticResult.CompilerWarning(id).WithLocation(location).WithIsSuppressed(true);

    /// <summary>A compiler warning at markup location <paramref name="location"/> that the suppressor leaves alone.</summary>
    public static DiagnosticResult Kept(string id, int location) => DiagnosticResult.CompilerWarning(id).WithLocation(location).WithIsSuppressed(false);

    /// <summary>A DOC1xx finding at markup location <paramref name="location"/>, whatever its message (the rules' own tests check those).</summary>
    public static DiagnosticResult Doc(DiagnosticDescriptor rule, int location) => new DiagnosticResult(rule.Id, rule.DefaultSeverity).WithLocation(location).WithIsSuppressed(false);

    /// <summary>Adds a line under <c>[*.cs]</c> in the project's .editorconfig.</summary>
    public SuppressorTest EditorConfig(string line)
    {
        editorConfig.Add(line);
        return this;
    }

    /// <summary>Adds a line to the project's .globalconfig, such as a build property the package makes visible.</summary>
    public SuppressorTest GlobalConfig(string line)
    {
        globalConfig.Add(line);
        return this;
    }

    public SuppressorTest Expect(params DiagnosticResult[] diagnostics)
    {
        ExpectedDiagnostics.AddRange(diagnostics);
        return this;
    }

    public Task VerifyAsync()
    {
        ConfigFiles.Add(TestState, editorConfig, globalConfig);
        return RunAsync();
    }

    /// <summary>The analyzers whose findings the suppressor stands in for, and the suppressor.</summary>
    protected override IEnumerable<DiagnosticAnalyzer> GetDiagnosticAnalyzers() =>
        new DiagnosticAnalyzer[] { new ApiDocumentationAnalyzer(), new DuplicateWarningSuppressor() };

    protected override ParseOptions CreateParseOptions() =>
        ((CSharpParseOptions)base.CreateParseOptions()).WithLanguageVersion(LanguageVersion.Latest).WithDocumentationMode(DocumentationMode.Diagnose);
}
