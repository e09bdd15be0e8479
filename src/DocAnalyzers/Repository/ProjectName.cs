using System.Collections.Generic;
using DocAnalyzers.Markdown;
using DocAnalyzers.Plan;

namespace DocAnalyzers.Repository;

/// <summary>
/// The words of the project's own name, which headings use without naming a section by them
/// ("Contoso security", "Monitor Contoso metrics"): the repository folder's name and the name part of the
/// main README's title (before a colon or dash, at most three words), less any word of the plan itself,
/// so that a project named "Testing Toolkit" still has its Testing section found.
/// </summary>
internal static class ProjectName
{
    private const int MaxTitleWords = 3;

    /// <summary>The <see cref="NameWords"/> less any word of the plan, which headings drop ("Contoso security").</summary>
    public static HashSet<string> Words(HashSet<string> nameWords, DocumentationPlan? plan)
    {
        var words = new HashSet<string>(nameWords, System.StringComparer.Ordinal);
        if (plan is not null)
        {
            words.ExceptWith(plan.Matcher.Vocabulary);
        }

        return words;
    }

    /// <summary>
    /// The words of the project's name with the plan's words kept: "Clean Architecture" in the caption of the Clean
    /// Architecture template's logo names the project, not its architecture.
    /// </summary>
    public static HashSet<string> NameWords(string repositoryName, MarkdownOutline? readme)
    {
        var words = new HashSet<string>(TitleWords.NameWords(repositoryName), System.StringComparer.Ordinal);
        int title = readme?.TitleIndex ?? -1;
        if (title >= 0)
        {
            string name = readme!.Entries[title].Title;
            foreach (string separator in new[] { ":", " - ", " – ", " — ", " | " })
            {
                int end = name.IndexOf(separator, System.StringComparison.Ordinal);
                name = end > 0 ? name.Substring(0, end) : name;
            }

            var nameWords = new List<string>(TitleWords.NameWords(name));
            if (nameWords.Count <= MaxTitleWords)
            {
                words.UnionWith(nameWords);
            }
        }

        return words;
    }
}
