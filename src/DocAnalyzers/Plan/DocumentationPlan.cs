using System;
using System.Collections.Generic;

namespace DocAnalyzers.Plan;

/// <summary>The sections a repository's documentation must hold, and how to recognise them.</summary>
internal sealed class DocumentationPlan
{
    private readonly Dictionary<string, PlanSection> byFile = new(StringComparer.OrdinalIgnoreCase);
    private readonly Lazy<SectionMatcher> matcher;

    public DocumentationPlan(IReadOnlyList<PlanSection> sections)
    {
        Sections = sections;
        foreach (PlanSection section in sections)
        {
            foreach (string file in section.Files)
            {
                byFile[file] = section;
            }
        }

        matcher = new Lazy<SectionMatcher>(() => new SectionMatcher(sections));
    }

    /// <summary>Every section, parents before their children, in plan order.</summary>
    public IReadOnlyList<PlanSection> Sections { get; }

    /// <summary>Decides which section a heading names; built once per plan, shared by the rules and the fixes.</summary>
    public SectionMatcher Matcher => matcher.Value;

    /// <summary>The section a conventional file (CHANGELOG.md) satisfies, if any; file names compare without case.</summary>
    public PlanSection? FindByFileName(string fileName) =>
        byFile.TryGetValue(fileName, out PlanSection? section) ? section : null;

    /// <summary>The section at <paramref name="path"/> (titles from the top, see <see cref="PathOf"/>), or null.</summary>
    public PlanSection? FindByPath(string path)
    {
        foreach (PlanSection section in Sections)
        {
            if (string.Equals(PathOf(section), path, StringComparison.Ordinal))
            {
                return section;
            }
        }

        return null;
    }

    /// <summary>The section's titles from the top of the plan down to it, separated by tabs: how a diagnostic names it to its fix.</summary>
    public static string PathOf(PlanSection section) =>
        section.Parent is null ? section.Title : PathOf(section.Parent) + "\t" + section.Title;
}
