using System.Collections.Generic;
using DocAnalyzers.Markdown;

namespace DocAnalyzers.Plan;

/// <summary>The sections a repository's documentation must hold, and how to recognise them.</summary>
internal sealed class DocumentationPlan
{
    private readonly Dictionary<string, List<PlanSection>> byKey = new();
    private readonly Dictionary<string, PlanSection> byFile = new(System.StringComparer.OrdinalIgnoreCase);

    public DocumentationPlan(IReadOnlyList<PlanSection> sections)
    {
        Sections = sections;
        foreach (PlanSection section in sections)
        {
            Index(SectionTitle.Normalize(section.Title), section);
            foreach (string alias in section.Aliases)
            {
                Index(SectionTitle.Normalize(alias), section);
            }

            foreach (string file in section.Files)
            {
                byFile[file] = section;
            }
        }
    }

    /// <summary>Every section, parents before their children, in plan order.</summary>
    public IReadOnlyList<PlanSection> Sections { get; }

    /// <summary>The sections whose title or alias normalizes to <paramref name="key"/>.</summary>
    public IReadOnlyList<PlanSection> Find(string key) =>
        byKey.TryGetValue(key, out List<PlanSection>? sections) ? sections : (IReadOnlyList<PlanSection>)System.Array.Empty<PlanSection>();

    /// <summary>The section a conventional file (CHANGELOG.md) satisfies, if any.</summary>
    public PlanSection? FindByFileName(string fileName) =>
        byFile.TryGetValue(fileName, out PlanSection? section) ? section : null;

    private void Index(string key, PlanSection section)
    {
        if (key.Length == 0)
        {
            return;
        }

        if (!byKey.TryGetValue(key, out List<PlanSection>? list))
        {
            byKey[key] = list = new List<PlanSection>();
        }

        if (!list.Contains(section))
        {
            list.Add(section);
        }
    }
}
