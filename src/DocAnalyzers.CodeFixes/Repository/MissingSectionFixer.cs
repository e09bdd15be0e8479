using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using DocAnalyzers.Plan;
using DocAnalyzers.Repository.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Text;

namespace DocAnalyzers.CodeFixes.Repository;

/// <summary>
/// DOC200: adds the missing section (and any missing parent) to the file the diagnostic is in, among
/// its plan siblings, with a <c>TODO:</c> prompt from the plan under it.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(MissingSectionFixer), DocumentKinds = new[] { nameof(TextDocumentKind.AdditionalDocument) })]
public sealed class MissingSectionFixer : MarkdownFixer
{
    public const string AddSectionKey = "DocAnalyzers.AddSection";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.SectionMissing);

    private protected override string EquivalenceKey => AddSectionKey;

    private protected override string FixAllTitle => "Add the missing sections";

    private protected override string? Title(MarkdownFile file, Diagnostic diagnostic) =>
        SectionOf(file, diagnostic) is { } section ? $"Add section '{section.Title}'" : null;

    private protected override IReadOnlyList<TextChange> Fix(MarkdownFile file, IReadOnlyList<Diagnostic> diagnostics)
    {
        var sections = new List<PlanSection>();
        foreach (Diagnostic diagnostic in diagnostics)
        {
            if (SectionOf(file, diagnostic) is { } section)
            {
                sections.Add(section);
            }
        }

        return SectionWriter.AddSections(file, sections);
    }

    // The analyzer names the section by its index in the plan, which the fixer reads from the same options.
    private static PlanSection? SectionOf(MarkdownFile file, Diagnostic diagnostic) =>
        diagnostic.Properties.TryGetValue(MissingSectionRule.SectionIndexProperty, out string? value)
            && int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out int index)
            && index < file.Plan.Sections.Count
            ? file.Plan.Sections[index]
            : null;
}
