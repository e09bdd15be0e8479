using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using DocAnalyzers.Markdown;
using DocAnalyzers.Plan;
using Microsoft.CodeAnalysis;

namespace DocAnalyzers.Repository.Rules;

/// <summary>
/// DOC200 and DOC203, over the whole repository: each plan section must appear somewhere in the
/// documentation, a chapter too (its heading gathers its subsections). A missing section whose
/// subsections are all missing too is one finding that names them all, and so is a missing chapter with its
/// missing subsections when some of them are present; a present parent's missing subsections are one finding
/// each, at the parent's heading. A section found in the file that holds its
/// plan parent under its plan title, but not under it, is misplaced (DOC203); elsewhere (another file,
/// another chapter of a guide, a file whose headings only resemble the plan's) it counts where it is.
/// </summary>
internal static class MissingSectionRule
{
    /// <summary>The DOC200, DOC201 and DOC202 property that names the section by its path in the plan (<see cref="DocumentationPlan.PathOf"/>), for the code fix and the report.</summary>
    public const string SectionPathProperty = "SectionPath";

    /// <summary>The DOC200 property, "true" when the finding covers the section's subsections too, whose fix writes them all.</summary>
    public const string WithSubsectionsProperty = "WithSubsections";

    /// <summary>
    /// The DOC200 property of a missing chapter some of whose subsections are present: the plan paths of the subsections
    /// the finding covers (missing, with everything under them), one per line. Its fix writes the chapter and those.
    /// </summary>
    public const string MissingSubsectionsProperty = "MissingSubsections";

    /// <summary>The plan paths a DOC200 finding's <see cref="MissingSubsectionsProperty"/> holds; empty without one.</summary>
    public static string[] MissingSubsectionsOf(Diagnostic diagnostic) =>
        diagnostic.Properties.TryGetValue(MissingSubsectionsProperty, out string? paths) && !string.IsNullOrEmpty(paths)
            ? paths!.Split('\n')
            : Array.Empty<string>();

