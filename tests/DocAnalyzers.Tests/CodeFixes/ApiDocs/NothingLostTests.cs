using System.Collections.Immutable;
using System.Text.RegularExpressions;
using DocAnalyzers.ApiDocs;
using DocAnalyzers.Benchmarks;
using DocAnalyzers.CodeFixes.ApiDocs;
using DocAnalyzers.Tests.ApiDocs;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Xunit.Abstractions;

namespace DocAnalyzers.Tests.CodeFixes.ApiDocs;

/// <summary>
/// Fix All of every DOC1xx fix, one after the other, over the first files of the benchmark's generated library
/// (thousands of members, every kind, with seeded defects), as dotnet format would apply them. The only changes
/// allowed are added <c>///</c> lines and removed lines holding one of the tags a diagnostic named, and the
/// result must compile with none of the fixed diagnostics left and no new ones.
/// </summary>
public sealed class NothingLostTests(ITestOutputHelper output)
{
    private const int FileCount = 12;

    // A line the removal fixes may take away: one stale param or typeparam, a returns on void, an inheritdoc.
    private static readonly Regex RemovableLine = new(@"^\s*///\s*<(param|typeparam|returns|inheritdoc)\b.*$");

    private static readonly ImmutableArray<DiagnosticAnalyzer> Analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(
        new ApiDocumentationAnalyzer());

    // In the order a user would apply them: removals first, so the additions see the final set of tags.
    private static readonly (CodeFixProvider Fixer, string Key)[] Fixes =
    {
        (new InheritDocFixer(), InheritDocFixer.EquivalenceKey),
        (new ReturnsOnVoidFixer(), ReturnsOnVoidFixer.EquivalenceKey),
        (new StaleTagFixer(), StaleTagFixer.RemoveKey),
        (new MissingTagFixer(), MissingTagFixer.EquivalenceKey),
        (new MissingDocumentationFixer(), MissingDocumentationFixer.AddDocumentationKey),
    };

    private static readonly string[] FixedIds = { "DOC100", "DOC102", "DOC103", "DOC104", "DOC105", "DOC106", "DOC107", "DOC109", "CS1591", "CS1572", "CS1573", "CS1711", "CS1712" };

    [Theory]
    [MemberData(nameof(DocumentationModes.All), MemberType = typeof(DocumentationModes))]
    public async Task Fix_all_of_every_rule_only_adds_documentation_and_removes_the_tags_it_names(DocumentationMode mode)
    {
        Corpus corpus = CorpusGenerator.Generate(FileCount);
        Solution original = CreateSolution(corpus, mode, out ProjectId projectId);
        ImmutableArray<Diagnostic> before = await AnalyzeAsync(original.GetProject(projectId)!);
        int removable = before.Count(d => d.Id is "DOC103" or "DOC105" or "DOC107" or "DOC109");
        Assert.True(before.Count(d => d.Id == "DOC100") > 500, "the corpus should have many undocumented members");
        Assert.True(removable > 20, "the corpus should have stale tags to remove");

        Solution solution = original;
        foreach ((CodeFixProvider fixer, string key) in Fixes)
        {
            solution = await FixAllAsync(solution, projectId, fixer, key);
        }

        ImmutableArray<Diagnostic> after = await AnalyzeAsync(solution.GetProject(projectId)!);
        Assert.Empty(after.Where(d => d.Severity == DiagnosticSeverity.Error));
        Assert.Empty(await UnexplainedAsync(solution.GetProject(projectId)!, after.Where(d => FixedIds.Contains(d.Id)), after));

        // The only new findings are DOC108 on the TODO prompts the fixes write where they cannot draft a sentence.
        int prompts = after.Count(IsPrompt);
        Assert.True(prompts > 0, "the fixes should write prompts that DOC108 reports");
        foreach (IGrouping<string, Diagnostic> remaining in after.Where(d => !IsPrompt(d)).GroupBy(d => d.Id))
        {
            int was = before.Count(d => d.Id == remaining.Key);
            Assert.True(remaining.Count() <= was, $"{remaining.Key}: {remaining.Count()} after the fixes, {was} before; first: {remaining.First()}");
        }

        int added = 0;
        int removed = 0;
        foreach (DocumentId id in original.GetProject(projectId)!.DocumentIds)
        {
            string[] oldLines = (await original.GetDocument(id)!.GetTextAsync()).Lines.Select(l => l.ToString()).ToArray();
            string[] newLines = (await solution.GetDocument(id)!.GetTextAsync()).Lines.Select(l => l.ToString()).ToArray();
            (int fileAdded, int fileRemoved) = Compare(original.GetDocument(id)!.Name, oldLines, newLines);
            added += fileAdded;
            removed += fileRemoved;
        }

        output.WriteLine($"{mode}: {prompts} prompts; {before.Length} diagnostics before ({string.Join(", ", before.GroupBy(d => d.Id).OrderBy(g => g.Key).Select(g => $"{g.Key} {g.Count()}"))}), {after.Length} after ({string.Join(", ", after.GroupBy(d => d.Id).OrderBy(g => g.Key).Select(g => $"{g.Key} {g.Count()}"))}); {added} lines added, {removed} removed");
        Assert.True(added > 2000, $"only {added} lines added");
        Assert.InRange(removed, 1, removable);
    }

