using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace DocAnalyzers.CodeFixes.ApiDocs;

/// <summary>DOC109: replaces an <c>&lt;inheritdoc/&gt;</c> that has nothing to inherit with the tags the signature needs.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(InheritDocFixer))]
public sealed class InheritDocFixer : ApiDocFixer
{
    /// <summary>The equivalence key of the fix that replaces <c>&lt;inheritdoc/&gt;</c> with the tags the signature needs (DOC109).</summary>
    public const string EquivalenceKey = "DocAnalyzers.ReplaceInheritDoc";

    private protected override string DefaultEquivalenceKey => EquivalenceKey;

    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.NothingToInherit);

    private protected override IEnumerable<FixAction> Actions(DocumentedDeclaration declaration, Diagnostic diagnostic, SyntaxNode root)
    {
        if (declaration.TagReportedBy(diagnostic) is not null)
        {
            yield return new FixAction("Replace <inheritdoc/> with documentation", EquivalenceKey);
        }
    }

    private protected override void Fix(CommentEditor editor, DocumentedDeclaration declaration, IReadOnlyList<Diagnostic> diagnostics, string equivalenceKey, SyntaxNode root)
    {
        foreach (Diagnostic diagnostic in diagnostics)
        {
            if (declaration.TagReportedBy(diagnostic) is { } inheritDoc)
            {
                editor.Remove(inheritDoc);
                editor.Add(declaration, declaration.MissingTags(except: inheritDoc), except: inheritDoc);
            }
        }
    }
}