    /// <param name="implied">Sections present without a heading: conventional files, the README's introduction, a diagram in the right place.</param>
    /// <param name="main">
    /// The file where a missing section without a present parent heading is reported (and its fix adds
    /// it), at its first heading; null reports those without a location.
    /// </param>
    public static void Check(
        DocumentationPlan plan,
        IReadOnlyList<ResolvedDocument> documents,
        ICollection<PlanSection> implied,
        ResolvedDocument? main,
        PropertyReporter report)
    {
        // Where each present section is: its heading in the main file, else a page's title, else any heading, each time
        // in the shallowest file, since the findings under it go there (the "Getting Started" page, not a feature page's
        // "Installation"); a heading that only links to the section (a docfx toc.md entry) comes last.
        var placed = new Dictionary<PlanSection, (Location Location, int Rank)>();
        var misplaced = new Dictionary<PlanSection, (Location Location, string Actual)>();
        foreach (ResolvedDocument document in documents)
        {
            // Sections whose heading in this file is their plan title: a file that names its chapters as the plan does follows
            // its structure, while one whose "Installation" is read as Development Environment only uses a similar word.
            var titledInFile = new HashSet<PlanSection>();
            for (int i = 0; i < document.Count; i++)
            {
                if (document.SectionOf(i) is { } section && document.Outline.Entries[i].Key == SectionTitle.Normalize(section.Title))
                {
                    titledInFile.Add(section);
                }
            }

            for (int i = 0; i < document.Count; i++)
            {
                if (document.SectionOf(i) is not { } section)
                {
                    continue;
                }

                // A chapter's heading is where it is, wherever else the chapter appears: "## Architecture" in any file holds both architectures.
                int rank = document.Outline.Entries[i].IsLink ? int.MinValue
                    : document == main ? int.MaxValue
                    : (i == document.Outline.TitleIndex ? 1000 : 0) - Depth(document.Outline.Path);
                foreach (PlanSection shared in document.SharedSectionsOf(i))
                {
                    if (!placed.TryGetValue(shared, out var earlier) || earlier.Rank < rank)
                    {
                        placed[shared] = (document.LocationOf(i), rank);
                    }
                }

                bool present = placed.TryGetValue(section, out var found);
                if (present && found.Rank >= rank)
                {
                    continue;
                }

                int ancestor = document.PlanAncestorOf(i);
                PlanSection? enclosing = ancestor >= 0 ? document.SectionOf(ancestor) : null;
                bool underParent = enclosing is not null && (enclosing == section.Parent || IsAncestor(enclosing, section.Parent));
                if (underParent || section.Parent is null || !titledInFile.Contains(section.Parent))
                {
                    placed[section] = (document.LocationOf(i), rank);
                }
                else if (!present && !misplaced.ContainsKey(section))
                {
                    int heading = document.EnclosingHeadingOf(i);
                    string actual = heading < 0 ? "at the top level" : $"under '{document.Outline.Entries[heading].Title}'";
                    misplaced[section] = (document.LocationOf(i), actual);
                }
            }
        }

        bool IsPresent(PlanSection section) =>
            placed.ContainsKey(section) || implied.Contains(section) || (section.IsGroup && AnyDescendant(section, IsPresent)) || MostlyThere(section);

        // A chapter without a heading of its own whose subsections are at least half there is there in substance
        // (Performance and Scalability as capacity, metrics and disaster-recovery pages); only its gaps are worth a finding.
        bool MostlyThere(PlanSection section)
        {
            int required = 0, present = 0;
            foreach (PlanSection child in section.Children)
            {
                if (!child.IsOptional)
                {
                    required++;
                    present += IsPresent(child) ? 1 : 0;
                }
            }

            return required > 0 && 2 * present >= required;
        }

        bool AnyDescendant(PlanSection section, Func<PlanSection, bool> predicate)
        {
            foreach (PlanSection child in section.Children)
            {
                if (predicate(child) || AnyDescendant(child, predicate))
                {
                    return true;
                }
            }

            return false;
        }

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

        Location mainLocation = main?.FileLocation() ?? Location.None;
        Location ParentLocation(PlanSection section)
        {
            if (section.Parent is not null && placed.TryGetValue(section.Parent, out var parentPlace))
            {
                return parentPlace.Location;
            }

            return section.Parent is not null && misplaced.TryGetValue(section.Parent, out var parent) ? parent.Location : mainLocation;
        }

        var covered = new HashSet<PlanSection>();
        foreach (PlanSection section in plan.Sections)
        {
            // Plan order puts parents first: a section under a reported group is part of that finding.
            if (covered.Contains(section) || (section.Parent is not null && covered.Contains(section.Parent)))
            {
                covered.Add(section);
                continue;
            }

            if (IsPresent(section))
            {
                continue;
            }

            if (misplaced.TryGetValue(section, out var found))
            {
                report(Descriptors.SectionMisplaced, found.Location, null, section.Title, found.Actual, Placement(section.Parent));
                continue;
            }

            if (IsExcused(section))
            {
                continue;
            }

            // A chapter with nothing of it anywhere is one gap; one whose subsections are (partly) there lacks only its heading.
            bool group = section.Children.Count > 0 && !AnyDescendant(section, child => IsPresent(child) || misplaced.ContainsKey(child));
            var detail = new StringBuilder(section.Parent is null ? string.Empty : " " + Placement(section.Parent));
            var properties = ImmutableDictionary<string, string?>.Empty.Add(SectionPathProperty, DocumentationPlan.PathOf(section));
            if (group)
            {
                covered.Add(section);
                properties = properties.Add(WithSubsectionsProperty, "true");
                var children = section.Children.Where(child => !child.IsOptional).ToList();
                if (children.Count > 0)
                {
                    detail.Append(children.Count == 1 ? ", with its subsection " : ", with its subsections ").Append(QuotedList(children));
                }
            }
            else if (section.Children.Where(IsPresent).ToList() is { Count: > 0 } present)
            {
                // One gap, one finding: the heading that would gather the present subsections, and the missing ones with it.
                var missing = section.Children
                    .Where(child => !child.IsOptional && !IsPresent(child) && !misplaced.ContainsKey(child) && !AnyDescendant(child, c => IsPresent(c) || misplaced.ContainsKey(c)))
                    .ToList();
                if (missing.Count > 0)
                {
                    covered.UnionWith(missing);
                    properties = properties.Add(MissingSubsectionsProperty, string.Join("\n", missing.Select(DocumentationPlan.PathOf)));
                    detail.Append(missing.Count == 1 ? ", with its subsection " : ", with its subsections ").Append(QuotedList(missing)).Append(" (");
                    detail.Append(present.Count == 1 ? "its subsection " : "its subsections ").Append(QuotedList(present)).Append(present.Count == 1 ? " is present)" : " are present)");
                }
                else
                {
                    detail.Append(present.Count == 1 ? ", though its subsection " : ", though its subsections ").Append(QuotedList(present)).Append(present.Count == 1 ? " is present" : " are present");
                }
            }

            report(Descriptors.SectionMissing, ParentLocation(section), properties, section.Title, detail.ToString());
        }
    }