    /// <summary>A DOC108 on a tag whose text is a fix's prompt ("TODO: say what..."), not one of the seeded placeholders ("TODO.").</summary>
    private static bool IsPrompt(Diagnostic diagnostic)
    {
        if (diagnostic.Id != "DOC108")
        {
            return false;
        }

        string text = diagnostic.Location.SourceTree!.GetText().ToString();
        int start = diagnostic.Location.SourceSpan.Start;
        int end = text.IndexOf("</", start, StringComparison.Ordinal);
        return end > start && text.Substring(start, end - start).Contains("TODO: ", StringComparison.Ordinal);
    }

    /// <summary>
    /// The diagnostics left that the fixes should have fixed. Only a declaration whose comment is malformed XML
    /// (DOC111 or CS1570 inside it) is left alone by design: where its elements end is a guess.
    /// </summary>
    private static async Task<List<string>> UnexplainedAsync(Project project, IEnumerable<Diagnostic> remaining, ImmutableArray<Diagnostic> all)
    {
        var unexplained = new List<string>();
        foreach (Diagnostic diagnostic in remaining)
        {
            SyntaxTree tree = diagnostic.Location.SourceTree!;
            Document document = project.GetDocument(tree)!;
            SyntaxNode root = await tree.GetRootAsync();
            SemanticModel model = (await document.GetSemanticModelAsync())!;
            DocumentedDeclaration? declaration = DocumentedDeclaration.Find(root, model, diagnostic.Location.SourceSpan, CancellationToken.None);
            TextSpan? comment = declaration?.Node.GetLeadingTrivia().FullSpan;
            bool malformed = comment is { } span && all.Any(d => d.Id is "DOC111" or "CS1570" && d.Location.SourceTree == tree && span.Contains(d.Location.SourceSpan.Start));
            if (!malformed)
            {
                unexplained.Add(diagnostic.ToString());
            }
        }

        return unexplained;
    }

