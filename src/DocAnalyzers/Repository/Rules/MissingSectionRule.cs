using System;
using System.Collections.Generic;
using DocAnalyzers.Plan;
using Microsoft.CodeAnalysis;

namespace DocAnalyzers.Repository.Rules;

/// <summary>
/// DOC200 and DOC203, over the whole repository: each plan section must appear somewhere in the
/// documentation, nested under its plan parent. A section at the top of a separate file is accepted,
/// but in the file that holds its parent it must sit under that parent.
/// </summary>
internal static class MissingSectionRule
{
    public static void Check(
        DocumentationPlan plan,
        IReadOnlyList<ResolvedDocument> documents,
        ICollection<PlanSection> satisfiedByFiles,
        Reporter report)
    {
        var placed = new Dictionary<PlanSection, Location>();
        var misplaced = new Dictionary<PlanSection, (Location Location, string Actual)>();
        foreach (ResolvedDocument document in documents)
        {
            var inFile = new HashSet<PlanSection>();
            for (int i = 0; i < document.Count; i++)
            {
                if (document.SectionOf(i) is { } section)
                {
                    inFile.Add(section);
                }
            }

            for (int i = 0; i < document.Count; i++)
            {
                if (document.SectionOf(i) is not { } section || placed.ContainsKey(section))
                {
                    continue;
                }

                int ancestor = document.PlanAncestorOf(i);
                PlanSection? enclosing = ancestor >= 0 ? document.SectionOf(ancestor) : null;
                bool isPlaced = enclosing is not null
                    ? enclosing == section.Parent
                    : section.Parent is null || !inFile.Contains(section.Parent);
                if (isPlaced)
                {
                    placed[section] = document.LocationOf(i);
                }
                else if (!misplaced.ContainsKey(section))
                {
                    misplaced[section] = (document.LocationOf(i), Placement(enclosing));
                }
            }
        }

        bool IsPresent(PlanSection section) => placed.ContainsKey(section) || satisfiedByFiles.Contains(section);

        // A missing optional section excuses everything under it.
        bool IsExcused(PlanSection section)
        {
            for (PlanSection? current = section; current is not null; current = current.Parent)
            {
                if (current.IsOptional && !IsPresent(current) && !misplaced.ContainsKey(current))
                {
                    return true;
                }
            }

            return false;
        }

        foreach (PlanSection section in plan.Sections)
        {
            if (IsPresent(section))
            {
                continue;
            }

            if (misplaced.TryGetValue(section, out var found))
            {
                report(Descriptors.SectionMisplaced, found.Location, section.Title, found.Actual, Placement(section.Parent));
            }
            else if (!IsExcused(section))
            {
                report(Descriptors.SectionMissing, ParentLocation(section), section.Title, section.Parent is null ? string.Empty : " " + Placement(section.Parent));
            }
        }

        Location ParentLocation(PlanSection section)
        {
            if (section.Parent is null)
            {
                return Location.None;
            }

            if (placed.TryGetValue(section.Parent, out Location? location))
            {
                return location;
            }

            return misplaced.TryGetValue(section.Parent, out var parent) ? parent.Location : Location.None;
        }
    }

    private static string Placement(PlanSection? parent) => parent is null ? "at the top level" : $"under '{parent.Title}'";
}
