using System.Collections.Generic;
using System.Collections.Immutable;
using DocAnalyzers.ApiDocs;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace DocAnalyzers.CodeFixes.ApiDocs;

/// <summary>
/// DOC100: writes <c>&lt;inheritdoc/&gt;</c> on an override or interface implementation, and elsewhere a comment whose
/// tags match the signature. A second fix writes the full comment on an override or implementation too.
/// </summary>
/// <remarks>
/// dotnet format applies, to every diagnostic, the equivalence key of the first action registered for the first diagnostic
/// it finds. So the first action of every declaration has the same key, and that key's fix picks per declaration:
/// whichever member comes first, overrides get <c>&lt;inheritdoc/&gt;</c> and the rest a comment.
/// </remarks>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(MissingDocumentationFixer))]
public sealed class MissingDocumentationFixer : ApiDocFixer
{
    /// <summary>The default fix: <c>&lt;inheritdoc/&gt;</c> where there is a member to inherit from, a comment elsewhere.</summary>
    public const string AddDocumentationKey = "DocAnalyzers.AddDocumentationComment";

    /// <summary>A comment whose tags match the signature, even on an override or implementation.</summary>
    public const string AddFullCommentKey = "DocAnalyzers.AddFullDocumentationComment";

    private protected override string DefaultEquivalenceKey => AddDocumentationKey;

    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.MissingDocumentation);

    private protected override IEnumerable<FixAction> Actions(DocumentedDeclaration declaration, Diagnostic diagnostic, SyntaxNode root)
    {
        if (declaration.Comment is not null)
        {
            yield break;
        }

        if (Inheritance.ImplementsOrOverrides(declaration.Symbol))
        {
            yield return new FixAction("Add <inheritdoc/>", AddDocumentationKey);
            yield return new FixAction("Add documentation comment instead of <inheritdoc/>", AddFullCommentKey);
        }
        else
        {
            yield return new FixAction("Add documentation comment", AddDocumentationKey);
        }
    }

    private protected override void Fix(CommentEditor editor, DocumentedDeclaration declaration, IReadOnlyList<Diagnostic> diagnostics, string equivalenceKey, SyntaxNode root)
    {
        if (declaration.Comment is not null)
        {
            return;
        }

        if (equivalenceKey == AddDocumentationKey && Inheritance.ImplementsOrOverrides(declaration.Symbol))
        {
            editor.Add(declaration, new[] { NewTag.InheritDoc() });
        }
        else if (equivalenceKey is AddDocumentationKey or AddFullCommentKey)
        {
            editor.Add(declaration, declaration.MissingTags());
        }
    }
}
