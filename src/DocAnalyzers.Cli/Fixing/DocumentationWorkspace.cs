using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using DocAnalyzers.Cli.Analysis;
using DocAnalyzers.Cli.Inputs;
using DocAnalyzers.CodeFixes.Repository;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace DocAnalyzers.Cli.Fixing;

/// <summary>
/// The repository as the IDE sees the project that checks it: an <see cref="AdhocWorkspace"/> project with the
/// documentation and the template as additional documents, and the .editorconfig, global config and generated
/// build-property config as analyzer config documents. The package's markdown fixers run here through their
/// own Fix All, on diagnostics of the package's analyzer.
/// </summary>
internal sealed class DocumentationWorkspace : IDisposable
{
    private readonly AdhocWorkspace workspace;
    private readonly ProjectId projectId;
    private readonly Dictionary<string, SourceText> originals;
    private readonly Dictionary<string, SourceText> created;

    private DocumentationWorkspace(AdhocWorkspace workspace, ProjectId projectId, Dictionary<string, SourceText> originals, Dictionary<string, SourceText> created)
    {
        this.workspace = workspace;
        this.projectId = projectId;
        this.originals = originals;
        this.created = created;
    }

    /// <summary>The fixers, in the order they run: sections are added before empty ones are filled; broken links are corrected last.</summary>
    public static IReadOnlyList<MarkdownFixer> Fixers { get; } = new MarkdownFixer[] { new MissingSectionFixer(), new EmptySectionFixer(), new BrokenLinkFixer() };

    public Solution Solution => workspace.CurrentSolution;

    /// <param name="newFiles">Files that do not exist yet, with their text (init's README).</param>
    public static DocumentationWorkspace Create(AnalyzerInputs inputs, IReadOnlyDictionary<string, string>? newFiles = null)
    {
        var workspace = new AdhocWorkspace();
        ProjectId projectId = ProjectId.CreateNewId();
        var originals = new Dictionary<string, SourceText>(StringComparer.Ordinal);
        var created = new Dictionary<string, SourceText>(StringComparer.Ordinal);
        var additional = new List<DocumentInfo>();
        var paths = new List<string>(inputs.AdditionalFiles);

        foreach (string path in paths)
        {
            bool isNew = newFiles is not null && newFiles.ContainsKey(path);
            SourceText? text = isNew ? SourceText.From(newFiles![path], System.Text.Encoding.UTF8) : FileAdditionalText.ReadFile(path);
            if (text is null)
            {
                // An unreadable file is left alone; the analyzer reports it (DOC002) to check.
                continue;
            }

            (isNew ? created : originals)[path] = text;

            additional.Add(Document(projectId, path, text));
        }

        var configs = DocumentationAnalysis.ConfigTexts(inputs)
            .Select(c => Document(projectId, c.Path, SourceText.From(c.Text)))
            .ToList();
        var source = DocumentInfo.Create(DocumentId.CreateNewId(projectId), AnalyzerInputs.SourceFileName, loader: Loader(SourceText.From(string.Empty)), filePath: inputs.SourcePath);
        ProjectInfo project = ProjectInfo.Create(
                projectId,
                VersionStamp.Create(),
                "DocAnalyzers.Cli.Repository",
                "DocAnalyzers.Cli.Repository",
                LanguageNames.CSharp,
                filePath: System.IO.Path.Combine(inputs.Root, "DocAnalyzers.Cli.Repository.csproj"),
                compilationOptions: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary),
                documents: new[] { source },
                additionalDocuments: additional)
            .WithAnalyzerConfigDocuments(configs);
        workspace.AddProject(project);
        return new DocumentationWorkspace(workspace, projectId, originals, created);
    }

    /// <summary>The package analyzer's diagnostics on the workspace's current documentation.</summary>
    public async Task<ImmutableArray<Diagnostic>> AnalyzeAsync(CancellationToken cancellationToken)
    {
        Project project = Solution.GetProject(projectId)!;
        Compilation compilation = (await project.GetCompilationAsync(cancellationToken).ConfigureAwait(false))!;
        return await DocumentationAnalysis.RunAsync(compilation, project.AnalyzerOptions, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Runs each fixer whose rule is wanted through its Fix All, on fresh diagnostics each time.</summary>
    public async Task FixAsync(ISet<string> diagnosticIds, CancellationToken cancellationToken)
    {
        foreach (MarkdownFixer fixer in Fixers)
        {
            var ids = fixer.FixableDiagnosticIds.Where(diagnosticIds.Contains).ToList();
            if (ids.Count == 0)
            {
                continue;
            }

            var diagnostics = (await AnalyzeAsync(cancellationToken).ConfigureAwait(false)).Where(d => ids.Contains(d.Id)).ToList();
            if (diagnostics.Count == 0)
            {
                continue;
            }

            Project project = Solution.GetProject(projectId)!;
            var context = new FixAllContext(project, fixer, FixAllScope.Project, EquivalenceKey(fixer), ids, new FixedDiagnosticProvider(diagnostics), cancellationToken);
            CodeAction? action = await fixer.GetFixAllProvider().GetFixAsync(context).ConfigureAwait(false);
            if (action is null)
            {
                continue;
            }

            foreach (CodeActionOperation operation in await action.GetOperationsAsync(cancellationToken).ConfigureAwait(false))
            {
                if (operation is ApplyChangesOperation apply && !workspace.TryApplyChanges(apply.ChangedSolution))
                {
                    throw new InvalidOperationException($"The workspace did not take the changes of {fixer.GetType().Name}.");
                }
            }
        }
    }

    /// <summary>
    /// The files whose text differs from what was read, and the new files a fix wrote into (a new file the
    /// fixes left as it was given is not worth creating), in path order.
    /// </summary>
    public async Task<IReadOnlyList<FileChange>> ChangesAsync(CancellationToken cancellationToken)
    {
        var changes = new List<FileChange>();
        foreach (TextDocument document in Solution.GetProject(projectId)!.AdditionalDocuments.OrderBy(d => d.FilePath, StringComparer.Ordinal))
        {
            string path = document.FilePath!;
            SourceText now = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
            if (originals.TryGetValue(path, out SourceText? before) ? !before.ContentEquals(now) : created.TryGetValue(path, out SourceText? initial) && !initial.ContentEquals(now))
            {
                changes.Add(new FileChange(path, before?.ToString(), now.ToString()));
            }
        }

        return changes;
    }

    public void Dispose() => workspace.Dispose();

    private static string EquivalenceKey(MarkdownFixer fixer) => fixer switch
    {
        MissingSectionFixer => MissingSectionFixer.AddSectionKey,
        EmptySectionFixer => EmptySectionFixer.AddPromptKey,
        _ => BrokenLinkFixer.ReplaceTargetKey,
    };

    private static DocumentInfo Document(ProjectId projectId, string path, SourceText text) =>
        DocumentInfo.Create(DocumentId.CreateNewId(projectId), System.IO.Path.GetFileName(path), loader: Loader(text), filePath: path);

    private static TextLoader Loader(SourceText text) => TextLoader.From(TextAndVersion.Create(text, VersionStamp.Create()));
}
