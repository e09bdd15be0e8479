using System.Collections.Generic;
using System.Collections.Immutable;
using DocAnalyzers.Plan;
using DocAnalyzers.Repository.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Text;

namespace DocAnalyzers.CodeFixes.Repository;

/// <summary>
/// DOC200: adds the missing section (and any missing parent, and the subsections the finding names)
/// to the file the diagnostic is in, among its plan siblings, with a <c>TODO:</c> prompt
/// from the plan under each.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(MissingSectionFixer), DocumentKinds = new[] { nameof(TextDocumentKind.AdditionalDocument) })]
public sealed class MissingSectionFixer : MarkdownFixer
{
    /// <summary>The equivalence key of the fix that adds a missing section under its parent (DOC200).</summary>
    public const string AddSectionKey = "DocAnalyzers.AddSection";

    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.SectionMissing);

    private protected override string EquivalenceKey => AddSectionKey;

    private protected override string FixAllTitle => "Add the missing sections";

    private protected override string? Title(MarkdownFile file, Diagnostic diagnostic) =>
        SectionOf(file, diagnostic) is not { } section ? null
        : IsGroup(diagnostic) && section.Children.Count > 0 ? $"Add section '{section.Title}' with its subsections"
        : MissingSectionRule.MissingSubsectionsOf(diagnostic).Length > 0 ? $"Add section '{section.Title}' with its missing subsections"
        : $"Add section '{section.Title}'";

    private static bool IsGroup(Diagnostic diagnostic) =>
        diagnostic.Properties.TryGetValue(MissingSectionRule.WithSubsectionsProperty, out string? group) && group == "true";

    private protected override IReadOnlyList<TextChange> Fix(MarkdownFile file, IReadOnlyList<Diagnostic> diagnostics)
    {
        var sections = new List<PlanSection>();
        foreach (Diagnostic diagnostic in diagnostics)
        {
            if (SectionOf(file, diagnostic) is { } section)
            {
                sections.Add(section);
                if (IsGroup(diagnostic))
                {
                    AddSubsections(section, sections);
                }

                foreach (string path in MissingSectionRule.MissingSubsectionsOf(diagnostic))
                {
                    if (file.Plan.FindByPath(path) is { } child)
                    {
                        sections.Add(child);
                        AddSubsections(child, sections);
                    }
                }
            }
        }

        return SectionWriter.AddSections(file, sections);
    }

    // Optional subsections are not part of the finding, and not written.
    private static void AddSubsections(PlanSection section, List<PlanSection> sections)
    {
        foreach (PlanSection child in section.Children)
        {
            if (!child.IsOptional)
            {
                sections.Add(child);
                AddSubsections(child, sections);
            }
        }
    }

    // The analyzer names the section by its titles from the top of the plan, which the fixer finds in the
    // plan it reads from the same options; a plan changed since the analysis names nothing, and is not fixed.
    private static PlanSection? SectionOf(MarkdownFile file, Diagnostic diagnostic) =>
        diagnostic.Properties.TryGetValue(MissingSectionRule.SectionPathProperty, out string? path) && path is not null
            ? file.Plan.FindByPath(path)
            : null;
}