    /// <summary>
    /// The file a missing top-level section belongs in: the README.md at the repository root (whatever
    /// the case of its name) when it is documentation, else a docs site's landing page (a README.md or index.md,
    /// the shallowest first: docs/index.md), else the first file in ordinal path order.
    /// </summary>
    public static ResolvedDocument? MainDocument(IReadOnlyList<ResolvedDocument> documents, string repositoryRoot)
    {
        ResolvedDocument? first = null;
        int firstRank = int.MaxValue;
        foreach (ResolvedDocument document in documents)
        {
            if (RepositorySettings.IsRootReadme(document.Outline.Path, repositoryRoot))
            {
                return document;
            }

            string path = document.Outline.Path.Replace('\\', '/');
            int rank = LandingPageDepth(path);
            if (first is null || rank < firstRank || (rank == firstRank && string.CompareOrdinal(path, first.Outline.Path.Replace('\\', '/')) < 0))
            {
                first = document;
                firstRank = rank;
            }
        }

        return first;
    }

    // How many folders deep a README.md or index.md lies (a landing page); other pages rank after every landing page.
    private static int LandingPageDepth(string path)
    {
        string name = path.Substring(path.LastIndexOf('/') + 1);
        if (!name.Equals("README.md", System.StringComparison.OrdinalIgnoreCase) && !name.Equals("index.md", System.StringComparison.OrdinalIgnoreCase))
        {
            return int.MaxValue;
        }

        int depth = 0;
        foreach (char c in path)
        {
            depth += c == '/' ? 1 : 0;
        }

        return depth;
    }

    /// <summary>'A', 'B' and 'C'.</summary>
    private static string QuotedList(List<PlanSection> sections)
    {
        var text = new StringBuilder();
        for (int i = 0; i < sections.Count; i++)
        {
            text.Append(i == 0 ? string.Empty : i == sections.Count - 1 ? " and " : ", ").Append('\'').Append(sections[i].Title).Append('\'');
        }

        return text.ToString();
    }

    private static bool IsAncestor(PlanSection ancestor, PlanSection? section)
    {
        for (PlanSection? current = section?.Parent; current is not null; current = current.Parent)
        {
            if (current == ancestor)
            {
                return true;
            }
        }

        return false;
    }

    private static int Depth(string path) => path.Count(c => c is '/' or '\\');

    private static string Placement(PlanSection? parent) => parent is null ? "at the top level" : $"under '{parent.Title}'";
}
