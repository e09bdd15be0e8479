using System.Collections.Immutable;
using DocAnalyzers.ApiDocs;
using DocAnalyzers.CodeFixes.ApiDocs;
using DocAnalyzers.Tests.ApiDocs;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace DocAnalyzers.Tests.CodeFixes.ApiDocs;

/// <summary>
/// DOC100's fix as <c>dotnet format analyzers --diagnostics DOC100 DOC102</c> applies it. Its SolutionCodeFixApplier
/// (dotnet/sdk, src/BuiltInTools/dotnet-format/Analyzers) takes the first diagnostic among all the IDs it was given,
/// registers the fixer's actions for that one diagnostic, keeps the first action's equivalence key (null when the fixer
/// registers none) and runs Fix All in solution scope with it. Which diagnostic comes first depends on the analysis, so
/// every first diagnostic must lead to the same result: <c>&lt;inheritdoc/&gt;</c> on overrides and implementations.
/// </summary>
public sealed class DotnetFormatTests
{
    private const string Library = """
        using System;

        public class Widget : IEquatable<Widget>
        {
            public bool Equals(Widget? other) => other is not null;

            public override bool Equals(object? obj) => Equals(obj as Widget);

            public override int GetHashCode() => 0;

            public void Clear() { }

            /// <summary>Resizes the widget.</summary>
            public void Resize(int width) { }
        }
        """;

    private static readonly ImmutableArray<DiagnosticAnalyzer> Analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(new ApiDocumentationAnalyzer());

    [Theory]
    [InlineData("Widget", "DOC100")]
    [InlineData("GetHashCode", "DOC100")]
    [InlineData("width", "DOC102")]
    public async Task Dotnet_format_writes_inheritdoc_on_overrides_and_implementations_whichever_diagnostic_comes_first(string firstAt, string firstId)
    {
        Document document = CreateDocument(Library);
        ImmutableArray<Diagnostic> diagnostics = (await AnalyzeAsync(document)).Where(d => d.Id is "DOC100" or "DOC102").ToImmutableArray();
        Diagnostic first = diagnostics.Single(d => d.Id == firstId && d.Location.SourceTree!.GetRoot().FindToken(d.Location.SourceSpan.Start).ValueText == firstAt);

        var fixer = new MissingDocumentationFixer();
        CodeAction? action = null;
        await fixer.RegisterCodeFixesAsync(new CodeFixContext(document, first, (a, _) => action ??= a, CancellationToken.None));
        var context = new FixAllContext(document, fixer, FixAllScope.Solution, action?.EquivalenceKey!, new[] { "DOC100" }, new Provider(diagnostics), CancellationToken.None);
        CodeAction fixAll = (await fixer.GetFixAllProvider().GetFixAsync(context))!;
        Solution solution = (await fixAll.GetOperationsAsync(CancellationToken.None)).OfType<ApplyChangesOperation>().Single().ChangedSolution;
        string text = (await solution.GetDocument(document.Id)!.GetTextAsync()).ToString();

        Assert.Equal(
            """
            using System;

            /// <summary>
            /// Represents a widget.
            /// </summary>
            public class Widget : IEquatable<Widget>
            {
                /// <inheritdoc/>
                public bool Equals(Widget? other) => other is not null;

                /// <inheritdoc/>
                public override bool Equals(object? obj) => Equals(obj as Widget);

                /// <inheritdoc/>
                public override int GetHashCode() => 0;

                /// <summary>
                /// Clears the widget.
                /// </summary>
                public void Clear() { }

                /// <summary>Resizes the widget.</summary>
                public void Resize(int width) { }
            }
            """,
            text);
        Assert.DoesNotContain(await AnalyzeAsync(solution.GetDocument(document.Id)!), d => d.Id is "DOC100" or "DOC109");
    }

    private static Document CreateDocument(string source)
    {
        var workspace = new AdhocWorkspace();
        ProjectId projectId = ProjectId.CreateNewId();
        Solution solution = workspace.CurrentSolution
            .AddProject(ProjectInfo.Create(projectId, VersionStamp.Default, "Library", "Library", LanguageNames.CSharp)
                .WithParseOptions(new CSharpParseOptions(LanguageVersion.Latest, DocumentationMode.Diagnose))
                .WithCompilationOptions(new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable))
                .WithMetadataReferences(Benchmarks.CorpusCompilation.FrameworkReferences()));
        DocumentId id = DocumentId.CreateNewId(projectId);
        return solution.AddDocument(id, "Widget.cs", SourceText.From(source), filePath: "/Widget.cs").GetDocument(id)!;
    }

    private static async Task<ImmutableArray<Diagnostic>> AnalyzeAsync(Document document)
    {
        Compilation compilation = (await document.Project.GetCompilationAsync())!;
        ImmutableArray<Diagnostic> all = await compilation.WithAnalyzers(Analyzers).GetAnalyzerDiagnosticsAsync();
        return all.OrderBy(d => d.Location.SourceSpan.Start).ToImmutableArray();
    }

    private sealed class Provider(ImmutableArray<Diagnostic> diagnostics) : FixAllContext.DiagnosticProvider
    {
        public override Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
            Task.FromResult<IEnumerable<Diagnostic>>(diagnostics);

        public override Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken) =>
            Task.FromResult<IEnumerable<Diagnostic>>(diagnostics.Where(d => d.Location.SourceTree?.FilePath == document.FilePath));

        public override Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
            Task.FromResult<IEnumerable<Diagnostic>>(diagnostics);
    }
}
