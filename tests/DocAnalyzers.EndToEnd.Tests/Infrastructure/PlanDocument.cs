using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace DocAnalyzers.EndToEnd.Tests.Infrastructure;

/// <summary>Markdown documentation that follows DocAnalyzers' built-in plan, whole or in part.</summary>
internal static class PlanDocument
{
    /// <summary>The built-in plan: 7 sections and their 20 subsections, in order.</summary>
    public static readonly IReadOnlyList<(string Title, string[] Subsections)> Sections = new[]
    {
        ("Overview", Array.Empty<string>()),
        ("System Architecture", new[] { "Architecture Diagram", "Infrastructure", "Database Architecture", "Security Architecture" }),
        ("Application Architecture", new[] { "Frontend Architecture", "Backend Architecture", "Integration Points" }),
        ("Development Environment", new[] { "Code Repository", "Build and Deployment Process", "Testing" }),
        ("Performance and Scalability", new[] { "Performance Metrics", "Scalability Strategies", "Disaster Recovery and Backup" }),
        ("Documentation and Resources", new[] { "API Documentation", "External Resources" }),
        ("Change Management", new[] { "Change Log", "Upgrade Paths", "Best Practices and Guidelines", "FAQs and Troubleshooting", "Contact Information" }),
    };

    /// <summary>
    /// A README titled <paramref name="title"/> with each plan section as a <c>##</c> heading and each
    /// subsection as a <c>###</c> heading, all with a sentence of content, and an image under Architecture
    /// Diagram. An omitted section takes its subsections with it.
    /// </summary>
    public static string Readme(string title, params string[] omit) =>
        Write($"# {title}\n\nThe documentation of {title}.\n", Sections.Where(s => !omit.Contains(s.Title)), level: 2, omit);

    /// <summary>One plan section at the top of its own file, as <c># Title</c> with <c>##</c> subsections.</summary>
    public static string File(string section, params string[] omit) =>
        Write(string.Empty, Sections.Where(s => s.Title == section), level: 1, omit);

    /// <summary>The 1-based line of the first line of <paramref name="markdown"/> that starts with <paramref name="prefix"/>.</summary>
    public static int LineOf(string markdown, string prefix)
    {
        string[] lines = markdown.ReplaceLineEndings("\n").Split('\n');
        int index = Array.FindIndex(lines, line => line.StartsWith(prefix, StringComparison.Ordinal));
        Assert.True(index >= 0, $"No line starts with '{prefix}'.");
        return index + 1;
    }

    private static string Write(string preamble, IEnumerable<(string Title, string[] Subsections)> sections, int level, string[] omit)
    {
        var markdown = new StringBuilder(preamble);
        foreach ((string title, string[] subsections) in sections)
        {
            markdown.Append(markdown.Length > 0 ? "\n" : string.Empty);
            markdown.Append($"{new string('#', level)} {title}\n\n{Content(title)}\n");
            foreach (string subsection in subsections.Where(s => !omit.Contains(s)))
            {
                markdown.Append($"\n{new string('#', level + 1)} {subsection}\n\n{Content(subsection)}\n");
            }
        }

        return markdown.ToString();
    }

    private static string Content(string title) => title == "Architecture Diagram"
        ? "![The components and how they talk to each other](docs/architecture.png)"
        : $"What the project has to say about {title.ToLowerInvariant()}, in a sentence.";
}
