using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using Markdig;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace DocAnalyzers.Plan;

/// <summary>A plan read from an outline, or what is wrong with the outline.</summary>
internal sealed class PlanResult
{
    private PlanResult(DocumentationPlan? plan, string? error, TextSpan errorSpan)
    {
        Plan = plan;
        Error = error;
        ErrorSpan = errorSpan;
    }

    public DocumentationPlan? Plan { get; }

    /// <summary>What to change in the outline; null on success.</summary>
    public string? Error { get; }

    /// <summary>Where in the outline the error is (empty when it concerns the whole file).</summary>
    public TextSpan ErrorSpan { get; }

    public static PlanResult Success(DocumentationPlan plan) => new(plan, null, default);

    public static PlanResult Failed(string error, TextSpan span = default) => new(null, error, span);
}

/// <summary>
/// Reads a documentation plan from a markdown outline: headings are the sections, nested by level;
/// the text under a heading describes it; Markdig generic attributes after the title mark it
/// <c>{optional}</c>, <c>{diagram}</c>, <c>{table}</c> (a table in the parent section satisfies it),
/// <c>{intro}</c> (the main README's introduction satisfies it),
/// <c>{group}</c> (present when any subsection is), <c>{list}</c> (the headings inside it are its entries),
/// give <c>aliases="A;B"</c>, conventional <c>files="CHANGELOG.md"</c> and <c>code="dotnet add package"</c> (a code
/// block that holds one of these texts satisfies the section). The built-in plans are such
/// outlines, embedded as resources named <c>DocAnalyzers.Plans.NAME.md</c>.
/// </summary>
internal static class PlanReader
{
    /// <summary>The plan used when the build names none: the technical-documentation seed, 7 sections and their 20 subsections.</summary>
    public const string DefaultName = "technical";

    private const string KnownAttributes = "optional, diagram, table, intro, group, list, links, aliases, files and code";

    private static readonly MarkdownPipeline Pipeline = CreatePipeline();

    /// <summary>The names DocAnalyzersPlan accepts, default first; each is a resource Plans/NAME.md.</summary>
    public static IReadOnlyList<string> BuiltInNames { get; } = new[] { DefaultName, "library", "arc42" };

    private static readonly Dictionary<string, Lazy<DocumentationPlan>> BuiltInPlans = CreateBuiltInPlans();

    /// <summary>The default built-in plan.</summary>
    public static DocumentationPlan Default => BuiltInPlans[DefaultName].Value;

    /// <summary>The built-in plan of that name (case ignored), or null when there is none.</summary>
    public static DocumentationPlan? BuiltIn(string name) =>
        BuiltInPlans.TryGetValue(name.Trim(), out Lazy<DocumentationPlan>? plan) ? plan.Value : null;

    /// <summary>The resource that holds the built-in plan <paramref name="name"/>.</summary>
    public static string ResourceName(string name) => "DocAnalyzers.Plans." + name + ".md";

