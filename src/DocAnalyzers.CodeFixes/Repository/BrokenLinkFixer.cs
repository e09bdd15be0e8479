using System.Collections.Generic;
using System.Collections.Immutable;
using DocAnalyzers.Repository.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Text;

namespace DocAnalyzers.CodeFixes.Repository;

/// <summary>DOC205: replaces a broken link's target with the file or anchor the message suggests; no fix without a suggestion.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(BrokenLinkFixer), DocumentKinds = new[] { nameof(TextDocumentKind.AdditionalDocument) })]
public sealed class BrokenLinkFixer : MarkdownFixer
{
    /// <summary>The equivalence key of the fix that replaces a broken link's target with the one the message suggests (DOC205).</summary>
    public const string ReplaceTargetKey = "DocAnalyzers.ReplaceLinkTarget";

    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.BrokenLink);

    private protected override string EquivalenceKey => ReplaceTargetKey;

    private protected override string FixAllTitle => "Replace the broken links' targets with the suggestions";

    private protected override string? Title(MarkdownFile file, Diagnostic diagnostic) =>
        Replacement(diagnostic) is { } replacement ? $"Replace the link's target with '{replacement}'" : null;

    private protected override IReadOnlyList<TextChange> Fix(MarkdownFile file, IReadOnlyList<Diagnostic> diagnostics)
    {
        var changes = new List<TextChange>();
        var spans = new HashSet<TextSpan>();
        foreach (Diagnostic diagnostic in diagnostics)
        {
            TextSpan span = diagnostic.Location.SourceSpan;
            if (Replacement(diagnostic) is { } replacement && span.End <= file.Text.Length && spans.Add(span))
            {
                changes.Add(new TextChange(span, replacement));
            }
        }

        return changes;
    }

    private static string? Replacement(Diagnostic diagnostic) =>
        diagnostic.Properties.TryGetValue(BrokenLinkRule.ReplacementProperty, out string? replacement) && !string.IsNullOrEmpty(replacement) ? replacement : null;
}
