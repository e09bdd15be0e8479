using DocAnalyzers.Markdown;
using DocAnalyzers.Plan;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace DocAnalyzers.Repository;

/// <summary>A documentation file's outline with each entry matched to the plan section it names, if any.</summary>
internal sealed class ResolvedDocument
{
    private readonly PlanSection?[] sectionOf;
    private readonly int[] planAncestor;

    private ResolvedDocument(MarkdownOutline outline, PlanSection?[] sectionOf, int[] planAncestor)
    {
        Outline = outline;
        this.sectionOf = sectionOf;
        this.planAncestor = planAncestor;
    }

    public MarkdownOutline Outline { get; }

    public int Count => sectionOf.Length;

    /// <summary>The plan section entry <paramref name="index"/> names, or null.</summary>
    public PlanSection? SectionOf(int index) => sectionOf[index];

    /// <summary>Index of the nearest enclosing entry that names a plan section, or -1.</summary>
    public int PlanAncestorOf(int index) => planAncestor[index];

    public Location LocationOf(int index) => LocationOf(Outline.Entries[index].Span);

    public Location LocationOf(TextSpan span) =>
        Location.Create(Outline.Path, span, Outline.Text.Lines.GetLinePositionSpan(span));

    /// <summary>
    /// Matches each entry to the plan. When a title names several plan sections (a custom outline may
    /// repeat "Overview" under several parents), the one whose parent encloses the entry wins.
    /// </summary>
    public static ResolvedDocument Resolve(MarkdownOutline outline, DocumentationPlan plan)
    {
        int count = outline.Entries.Count;
        var sectionOf = new PlanSection?[count];
        var planAncestor = new int[count];
        for (int i = 0; i < count; i++)
        {
            OutlineEntry entry = outline.Entries[i];
            int ancestor = entry.ParentIndex;
            while (ancestor >= 0 && sectionOf[ancestor] is null)
            {
                ancestor = outline.Entries[ancestor].ParentIndex;
            }

            planAncestor[i] = ancestor;
            sectionOf[i] = Choose(plan, entry.Key, ancestor >= 0 ? sectionOf[ancestor] : null);
        }

        return new ResolvedDocument(outline, sectionOf, planAncestor);
    }

    private static PlanSection? Choose(DocumentationPlan plan, string key, PlanSection? enclosing)
    {
        var candidates = plan.Find(key);
        if (candidates.Count <= 1)
        {
            return candidates.Count == 0 ? null : candidates[0];
        }

        foreach (PlanSection candidate in candidates)
        {
            if (candidate.Parent == enclosing)
            {
                return candidate;
            }
        }

        return candidates[0];
    }
}
