using System.Collections.Generic;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Text;

namespace DocAnalyzers.CodeFixes.Repository;

/// <summary>
/// What the markdown fixers share: the file is read against the plan once, and a single fix and Fix All
/// compute their edits with the same method, one file's diagnostics together.
/// </summary>
public abstract class MarkdownFixer : CodeFixProvider
{
    /// <inheritdoc/>
    public sealed override FixAllProvider GetFixAllProvider() => new MarkdownFixAllProvider(FixAllTitle, Fix);

    /// <inheritdoc/>
    public sealed override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        TextDocument document = context.TextDocument;
        MarkdownFile? file = await MarkdownFile.ReadAsync(document, context.CancellationToken).ConfigureAwait(false);
        if (file is null)
        {
            return;
        }

        foreach (Diagnostic diagnostic in context.Diagnostics)
        {
            IReadOnlyList<TextChange> changes = Fix(file, new[] { diagnostic });
            if (changes.Count > 0 && Title(file, diagnostic) is { } title)
            {
                SourceText text = file.Text.WithChanges(changes);
                context.RegisterCodeFix(
                    CodeAction.Create(title, _ => Task.FromResult(document.Project.Solution.WithAdditionalDocumentText(document.Id, text)), EquivalenceKey),
                    diagnostic);
            }
        }
    }

    /// <summary>The equivalence key of the fix.</summary>
    private protected abstract string EquivalenceKey { get; }

    /// <summary>The title of Fix All.</summary>
    private protected abstract string FixAllTitle { get; }

    /// <summary>The title of the fix of one diagnostic, or null when it has none.</summary>
    private protected abstract string? Title(MarkdownFile file, Diagnostic diagnostic);

    /// <summary>The edits that fix the diagnostics of one file, computed together against its text.</summary>
    private protected abstract IReadOnlyList<TextChange> Fix(MarkdownFile file, IReadOnlyList<Diagnostic> diagnostics);
}
