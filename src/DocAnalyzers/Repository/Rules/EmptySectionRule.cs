using System;
using System.Collections.Immutable;
using DocAnalyzers.Plan;
using Microsoft.CodeAnalysis;

namespace DocAnalyzers.Repository.Rules;

/// <summary>
/// DOC201: a plan section's heading is followed by nothing before the next heading of its level or higher. A heading
/// that is one link (a docfx <c>toc.md</c> entry) is not empty: its content is where it points.
/// </summary>
internal static class EmptySectionRule
{
    public static bool IsEmpty(ResolvedDocument document, int index) =>
        document.Outline.Entries[index] is { IsLink: false, OwnContent.Count: 0 } && !document.Outline.HasSubsections(index);

    /// <summary>Reports each empty plan section, naming it by its plan path in <see cref="MissingSectionRule.SectionPathProperty"/>.</summary>
    public static void Check(ResolvedDocument document, PropertyReporter report)
    {
        for (int i = 0; i < document.Count; i++)
        {
            if (document.SectionOf(i) is { } section && IsEmpty(document, i))
            {
                var properties = ImmutableDictionary<string, string?>.Empty.Add(MissingSectionRule.SectionPathProperty, DocumentationPlan.PathOf(section));
                report(Descriptors.SectionEmpty, document.LocationOf(i), properties, section.Title);
            }
        }
    }
}
