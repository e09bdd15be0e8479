using System.Collections.Immutable;
using System.Text;
using DocAnalyzers.Repository;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace DocAnalyzers.Tests.CodeFixes.Repository;

/// <summary>
/// Drives a fixer on markdown additional documents in a real AdhocWorkspace. Microsoft.CodeAnalysis.Testing
/// cannot: its CodeFixTest offers a diagnostic to the fixers only when <c>Solution.GetDocument(Location.SourceTree)</c>
/// finds a C# document, and a diagnostic in an additional file has no SourceTree, so no fix is ever applied.
/// The diagnostics come from the real analyzer, before and after the fix.
/// </summary>
internal sealed class MarkdownFixTest
{
    public const string Root = "/repo/";

    private readonly AdhocWorkspace workspace = new();
    private readonly StringBuilder config = new("is_global = true\nbuild_property.DocAnalyzersRepositoryRoot = /repo/\nbuild_property.DocAnalyzersCheckRepository = true\n");
    private readonly List<(string Path, string Text)> files = new();
    private readonly HashSet<string> templates = new(StringComparer.Ordinal);

    public MarkdownFixTest(params (string Path, string Text)[] markdown) => files.AddRange(markdown);

    /// <summary>Marks a file as the plan template, as the package's targets would.</summary>
    public MarkdownFixTest Template(string path, string text)
    {
        files.Add((path, text));
        templates.Add(path);
        return this;
    }

    public Solution CreateSolution()
    {
        // Each file marked as the package's targets mark what they hand over: documentation, or the template.
        var sections = new StringBuilder();
        foreach ((string path, _) in files)
        {
            sections.Append('[').Append(Root).Append(path).Append("]\nbuild_metadata.AdditionalFiles.DocAnalyzersKind = ").Append(templates.Contains(path) ? "Template" : "Document").Append('\n');
        }

        ProjectId id = ProjectId.CreateNewId();
        Solution solution = workspace.CurrentSolution
            .AddProject(ProjectInfo.Create(id, VersionStamp.Default, "Shop", "Shop", LanguageNames.CSharp, filePath: Root + "Shop.csproj"))
            .AddMetadataReference(id, MetadataReference.CreateFromFile(typeof(object).Assembly.Location))
            .AddDocument(DocumentId.CreateNewId(id), "C.cs", "class C { }", filePath: Root + "C.cs")
            .AddAnalyzerConfigDocument(DocumentId.CreateNewId(id), ".globalconfig", SourceText.From(config.ToString() + sections), filePath: "/.globalconfig");
        foreach ((string path, string text) in files)
        {
            solution = solution.AddAdditionalDocument(DocumentId.CreateNewId(id), path, SourceText.From(text), filePath: Root + path);
        }

        return solution;
    }

    /// <summary>The analyzer's diagnostics for the solution's one project.</summary>
    public static async Task<ImmutableArray<Diagnostic>> DiagnosticsAsync(Solution solution)
    {
        Project project = solution.Projects.Single();
        Compilation compilation = (await project.GetCompilationAsync())!;
        return await compilation
            .WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new RepositoryDocumentationAnalyzer()), project.AnalyzerOptions)
            .GetAnalyzerDiagnosticsAsync();
    }

    /// <summary>Applies the one fix the fixer offers for the diagnostic whose message contains <paramref name="message"/>.</summary>
    public async Task<Solution> FixOneAsync(CodeFixProvider fixer, string equivalenceKey, string message)
    {
        Solution solution = CreateSolution();
        Diagnostic diagnostic = (await DiagnosticsAsync(solution)).Single(d => fixer.FixableDiagnosticIds.Contains(d.Id) && d.GetMessage().Contains(message, StringComparison.Ordinal));
        TextDocument document = DocumentAt(solution, diagnostic.Location.GetLineSpan().Path);
        var actions = new List<CodeAction>();
        await fixer.RegisterCodeFixesAsync(new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), CancellationToken.None));
        CodeAction fix = Assert.Single(actions);
        Assert.Equal(equivalenceKey, fix.EquivalenceKey);
        return await ApplyAsync(fix);
    }

    /// <summary>Runs the fixer's Fix All in <paramref name="scope"/> over every diagnostic it can fix.</summary>
    public async Task<Solution> FixAllAsync(CodeFixProvider fixer, string equivalenceKey, FixAllScope scope)
    {
        Solution solution = CreateSolution();
        ImmutableArray<Diagnostic> diagnostics = await DiagnosticsAsync(solution);
        FixAllProvider provider = fixer.GetFixAllProvider()!;
        Assert.Contains(scope, provider.GetSupportedFixAllScopes());
        var context = new FixAllContext(solution.Projects.Single(), fixer, scope, equivalenceKey, fixer.FixableDiagnosticIds, new Provider(diagnostics), CancellationToken.None);
        CodeAction fix = (await provider.GetFixAsync(context))!;
        Assert.NotNull(fix);
        Assert.Equal(equivalenceKey, fix.EquivalenceKey);
        return await ApplyAsync(fix);
    }

    public static async Task<string> TextAsync(Solution solution, string path) =>
        (await DocumentAt(solution, Root + path).GetTextAsync()).ToString();

    /// <summary>The analyzer's diagnostics after a fix, as "ID Message" lines in a stable order.</summary>
    public static async Task<string[]> RemainingAsync(Solution solution) =>
        (await DiagnosticsAsync(solution)).Select(d => $"{d.Id} {d.GetMessage()}").Order(StringComparer.Ordinal).ToArray();

    private static TextDocument DocumentAt(Solution solution, string path) =>
        solution.Projects.Single().AdditionalDocuments.Single(d => d.FilePath == path);

    private static async Task<Solution> ApplyAsync(CodeAction fix)
    {
        ImmutableArray<CodeActionOperation> operations = await fix.GetOperationsAsync(CancellationToken.None);
        return Assert.IsType<ApplyChangesOperation>(Assert.Single(operations)).ChangedSolution;
    }

    private sealed class Provider(ImmutableArray<Diagnostic> diagnostics) : FixAllContext.DiagnosticProvider
    {
        public override Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
            Task.FromResult<IEnumerable<Diagnostic>>(diagnostics);

        public override Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken) =>
            Task.FromResult(diagnostics.Where(d => d.Location.SourceTree is not null && d.Location.SourceTree.FilePath == document.FilePath));

        public override Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
            Task.FromResult(diagnostics.Where(d => !d.Location.IsInSource));
    }
}
