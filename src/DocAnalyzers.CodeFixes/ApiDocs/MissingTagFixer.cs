using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace DocAnalyzers.CodeFixes.ApiDocs;

/// <summary>
/// DOC101 (no summary), DOC102, DOC104 and DOC106: adds the missing <c>&lt;summary&gt;</c>, <c>&lt;param&gt;</c>,
/// <c>&lt;typeparam&gt;</c> or <c>&lt;returns&gt;</c> tag beside the existing ones, in signature order.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(MissingTagFixer))]
public sealed class MissingTagFixer : ApiDocFixer
{
    /// <summary>The equivalence key of the fix that adds a missing <c>&lt;param&gt;</c>, <c>&lt;typeparam&gt;</c> or <c>&lt;returns&gt;</c> (DOC102, DOC104, DOC106).</summary>
    public const string EquivalenceKey = "DocAnalyzers.AddMissingTag";

    private protected override string DefaultEquivalenceKey => EquivalenceKey;

    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(
        DiagnosticIds.MissingSummary, DiagnosticIds.MissingParamTag, DiagnosticIds.MissingTypeParamTag, DiagnosticIds.MissingReturns);

    private protected override IEnumerable<FixAction> Actions(DocumentedDeclaration declaration, Diagnostic diagnostic, SyntaxNode root)
    {
        if (Requested(declaration, new[] { diagnostic }, root).FirstOrDefault() is { } tag)
        {
            yield return new FixAction(tag.Name is null ? $"Add <{tag.Kind}> tag" : $"Add <{tag.Kind}> tag for '{tag.Name}'", EquivalenceKey);
        }
    }

    private protected override void Fix(CommentEditor editor, DocumentedDeclaration declaration, IReadOnlyList<Diagnostic> diagnostics, string equivalenceKey, SyntaxNode root) =>
        editor.Add(declaration, Requested(declaration, diagnostics, root));

    /// <summary>The missing tags the diagnostics ask for: a DOC102 or DOC104 names its parameter by where it is reported.</summary>
    private static IEnumerable<NewTag> Requested(DocumentedDeclaration declaration, IEnumerable<Diagnostic> diagnostics, SyntaxNode root)
    {
        var kinds = new HashSet<string>(System.StringComparer.Ordinal);
        var names = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (Diagnostic diagnostic in diagnostics)
        {
            switch (diagnostic.Id)
            {
                case DiagnosticIds.MissingSummary:
                    kinds.Add("summary");
                    break;
                case DiagnosticIds.MissingReturns:
                    kinds.Add("returns");
                    break;
                case DiagnosticIds.MissingParamTag:
                    names.Add("param:" + root.FindToken(diagnostic.Location.SourceSpan.Start).ValueText);
                    break;
                case DiagnosticIds.MissingTypeParamTag:
                    names.Add("typeparam:" + root.FindToken(diagnostic.Location.SourceSpan.Start).ValueText);
                    break;
            }
        }

        return declaration.MissingTags().Where(tag => tag.Name is null ? kinds.Contains(tag.Kind) : names.Contains(tag.Kind + ":" + tag.Name));
    }
}
