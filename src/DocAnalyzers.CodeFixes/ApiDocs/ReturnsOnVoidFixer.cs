using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace DocAnalyzers.CodeFixes.ApiDocs;

/// <summary>DOC107: removes the <c>&lt;returns&gt;</c> tag of a member that returns nothing.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ReturnsOnVoidFixer))]
public sealed class ReturnsOnVoidFixer : ApiDocFixer
{
    /// <summary>The equivalence key of the fix that removes <c>&lt;returns&gt;</c> from a member that returns nothing (DOC107).</summary>
    public const string EquivalenceKey = "DocAnalyzers.RemoveReturns";

    private protected override string DefaultEquivalenceKey => EquivalenceKey;

    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.ReturnsOnVoid);

    private protected override IEnumerable<FixAction> Actions(DocumentedDeclaration declaration, Diagnostic diagnostic, SyntaxNode root)
    {
        if (declaration.TagReportedBy(diagnostic) is not null)
        {
            yield return new FixAction("Remove <returns> tag", EquivalenceKey);
        }
    }

    private protected override void Fix(CommentEditor editor, DocumentedDeclaration declaration, IReadOnlyList<Diagnostic> diagnostics, string equivalenceKey, SyntaxNode root)
    {
        foreach (Diagnostic diagnostic in diagnostics)
        {
            if (declaration.TagReportedBy(diagnostic) is { } returns)
            {
                editor.Remove(returns);
            }
        }
    }
}
