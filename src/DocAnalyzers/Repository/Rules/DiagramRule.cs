using System;
using DocAnalyzers.Markdown;
using Microsoft.CodeAnalysis;

namespace DocAnalyzers.Repository.Rules;

/// <summary>
/// DOC204: a diagram section (Architecture Diagram in the built-in plan) holds no image and no diagram
/// code block anywhere in it, subsections included. An empty or placeholder-only section is left to
/// DOC201 and DOC202, which say more precisely what is wrong; a heading that is one link holds its diagram
/// where the link points.
/// </summary>
internal static class DiagramRule
{
    public static void Check(ResolvedDocument document, Reporter report)
    {
        for (int i = 0; i < document.Count; i++)
        {
            if (document.SectionOf(i) is { IsDiagram: true } section
                && !document.Outline.Entries[i].IsLink
                && !EmptySectionRule.IsEmpty(document, i)
                && PlaceholderSectionRule.PlaceholderMarker(document, i) is null
                && !HoldsDiagram(document.Outline, i))
            {
                report(Descriptors.DiagramMissing, document.LocationOf(i), section.Title);
            }
        }
    }

    private static bool HoldsDiagram(MarkdownOutline outline, int index)
    {
        for (int i = index; i < outline.Entries[index].EndIndex; i++)
        {
            foreach (ContentBlock block in outline.Entries[i].OwnContent)
            {
                if (DiagramDetector.IsDiagram(block, outline.Source))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
