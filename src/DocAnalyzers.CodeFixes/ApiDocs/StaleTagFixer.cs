using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using DocAnalyzers.ApiDocs;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace DocAnalyzers.CodeFixes.ApiDocs;

/// <summary>
/// DOC103 and DOC105: removes a <c>&lt;param&gt;</c> or <c>&lt;typeparam&gt;</c> tag that names nothing or repeats a
/// name, or renames it when it names nothing and exactly one parameter (or type parameter) has no tag.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(StaleTagFixer))]
public sealed class StaleTagFixer : ApiDocFixer
{
    /// <summary>The equivalence key of the fix that removes a stale tag (DOC103, DOC105).</summary>
    public const string RemoveKey = "DocAnalyzers.RemoveStaleTag";
    /// <summary>The equivalence key of the fix that renames a stale tag to the one name left undocumented (DOC103, DOC105).</summary>
    public const string RenameKey = "DocAnalyzers.RenameStaleTag";

    private protected override string DefaultEquivalenceKey => RemoveKey;

    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.UnmatchedParamTag, DiagnosticIds.UnmatchedTypeParamTag);

    private protected override IEnumerable<FixAction> Actions(DocumentedDeclaration declaration, Diagnostic diagnostic, SyntaxNode root)
    {
        if (declaration.TagReportedBy(diagnostic) is not { } tag)
        {
            yield break;
        }

        if (RenameTarget(declaration, tag) is { } name)
        {
            yield return new FixAction($"Rename <{tag.Name}> tag to '{name}'", RenameKey);
        }

        yield return new FixAction($"Remove <{tag.Name}> tag '{tag.NameAttribute()}'", RemoveKey);
    }

    private protected override void Fix(CommentEditor editor, DocumentedDeclaration declaration, IReadOnlyList<Diagnostic> diagnostics, string equivalenceKey, SyntaxNode root)
    {
        foreach (Diagnostic diagnostic in diagnostics)
        {
            if (declaration.TagReportedBy(diagnostic) is not { } tag)
            {
                continue;
            }

            if (equivalenceKey == RemoveKey)
            {
                editor.Remove(tag);
            }
            else if (equivalenceKey == RenameKey && RenameTarget(declaration, tag) is { } name)
            {
                editor.Rename(tag, name);
            }
        }
    }

    /// <summary>
    /// The one undocumented name, when the tag is the only one of its kind that names nothing: then it is
    /// most likely that name misspelt or left behind by a rename. A repeated name is never renamed.
    /// </summary>
    private static string? RenameTarget(DocumentedDeclaration declaration, DocElement tag)
    {
        IEnumerable<string> declared = tag.Name == "param"
            ? declaration.Parameters.Select(p => p.Name)
            : declaration.TypeParameters.Select(p => p.Name);
        var names = new HashSet<string>(declared, System.StringComparer.Ordinal);
        var documented = new HashSet<string>(System.StringComparer.Ordinal);
        int namingNothing = 0;
        foreach (DocElement element in declaration.Comment?.Elements ?? ImmutableArray<DocElement>.Empty)
        {
            if (element.Name != tag.Name)
            {
                continue;
            }

            string name = element.NameAttribute() ?? string.Empty;
            if (names.Contains(name))
            {
                documented.Add(name);
            }
            else
            {
                namingNothing++;
            }
        }

        if (namingNothing != 1 || names.Contains(tag.NameAttribute() ?? string.Empty) || tag.NameValueSpan() is null)
        {
            return null;
        }

        List<string> undocumented = names.Where(n => !documented.Contains(n)).ToList();
        return undocumented.Count == 1 ? undocumented[0] : null;
    }
}
