using System;
using System.Collections.Immutable;
using DocAnalyzers.Markdown;
using DocAnalyzers.Plan;
using Microsoft.CodeAnalysis;

namespace DocAnalyzers.Repository.Rules;

/// <summary>DOC202: a plan section's own text (before its subsections) is placeholder text only.</summary>
internal static class PlaceholderSectionRule
{
    /// <summary>The first placeholder marker when every block of the section's own content is a placeholder; else null.</summary>
    public static string? PlaceholderMarker(ResolvedDocument document, int index)
    {
        string? first = null;
        foreach (ContentBlock block in document.Outline.Entries[index].OwnContent)
        {
            string? marker = block.Kind == ContentKind.Text ? PlaceholderText.FindMarker(document.Outline.Source, block.Span) : null;
            if (marker is null)
            {
                return null;
            }

            first ??= marker;
        }

        return first;
    }

    /// <summary>Reports each placeholder plan section, naming it by its plan path in <see cref="MissingSectionRule.SectionPathProperty"/>.</summary>
    public static void Check(ResolvedDocument document, PropertyReporter report)
    {
        for (int i = 0; i < document.Count; i++)
        {
            if (document.SectionOf(i) is { } section && PlaceholderMarker(document, i) is { } marker)
            {
                var properties = ImmutableDictionary<string, string?>.Empty.Add(MissingSectionRule.SectionPathProperty, DocumentationPlan.PathOf(section));
                report(Descriptors.SectionPlaceholder, document.LocationOf(i), properties, section.Title, marker);
            }
        }
    }
}
