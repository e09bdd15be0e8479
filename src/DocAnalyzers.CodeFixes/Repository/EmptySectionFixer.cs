using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Text;

namespace DocAnalyzers.CodeFixes.Repository;

/// <summary>DOC201: writes the plan's <c>TODO:</c> prompt under the empty section's heading, or after its bold label.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(EmptySectionFixer), DocumentKinds = new[] { nameof(TextDocumentKind.AdditionalDocument) })]
public sealed class EmptySectionFixer : MarkdownFixer
{
    /// <summary>The equivalence key of the fix that writes the plan's prompt under an empty heading (DOC201).</summary>
    public const string AddPromptKey = "DocAnalyzers.AddPrompt";

    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.SectionEmpty);

    private protected override string EquivalenceKey => AddPromptKey;

    private protected override string FixAllTitle => "Add prompts to the empty sections";

    private protected override string? Title(MarkdownFile file, Diagnostic diagnostic) => "Add a TODO prompt to the section";

    private protected override IReadOnlyList<TextChange> Fix(MarkdownFile file, IReadOnlyList<Diagnostic> diagnostics)
    {
        var changes = new List<TextChange>();
        foreach (Diagnostic diagnostic in diagnostics)
        {
            if (SectionWriter.FillEmpty(file, diagnostic.Location.SourceSpan) is { } change && !changes.Contains(change))
            {
                changes.Add(change);
            }
        }

        return changes;
    }
}
