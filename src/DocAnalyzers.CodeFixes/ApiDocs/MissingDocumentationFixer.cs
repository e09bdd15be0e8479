using System.Collections.Generic;
using System.Collections.Immutable;
using DocAnalyzers.ApiDocs;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace DocAnalyzers.CodeFixes.ApiDocs;

/// <summary>DOC100: writes a documentation comment whose tags match the signature, or <c>&lt;inheritdoc/&gt;</c> on an override or implementation.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(MissingDocumentationFixer))]
public sealed class MissingDocumentationFixer : ApiDocFixer
{
    public const string AddDocumentationKey = "DocAnalyzers.AddDocumentationComment";
    public const string AddInheritDocKey = "DocAnalyzers.AddInheritDoc";

    private protected override string DefaultEquivalenceKey => AddDocumentationKey;

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.MissingDocumentation);

    private protected override IEnumerable<FixAction> Actions(DocumentedDeclaration declaration, Diagnostic diagnostic, SyntaxNode root)
    {
        if (declaration.Comment is not null)
        {
            yield break;
        }

        yield return new FixAction("Add documentation comment", AddDocumentationKey);
        if (Inheritance.ImplementsOrOverrides(declaration.Symbol))
        {
            yield return new FixAction("Add <inheritdoc/>", AddInheritDocKey);
        }
    }

    private protected override void Fix(CommentEditor editor, DocumentedDeclaration declaration, IReadOnlyList<Diagnostic> diagnostics, string equivalenceKey, SyntaxNode root)
    {
        if (declaration.Comment is not null)
        {
            return;
        }

        if (equivalenceKey == AddDocumentationKey)
        {
            editor.Add(declaration, declaration.MissingTags());
        }
        else if (equivalenceKey == AddInheritDocKey && Inheritance.ImplementsOrOverrides(declaration.Symbol))
        {
            editor.Add(declaration, new[] { NewTag.InheritDoc() });
        }
    }
}
