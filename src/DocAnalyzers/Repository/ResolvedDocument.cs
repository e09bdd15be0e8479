using System.Collections.Generic;
using System.Text.RegularExpressions;
using DocAnalyzers.Markdown;
using DocAnalyzers.Plan;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace DocAnalyzers.Repository;

/// <summary>A documentation file's outline with each entry matched to the plan section it names, if any.</summary>
internal sealed class ResolvedDocument
{
    private static readonly List<PlanSection> None = new();

    // A release's heading in a change log: "2.1.0", "[7.23.0] - 2026-04-16", "v3.0.0 (2024-05-01)", "Version 2.0", "[Unreleased]".
    // The whole title is the version and an optional date, so a numbered heading ("3.3 API and Module Communication") is none.
    private static readonly Regex ReleaseTitle = new(
        @"^\[?(?:(?:version|release)\s+)?(?:v?\d+(?:\.\d+){1,3}(?:-[0-9a-z.]+)?|unreleased)\]?(?:\s*(?:[-\u2013\u2014:(]|\d{4}-).*)?$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    private readonly PlanSection?[] sectionOf;
    private readonly int[] planAncestor;
    private readonly Dictionary<int, List<PlanSection>> shared;

    private ResolvedDocument(MarkdownOutline outline, PlanSection?[] sectionOf, int[] planAncestor, Dictionary<int, List<PlanSection>> shared)
    {
        Outline = outline;
        this.sectionOf = sectionOf;
        this.planAncestor = planAncestor;
        this.shared = shared;
        int title = outline.TitleIndex;
        TitleIndex = title >= 0 && sectionOf[title] is null ? title : -1;
    }

    public MarkdownOutline Outline { get; }

    public int Count => sectionOf.Length;

    /// <summary>The file's title heading (<c># Contoso</c>) when it names no plan section, else -1.</summary>
    public int TitleIndex { get; }

    /// <summary>The plan section entry <paramref name="index"/> names, or null.</summary>
    public PlanSection? SectionOf(int index) => sectionOf[index];

    /// <summary>
    /// The other sections entry <paramref name="index"/> holds besides <see cref="SectionOf"/>: "## Architecture" is
    /// System Architecture and Application Architecture alike (<see cref="SectionMatcher.ChaptersSharingHead"/>), and
    /// "## Build and test" is Build and Deployment Process and Testing (<see cref="SectionMatcher.SiblingsNamedByParts"/>).
    /// </summary>
    public IReadOnlyList<PlanSection> SharedSectionsOf(int index) =>
        shared.TryGetValue(index, out List<PlanSection>? sections) ? sections : None;

    /// <summary>Index of the nearest enclosing entry that names a plan section, or -1.</summary>
    public int PlanAncestorOf(int index) => planAncestor[index];

    /// <summary>Index of the heading the entry sits under, the file's title aside; -1 at the top level.</summary>
    public int EnclosingHeadingOf(int index)
    {
        int parent = Outline.Entries[index].ParentIndex;
        return parent == TitleIndex ? -1 : parent;
    }

    public Location LocationOf(int index) => LocationOf(Outline.Entries[index].Span);

    public Location LocationOf(TextSpan span) =>
        Location.Create(Outline.Path, span, Outline.Text.Lines.GetLinePositionSpan(span));

    /// <summary>
    /// Where a finding that belongs to the file as a whole goes: its title (its first heading, or its first
    /// level-1 heading after a table of contents), never a badge, HTML or blank line; the first line only
    /// when the file has no heading.
    /// </summary>
    public Location FileLocation()
    {
        int heading = Outline.TitleIndex >= 0 ? Outline.TitleIndex : Outline.FirstHeadingIndex;
        return heading >= 0 ? LocationOf(heading) : LocationOf(Outline.Text.Lines[0].Span);
    }

    /// <summary>
    /// Matches each entry to the plan (<see cref="SectionMatcher"/>), in document order so that each entry
    /// knows the plan section it sits under. A bold label must name its section exactly; one that opens a
    /// list item (<c>- **Infrastructure**: EF Core configurations ...</c>) describes something else unless
    /// it sits directly under the heading of that section's plan parent. The headings inside a release's notes (Keep a Changelog's
    /// <c>### Security</c> under <c>## [1.2.0] - 2024-05-01</c>) are kinds of change and name nothing, and so do
    /// the headings inside a <see cref="PlanSection.IsList"/> section: they are its entries.
    /// </summary>
    /// <param name="titleNamesProject">
    /// The file's title, when it is the only heading of its level, is the project's name (the root README's), and names a
    /// section only by its exact title or alias.
    /// </param>
    public static ResolvedDocument Resolve(MarkdownOutline outline, DocumentationPlan plan, ICollection<string> projectWords, bool titleNamesProject = false)
    {
        int count = outline.Entries.Count;
        var sectionOf = new PlanSection?[count];
        var planAncestor = new int[count];
        var shared = new Dictionary<int, List<PlanSection>>();
        SectionMatcher matcher = plan.Matcher;
        // The root README's one top heading is the project's name, which names a section only when it is, as written,
        // exactly one's title or alias ("# Usage"): "# Food Delivery Microservices" is no Backend Architecture. A README of several
        // "# Chapter" headings has no such title.
        int projectTitle = titleNamesProject && outline.TitleIndex >= 0 && outline.Entries[outline.TitleIndex].EndIndex == count ? outline.TitleIndex : -1;
        // Entries up to this index sit inside a release's notes or a list section, and name nothing.
        int entriesEnd = -1;
        for (int i = 0; i < count; i++)
        {
            OutlineEntry entry = outline.Entries[i];
            int ancestor = entry.ParentIndex;
            while (ancestor >= 0 && sectionOf[ancestor] is null)
            {
                ancestor = outline.Entries[ancestor].ParentIndex;
            }

            planAncestor[i] = ancestor;
            if (i >= entriesEnd && !entry.IsLabel && !entry.IsListItem && ReleaseTitle.IsMatch(entry.Title))
            {
                entriesEnd = entry.EndIndex;
            }

            if (i < entriesEnd)
            {
                continue;
            }

            PlanSection? enclosing = ancestor >= 0 ? sectionOf[ancestor] : null;
            PlanSection? section = i == projectTitle
                ? matcher.MatchKey(entry.Key, System.Array.Empty<string>(), enclosing, exactOnly: true)
                : matcher.MatchKey(entry.Key, projectWords, enclosing, exactOnly: entry.IsLabel);
            List<PlanSection>? siblings = null;
            if (section is null && i != projectTitle && !entry.IsLabel && matcher.SiblingsNamedByParts(entry.Key, projectWords, enclosing) is { Count: > 0 } named)
            {
                section = named[0];
                siblings = named.GetRange(1, named.Count - 1);
            }

            // A top-level section of the plan is a chapter: found inside another plan section it is that section's own
            // ("## Overview" under "# System Architecture"), found under a chapter of another kind it is that chapter's
            // topic ("### System Architecture" books under "## Recommended reading"); a list item's label belongs to its list.
            // A file's title names the file, not a chapter around the others ("# What is Contoso?" over "## Prerequisites").
            bool chapter = entry.ParentIndex < 0 || entry.ParentIndex == outline.TitleIndex || outline.Entries[entry.ParentIndex].Level == 1;
            bool insideAnother = enclosing is not null && ancestor != outline.TitleIndex;
            // A chapter under one of its own subsections ("### Getting started" under "## Repository structure") is misnested, not foreign.
            bool ownChild = enclosing is not null && section is not null && SectionMatcher.IsAncestor(section, enclosing);
            bool foreign = section is not null && ((section.Parent is null && !ownChild && (insideAnother || !chapter)) || (entry.IsListItem && (section.Parent != enclosing || ancestor != entry.ParentIndex)));
            sectionOf[i] = foreign ? null : section;
            if (siblings is not null && !foreign)
            {
                shared[i] = siblings;
            }

            if (sectionOf[i] is { IsList: true })
            {
                entriesEnd = entry.EndIndex;
            }

            if (sectionOf[i] is { Parent: null } chapterNamed && matcher.ChaptersSharingHead(entry.Key, projectWords, chapterNamed) is { Count: > 0 } chapters)
            {
                shared[i] = chapters;
            }
        }

        return new ResolvedDocument(outline, sectionOf, planAncestor, shared);
    }
}
