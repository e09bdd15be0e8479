using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
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
    /// <summary>The DOC200 property that holds the missing section's index in <see cref="DocumentationPlan.Sections"/>, for the code fix.</summary>
    public const string SectionIndexProperty = "SectionIndex";

    /// <param name="main">
    /// The file where a missing section without a present parent is reported (and its fix adds it);
    /// null reports those without a location.
    /// </param>
    public static void Check(
        DocumentationPlan plan,
        IReadOnlyList<ResolvedDocument> documents,
        ICollection<PlanSection> satisfiedByFiles,
        ResolvedDocument? main,
        PropertyReporter report)
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

        // The first line of the main file: a place in a file, so the IDE can offer the fix there.
        Location mainLocation = main is null ? Location.None : main.LocationOf(main.Outline.Text.Lines[0].Span);
        for (int index = 0; index < plan.Sections.Count; index++)
        {
            PlanSection section = plan.Sections[index];
            if (IsPresent(section))
            {
                continue;
            }

            if (misplaced.TryGetValue(section, out var found))
            {
                report(Descriptors.SectionMisplaced, found.Location, null, section.Title, found.Actual, Placement(section.Parent));
            }
            else if (!IsExcused(section))
            {
                var properties = ImmutableDictionary<string, string?>.Empty.Add(SectionIndexProperty, index.ToString(CultureInfo.InvariantCulture));
                report(Descriptors.SectionMissing, ParentLocation(section), properties, section.Title, section.Parent is null ? string.Empty : " " + Placement(section.Parent));
            }
        }

        Location ParentLocation(PlanSection section)
        {
            if (section.Parent is not null && placed.TryGetValue(section.Parent, out Location? location))
            {
                return location;
            }

            return section.Parent is not null && misplaced.TryGetValue(section.Parent, out var parent) ? parent.Location : mainLocation;
        }
    }

    /// <summary>
    /// The file a missing top-level section belongs in: the README.md at the repository root when it is
    /// documentation, else the first file in ordinal path order.
    /// </summary>
    public static ResolvedDocument? MainDocument(IReadOnlyList<ResolvedDocument> documents, string repositoryRoot)
    {
        string root = repositoryRoot.Replace('\\', '/').TrimEnd('/');
        ResolvedDocument? first = null;
        foreach (ResolvedDocument document in documents)
        {
            string path = document.Outline.Path.Replace('\\', '/');
            if (root.Length > 0 && string.Equals(path, root + "/README.md", StringComparison.OrdinalIgnoreCase))
            {
                return document;
            }

            if (first is null || string.CompareOrdinal(path, first.Outline.Path.Replace('\\', '/')) < 0)
            {
                first = document;
            }
        }

        return first;
    }

    private static string Placement(PlanSection? parent) => parent is null ? "at the top level" : $"under '{parent.Title}'";
}
