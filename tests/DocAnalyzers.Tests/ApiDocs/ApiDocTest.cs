using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace DocAnalyzers.Tests.ApiDocs;

/// <summary>
/// An analyzer test in one documentation mode. <see cref="DocumentationMode.None"/> is a project without
/// GenerateDocumentationFile, <see cref="DocumentationMode.Parse"/> the IDE, <see cref="DocumentationMode.Diagnose"/>
/// a project with it. Rule tests run in all three and expect the same diagnostics.
/// </summary>
internal sealed class ApiDocTest<TAnalyzer> : CSharpAnalyzerTest<TAnalyzer, DefaultVerifier>
    where TAnalyzer : DiagnosticAnalyzer, new()
{
    private readonly DocumentationMode mode;
    private readonly List<string> editorConfig = new();
    private readonly List<string> globalConfig = new();

    public ApiDocTest(DocumentationMode mode, string source)
    {
        this.mode = mode;
        ReferenceAssemblies = TestReferences.Assemblies;
        TestCode = source;

        // The project state's mode wins over the parse options' mode, so both are set, and checked.
        TestState.DocumentationMode = mode;
        SolutionTransforms.Add((solution, projectId) =>
        {
            DocumentationMode actual = solution.GetProject(projectId)!.ParseOptions!.DocumentationMode;
            return actual == mode ? solution : throw new InvalidOperationException($"The test compiles in {actual} mode, not {mode}");
        });
    }

    /// <summary>Adds a line under <c>[*.cs]</c> in the project's .editorconfig.</summary>
    public ApiDocTest<TAnalyzer> EditorConfig(string line)
    {
        editorConfig.Add(line);
        return this;
    }

    /// <summary>Sets a build property as the package's CompilerVisibleProperty would.</summary>
    public ApiDocTest<TAnalyzer> Property(string name, string value)
    {
        globalConfig.Add($"build_property.{name} = {value}");
        return this;
    }

    public ApiDocTest<TAnalyzer> Expect(params DiagnosticResult[] diagnostics)
    {
        ExpectedDiagnostics.AddRange(diagnostics);
        return this;
    }

    public Task VerifyAsync()
    {
        ConfigFiles.Add(TestState, editorConfig, globalConfig);
        return RunAsync();
    }

    protected override ParseOptions CreateParseOptions() =>
        ((CSharpParseOptions)base.CreateParseOptions()).WithLanguageVersion(LanguageVersion.Latest).WithDocumentationMode(mode);
}

/// <summary>The three documentation modes every rule test runs in.</summary>
public static class DocumentationModes
{
    public static TheoryData<DocumentationMode> All => new() { DocumentationMode.None, DocumentationMode.Parse, DocumentationMode.Diagnose };
}