    /// <summary>
    /// Walks both versions line by line: equal lines match, an unmatched new line must be a doc comment line,
    /// an unmatched old line must be a removable tag that is gone from the new text. Returns the lines added and removed.
    /// </summary>
    private static (int Added, int Removed) Compare(string file, string[] oldLines, string[] newLines)
    {
        int i = 0;
        int j = 0;
        int added = 0;
        int removed = 0;
        while (i < oldLines.Length || j < newLines.Length)
        {
            if (i < oldLines.Length && j < newLines.Length && oldLines[i] == newLines[j])
            {
                i++;
                j++;
            }
            else if (i < oldLines.Length && RemovableLine.IsMatch(oldLines[i]) && !InCommentBlock(newLines, j, oldLines[i]))
            {
                // A removable tag line that is not in the new text's comment block here was removed.
                i++;
                removed++;
            }
            else if (j < newLines.Length && newLines[j].TrimStart().StartsWith("///", StringComparison.Ordinal))
            {
                j++;
                added++;
            }
            else
            {
                string was = i < oldLines.Length ? oldLines[i] : "(end of file)";
                string now = j < newLines.Length ? newLines[j] : "(end of file)";
                Assert.Fail($"{file}: line {i + 1} '{was}' became '{now}'");
            }
        }

        return (added, removed);
    }

    /// <summary>True when the line occurs in the run of <c>///</c> lines that starts at <paramref name="start"/>.</summary>
    private static bool InCommentBlock(string[] lines, int start, string line)
    {
        for (int k = start; k < lines.Length && lines[k].TrimStart().StartsWith("///", StringComparison.Ordinal); k++)
        {
            if (lines[k] == line)
            {
                return true;
            }
        }

        return false;
    }

    private static Solution CreateSolution(Corpus corpus, DocumentationMode mode, out ProjectId projectId)
    {
        var workspace = new AdhocWorkspace();
        projectId = ProjectId.CreateNewId();
        Solution solution = workspace.CurrentSolution
            .AddProject(ProjectInfo.Create(projectId, VersionStamp.Default, "Synthetic.Library", "Synthetic.Library", LanguageNames.CSharp)
                .WithParseOptions(new CSharpParseOptions(LanguageVersion.Latest, mode))
                .WithCompilationOptions(new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable))
                .WithMetadataReferences(CorpusCompilation.FrameworkReferences()));
        foreach (CorpusFile file in corpus.Files)
        {
            solution = solution.AddDocument(DocumentId.CreateNewId(projectId), file.Path, SourceText.From(file.Text), filePath: "/" + file.Path);
        }

        return solution;
    }

    private static async Task<ImmutableArray<Diagnostic>> AnalyzeAsync(Project project)
    {
        Compilation compilation = (await project.GetCompilationAsync())!;
        return await compilation.WithAnalyzers(Analyzers).GetAllDiagnosticsAsync();
    }

    /// <summary>Fix All in solution scope, through the fixer's own FixAllProvider, as the IDE and dotnet format call it.</summary>
    private static async Task<Solution> FixAllAsync(Solution solution, ProjectId projectId, CodeFixProvider fixer, string key)
    {
        Project project = solution.GetProject(projectId)!;
        ImmutableArray<Diagnostic> diagnostics = (await AnalyzeAsync(project)).Where(d => fixer.FixableDiagnosticIds.Contains(d.Id)).ToImmutableArray();
        if (diagnostics.IsEmpty)
        {
            return solution;
        }

        var context = new FixAllContext(
            project,
            fixer,
            FixAllScope.Solution,
            key,
            fixer.FixableDiagnosticIds,
            new Provider(diagnostics),
            CancellationToken.None);
        CodeAction action = (await fixer.GetFixAllProvider()!.GetFixAsync(context))!;
        ImmutableArray<CodeActionOperation> operations = await action.GetOperationsAsync(CancellationToken.None);
        return operations.OfType<ApplyChangesOperation>().Single().ChangedSolution;
    }

    private sealed class Provider(ImmutableArray<Diagnostic> diagnostics) : FixAllContext.DiagnosticProvider
    {
        public override Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
            Task.FromResult<IEnumerable<Diagnostic>>(diagnostics);

        public override async Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken)
        {
            SyntaxTree? tree = await document.GetSyntaxTreeAsync(cancellationToken);
            return diagnostics.Where(d => d.Location.SourceTree?.FilePath == tree?.FilePath);
        }

        public override Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
            Task.FromResult(Enumerable.Empty<Diagnostic>());
    }
}
