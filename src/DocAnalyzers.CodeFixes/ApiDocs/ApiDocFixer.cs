using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Text;

namespace DocAnalyzers.CodeFixes.ApiDocs;

/// <summary>
/// What the DOC1xx fixers share: each diagnostic is mapped to its declaration, the diagnostics of one
/// declaration are fixed together, and every fix in a file is one set of text edits. A single fix and
/// Fix All (document, project, solution) run the same code, so they cannot disagree.
/// </summary>
/// <remarks>
/// The fixers are not marked [Shared]: that attribute would make the assembly reference System.Composition
/// 8.0 (the oldest served here), newer than what Visual Studio 17.8 ships; an unshared fixer only costs an
/// instance per use.
/// </remarks>
public abstract class ApiDocFixer : CodeFixProvider
{
    /// <inheritdoc/>
    public sealed override FixAllProvider GetFixAllProvider() => new FixAll(this);

    /// <inheritdoc/>
    public sealed override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        Document document = context.Document;
        SyntaxNode? root = await document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        SemanticModel? model = await document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null || model is null)
        {
            return;
        }

        foreach (Diagnostic diagnostic in context.Diagnostics)
        {
            if (DocumentedDeclaration.Find(root, model, diagnostic.Location.SourceSpan, context.CancellationToken) is not { CanEdit: true } declaration)
            {
                continue;
            }

            foreach (FixAction action in Actions(declaration, diagnostic, root))
            {
                context.RegisterCodeFix(
                    CodeAction.Create(action.Title, token => FixAsync(document, ImmutableArray.Create(diagnostic), action.EquivalenceKey, token), action.EquivalenceKey),
                    diagnostic);
            }
        }
    }

    /// <summary>The equivalence key of the fix a Fix All applies when it is given none.</summary>
    private protected abstract string DefaultEquivalenceKey { get; }

    /// <summary>The fixes offered for one diagnostic on the declaration.</summary>
    private protected abstract IEnumerable<FixAction> Actions(DocumentedDeclaration declaration, Diagnostic diagnostic, SyntaxNode root);

    /// <summary>Collects the edits of the fix named by <paramref name="equivalenceKey"/> for the diagnostics of one declaration.</summary>
    private protected abstract void Fix(CommentEditor editor, DocumentedDeclaration declaration, IReadOnlyList<Diagnostic> diagnostics, string equivalenceKey, SyntaxNode root);

    private async Task<Document> FixAsync(Document document, ImmutableArray<Diagnostic> diagnostics, string equivalenceKey, CancellationToken cancellationToken)
    {
        SyntaxNode? root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        SemanticModel? model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        SourceText text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
        if (root is null || model is null)
        {
            return document;
        }

        // Diagnostics of one declaration (two parameters, a field's declarators) make one edit of its comment.
        var byDeclaration = new Dictionary<SyntaxNode, (DocumentedDeclaration Declaration, List<Diagnostic> Diagnostics)>();
        var order = new List<SyntaxNode>();
        foreach (Diagnostic diagnostic in diagnostics)
        {
            if (!diagnostic.Location.IsInSource
                || DocumentedDeclaration.Find(root, model, diagnostic.Location.SourceSpan, cancellationToken) is not { } declaration)
            {
                continue;
            }

            if (!byDeclaration.TryGetValue(declaration.Node, out var entry))
            {
                entry = (declaration, new List<Diagnostic>());
                byDeclaration.Add(declaration.Node, entry);
                order.Add(declaration.Node);
            }

            entry.Diagnostics.Add(diagnostic);
        }

        var editor = new CommentEditor(text);
        foreach (SyntaxNode node in order)
        {
            (DocumentedDeclaration declaration, List<Diagnostic> found) = byDeclaration[node];
            if (declaration.CanEdit)
            {
                Fix(editor, declaration, found, equivalenceKey, root);
            }
        }

        return document.WithText(editor.Apply());
    }

    /// <summary>A code action's title and equivalence key.</summary>
    private protected readonly struct FixAction
    {
        public FixAction(string title, string equivalenceKey)
        {
            Title = title;
            EquivalenceKey = equivalenceKey;
        }

        public string Title { get; }

        public string EquivalenceKey { get; }
    }

    private sealed class FixAll : DocumentBasedFixAllProvider
    {
        private readonly ApiDocFixer fixer;

        public FixAll(ApiDocFixer fixer) => this.fixer = fixer;

        // dotnet format takes the key from the first diagnostic it finds among all the IDs it was given; when
        // that diagnostic belongs to another fixer the key is null, and the fixer's main fix is what is meant.
        protected override async Task<Document?> FixAllAsync(FixAllContext fixAllContext, Document document, ImmutableArray<Diagnostic> diagnostics) =>
            diagnostics.IsEmpty
                ? document
                : await fixer.FixAsync(document, diagnostics, fixAllContext.CodeActionEquivalenceKey ?? fixer.DefaultEquivalenceKey, fixAllContext.CancellationToken).ConfigureAwait(false);
    }
}