    public static PlanResult Read(string text)
    {
        MarkdownDocument document;
        try
        {
            document = Markdig.Markdown.Parse(text, Pipeline);
        }
        catch (Exception e)
        {
            return PlanResult.Failed($"the template cannot be parsed ({e.GetType().Name}: {e.Message})");
        }

        var headings = new List<HeadingBlock>();
        var descriptions = new Dictionary<HeadingBlock, string>();
        foreach (Block block in document.Descendants<Block>())
        {
            if (block is HeadingBlock heading)
            {
                headings.Add(heading);
            }
            else if (block is ParagraphBlock paragraph && headings.Count > 0 && !descriptions.ContainsKey(headings[headings.Count - 1]))
            {
                // The first paragraph under a heading describes the section.
                descriptions[headings[headings.Count - 1]] = text.Substring(paragraph.Span.Start, paragraph.Span.Length).Trim();
            }
        }

        if (headings.Count == 0)
        {
            return PlanResult.Failed("the template has no headings; write each required section as a markdown heading (# Section, ## Subsection)");
        }

        var sections = new List<PlanSection>();
        var open = new Stack<(int Level, PlanSection Section)>();
        foreach (HeadingBlock heading in headings)
        {
            TextSpan span = LineSpan(text, heading.Span.Start);
            string title = Markdown.MarkdownReader.HeadingText(heading).Trim();
            if (title.IndexOf('{') >= 0)
            {
                return PlanResult.Failed($"the heading '{title}' has an attribute block that is not closed; write attributes as {{optional diagram table intro group list aliases=\"A;B\" files=\"NAME.md\" code=\"TEXT\"}}", span);
            }

            string normalized = Markdown.SectionTitle.Normalize(title);
            if (normalized.Length == 0)
            {
                return PlanResult.Failed($"a heading on line {heading.Line + 1} has no title", span);
            }

            bool optional = false;
            bool diagram = false;
            bool table = false;
            bool intro = false;
            bool group = false;
            bool list = false;
            bool links = false;
            IReadOnlyList<string> aliases = Array.Empty<string>();
            IReadOnlyList<string> files = Array.Empty<string>();
            IReadOnlyList<string> code = Array.Empty<string>();
            HtmlAttributes? attributes = heading.TryGetAttributes();
            if (attributes?.Classes is { Count: > 0 } || attributes?.Id is not null)
            {
                return PlanResult.Failed($"the heading '{title}' has an id or class attribute; the template knows only {KnownAttributes}", span);
            }

            foreach (KeyValuePair<string, string?> property in attributes?.Properties ?? new List<KeyValuePair<string, string?>>())
            {
                switch (property.Key.ToLowerInvariant())
                {
                    case "optional":
                        optional = true;
                        break;
                    case "diagram":
                        diagram = true;
                        break;
                    case "table":
                        table = true;
                        break;
                    case "intro":
                        intro = true;
                        break;
                    case "group":
                        group = true;
                        break;
                    case "list":
                        list = true;
                        break;
                    case "links":
                        links = true;
                        break;
                    case "aliases":
                        aliases = SplitList(property.Value);
                        break;
                    case "files":
                        files = SplitList(property.Value);
                        break;
                    case "code":
                        code = SplitList(property.Value);
                        break;
                    default:
                        return PlanResult.Failed($"the heading '{title}' has an unknown attribute '{property.Key}'; the template knows only {KnownAttributes}", span);
                }
            }

            while (open.Count > 0 && open.Peek().Level >= heading.Level)
            {
                open.Pop();
            }

            PlanSection? parent = open.Count > 0 ? open.Peek().Section : null;
            descriptions.TryGetValue(heading, out string? description);
            var section = new PlanSection(title, parent, description ?? string.Empty, optional, diagram, aliases, files, intro, group, table, list, code, links);
            sections.Add(section);
            open.Push((heading.Level, section));
        }

        return PlanResult.Success(new DocumentationPlan(sections));
    }

    // The heading's whole first line, attributes included (Markdig's heading span stops before them).
    private static TextSpan LineSpan(string text, int start)
    {
        int end = text.IndexOf('\n', start);
        end = end < 0 ? text.Length : end;
        return TextSpan.FromBounds(start, end > start && text[end - 1] == '\r' ? end - 1 : end);
    }

    private static List<string> SplitList(string? value)
    {
        var items = new List<string>();
        foreach (string item in (value ?? string.Empty).Split(';'))
        {
            if (item.Trim().Length > 0)
            {
                items.Add(item.Trim());
            }
        }

        return items;
    }

    private static Dictionary<string, Lazy<DocumentationPlan>> CreateBuiltInPlans()
    {
        var plans = new Dictionary<string, Lazy<DocumentationPlan>>(StringComparer.OrdinalIgnoreCase);
        foreach (string name in BuiltInNames)
        {
            plans[name] = new Lazy<DocumentationPlan>(() => ReadBuiltIn(name));
        }

        return plans;
    }

    private static DocumentationPlan ReadBuiltIn(string name)
    {
        using Stream stream = typeof(PlanReader).Assembly.GetManifestResourceStream(ResourceName(name))
            ?? throw new InvalidOperationException($"The built-in plan '{name}' is missing from the assembly.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        PlanResult result = Read(reader.ReadToEnd());
        return result.Plan ?? throw new InvalidOperationException($"The built-in plan '{name}' is invalid: {result.Error}");
    }

    private static MarkdownPipeline CreatePipeline()
    {
        var builder = new MarkdownPipelineBuilder().UsePreciseSourceLocation().UseGenericAttributes();
        builder.InlineParsers.Clear();
        return builder.Build();
    }
}
