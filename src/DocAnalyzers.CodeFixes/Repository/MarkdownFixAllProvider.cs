using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Text;

namespace DocAnalyzers.CodeFixes.Repository;

/// <summary>
/// Fix All for diagnostics in markdown additional files. The built-in fixers work on C# documents only,
/// and the fixes to one file must be computed together against its original text (two sections inserted
/// at the same place, a parent and its child), so each file's diagnostics go to the fixer at once.
/// </summary>
internal sealed class MarkdownFixAllProvider : FixAllProvider
{
    private readonly string title;
    private readonly Func<MarkdownFile, IReadOnlyList<Diagnostic>, IReadOnlyList<TextChange>> fix;

    public MarkdownFixAllProvider(string title, Func<MarkdownFile, IReadOnlyList<Diagnostic>, IReadOnlyList<TextChange>> fix)
    {
        this.title = title;
        this.fix = fix;
    }

    /// <inheritdoc/>
    public override IEnumerable<FixAllScope> GetSupportedFixAllScopes() =>
        ImmutableArray.Create(FixAllScope.Document, FixAllScope.Project, FixAllScope.Solution);

    /// <inheritdoc/>
    public override async Task<CodeAction?> GetFixAsync(FixAllContext context)
    {
        // Roslyn 4.8's FixAllContext.Document is a C# Document, so a Fix All started in a markdown file
        // has none: document scope then covers the project's markdown files.
        string? onlyPath = context.Scope == FixAllScope.Document ? context.Document?.FilePath : null;
        IEnumerable<Project> projects = context.Scope == FixAllScope.Solution ? context.Solution.Projects : new[] { context.Project };
        var byFile = new Dictionary<string, (ProjectId Project, List<Diagnostic> Diagnostics)>(StringComparer.Ordinal);
        var seen = new HashSet<(string, TextSpan, string)>();
        foreach (Project project in projects)
        {
            foreach (Diagnostic diagnostic in await context.GetAllDiagnosticsAsync(project).ConfigureAwait(false))
            {
                if (!context.DiagnosticIds.Contains(diagnostic.Id)
                    || !context.CodeFixProvider.FixableDiagnosticIds.Contains(diagnostic.Id)
                    || diagnostic.Location.Kind != LocationKind.ExternalFile)
                {
                    continue;
                }

                string path = diagnostic.Location.GetLineSpan().Path;
                if ((onlyPath is not null && !string.Equals(path, onlyPath, StringComparison.Ordinal))
                    || !seen.Add((path, diagnostic.Location.SourceSpan, diagnostic.GetMessage(CultureInfo.InvariantCulture))))
                {
                    continue;
                }

                if (!byFile.TryGetValue(path, out var file))
                {
                    byFile[path] = file = (project.Id, new List<Diagnostic>());
                }

                file.Diagnostics.Add(diagnostic);
            }
        }

        return byFile.Count == 0
            ? null
            : CodeAction.Create(title, cancellationToken => ApplyAsync(context.Solution, byFile, cancellationToken), context.CodeActionEquivalenceKey);
    }

    private async Task<Solution> ApplyAsync(Solution solution, Dictionary<string, (ProjectId Project, List<Diagnostic> Diagnostics)> byFile, CancellationToken cancellationToken)
    {
        Solution result = solution;
        foreach (var pair in byFile)
        {
            // The project that reported the diagnostics reads the file with its own plan; a file linked
            // into several projects gets the same new text in each.
            TextDocument? reporting = Find(solution.GetProject(pair.Value.Project), pair.Key);
            MarkdownFile? file = reporting is null ? null : await MarkdownFile.ReadAsync(reporting, cancellationToken).ConfigureAwait(false);
            IReadOnlyList<TextChange> changes = file is null ? Array.Empty<TextChange>() : fix(file, pair.Value.Diagnostics);
            if (changes.Count == 0)
            {
                continue;
            }

            SourceText text = file!.Text.WithChanges(changes);
            foreach (Project project in solution.Projects)
            {
                if (Find(project, pair.Key) is { } document)
                {
                    result = result.WithAdditionalDocumentText(document.Id, text);
                }
            }
        }

        return result;
    }

    private static TextDocument? Find(Project? project, string path)
    {
        foreach (TextDocument document in project?.AdditionalDocuments ?? Array.Empty<TextDocument>())
        {
            if (string.Equals(document.FilePath, path, StringComparison.Ordinal))
            {
                return document;
            }
        }

        return null;
    }
}
