using System;
using Microsoft.CodeAnalysis;

namespace DocAnalyzers.Repository.Rules;

/// <summary>DOC201: a plan section's heading is followed by nothing before the next heading of its level or higher.</summary>
internal static class EmptySectionRule
{
    public static bool IsEmpty(ResolvedDocument document, int index) =>
        document.Outline.Entries[index].OwnContent.Count == 0 && !document.Outline.HasSubsections(index);

    public static void Check(ResolvedDocument document, Reporter report)
    {
        for (int i = 0; i < document.Count; i++)
        {
            if (document.SectionOf(i) is { } section && IsEmpty(document, i))
            {
                report(Descriptors.SectionEmpty, document.LocationOf(i), section.Title);
            }
        }
    }
}
