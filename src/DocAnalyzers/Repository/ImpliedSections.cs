using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using DocAnalyzers.Markdown;
using DocAnalyzers.Plan;

namespace DocAnalyzers.Repository;

/// <summary>
/// Sections that real documentation holds without a heading of their own:
/// <list type="bullet">
/// <item>the main README's introduction, prose between its title (or a banner of smaller headings) and its first section,
/// or under a subtitle (a heading at the title's level, one that says what the project is, or a slogan ending in '.' or
/// '!'), is the plan's <c>{intro}</c> section (Overview): a real sentence, not only badges, links or images;</item>
/// <item>a diagram section (Architecture Diagram) is present when its parent section (System Architecture)
/// shows a diagram in its own text, or a heading naming its subject does ("## Application Architecture"), or when the
/// main README's introduction shows one whose alt text or caption names it ("architecture"), or the main README shows an
/// image anywhere whose alt text or file name does; a word of the project's own name ("Clean Architecture") never counts;</item>
/// <item>a section marked <c>{links}</c> (External Resources) is present when the main README lists at least three links
/// to web pages in a row, one an item or a line, or side by side on one line;</item>
/// <item>a section with <c>code=</c> markers is present when a code block anywhere holds one ("dotnet add package");</item>
/// <item>a subsection is present when a paragraph or list item of its parent's own text opens with its name, as a
/// link or as a sentence ("- [API reference](https://...)" under "## Documentation").</item>
/// </list>
/// </summary>
internal static class ImpliedSections
{
    private const int MinimumProseWords = 4;

    // Linear: no nested quantifiers. Images and links go whole (a line of badges or links is not prose).
    private static readonly Regex Markup = new(
        @"!?\[[^\[\]\r\n]*\](?:\([^()\r\n]*\)|\[[^\[\]\r\n]*\])?|<[^<>]*>|https?://\S+|^\s*\|.*$",
        RegexOptions.CultureInvariant | RegexOptions.Multiline);

    // A table's delimiter row: at least two cells of dashes, with optional alignment colons, between pipes. Each repetition
    // starts with a pipe and no two runs of blanks touch, so a failing line is read once.
    private static readonly Regex DelimiterRow = new(
        @"^[ \t]*(?:\|[ \t]*)?:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)+(?:\|[ \t]*)?\r?$",
        RegexOptions.CultureInvariant | RegexOptions.Multiline);

    private static readonly Regex Word = new(@"\p{L}{2,}", RegexOptions.CultureInvariant);

    private static readonly char[] TargetEnd = { '?', '#', ' ' };

    private static readonly string[] ImageExtensions = { ".png", ".jpg", ".jpeg", ".gif", ".svg", ".webp" };

    // An inline image with its alt text and target, or an HTML img with an alt before or after its src.
    private static readonly Regex CaptionedImage = new(
        @"!\[(?<alt>[^\[\]\r\n]{0,300})\]\((?<target>[^()\s]{1,500})|<img\b(?=[^<>]{0,1000}?\balt\s*=\s*[""'](?<alt>[^""'<>]{0,300})[""'])?[^<>]{0,1000}?\bsrc\s*=\s*[""'](?<target>[^""'<>]{1,500})[""']",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    // A link or image target, an HTML src or href, or a bare URL.
    private static readonly Regex LinkTarget = new(
        @"(?<=\]\()(?<target>[^()\r\n]*)\)|\b(?:src|href)\s*=\s*[""'](?<target>[^""'\r\n]*)[""']|(?<target>https?://[^\s)\]]+)",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    // A list item, or a line, that opens with a link to a web page, after up to four emoji and a bold label:
    // "* :house: **Website:** [https://www.smartstore.com](https://www.smartstore.com)". A badge ("[![NuGet](...)](...)")
    // or a table row is no such line. Bounded: read once per line.
    private static readonly Regex LinkItem = new(
        @"^[ \t]*(?:(?:[-*+]|\d{1,9}[.)])[ \t]+)?(?:(?::[a-z0-9_+-]{1,40}:|&#?\w{1,10};|[^\x00-\x7F])[ \t]*){0,4}(?:\*\*[^*\r\n]{1,100}\*\*[ \t]*:?[ \t]*)?(?:\[[^\[\]\r\n]*\]\(|<)https?://",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    // A line of nothing but three links or more to web pages, side by side: "[🔨 Get Started](https://...) [🎞 Watch
    // Videos](https://...) [🎓 View Samples](https://...)". A badge holds an image, so its text has brackets: no such link.
    private static readonly Regex LinkBar = new(
        @"^[ \t]*(?:\[[^\[\]\r\n]{1,200}\]\(https?://[^()\s]{1,500}\)[ \t]*(?:[|\u00B7\u2022/][ \t]*)?){3,}$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    private static readonly Regex ListItem = new(@"^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]", RegexOptions.CultureInvariant);

    private const int MinimumLinkItems = 3;

    private static readonly HashSet<string> DiagramWords = new(StringComparer.Ordinal) { "diagram", "chart", "figur", "imag", "pictur", "view" };

    /// <param name="projectWords">The project's name less the plan's words, which headings drop (<see cref="ProjectName.Words"/>).</param>
    /// <param name="nameWords">The project's name with the plan's words, which captions repeat (<see cref="ProjectName.NameWords"/>).</param>
    public static HashSet<PlanSection> Find(DocumentationPlan plan, IReadOnlyList<ResolvedDocument> documents, ResolvedDocument? main, ICollection<string> projectWords, ICollection<string> nameWords)
    {
        var implied = new HashSet<PlanSection>();
        List<ContentBlock> introduction = main is null ? new List<ContentBlock>() : Introduction(main, projectWords);
        string source = main?.Outline.Source ?? string.Empty;
        foreach (PlanSection section in plan.Sections)
        {
            if (section.IsIntro && introduction.Exists(block => IsProse(source, block)))
            {
                implied.Add(section);
            }

            if (section.IsDiagram
                && (ParentShows(section, documents, DiagramDetector.IsDiagram) || NamedHeadingShowsDiagram(section, documents, nameWords) || IntroductionShowsDiagram(section, introduction, source, nameWords)
                    || (main is not null && CaptionedImageShows(section, main.Outline, nameWords))))
            {
                implied.Add(section);
            }

            if (section.IsLinks && main is not null && ListsLinks(main.Outline))
            {
                implied.Add(section);
            }

            if (section.IsTable && ParentShows(section, documents, IsTable))
            {
                implied.Add(section);
            }

            if (ParentShows(section, documents, (block, text) => OpensWithName(section, block, text)))
            {
                implied.Add(section);
            }

            if (section.CodeMarkers.Count > 0 && AnyCodeHolds(section.CodeMarkers, documents))
            {
                implied.Add(section);
            }
        }

        return implied;
    }

    /// <summary>
    /// The blocks before the main document's first section: its preamble, the text under its title or under the smaller
    /// headings of a banner, and the text under a first heading that says what the project is
    /// (<c>## Contoso is a friendly alternative to ...</c>) or is a slogan.
    /// </summary>
    public static List<ContentBlock> Introduction(ResolvedDocument main, ICollection<string> projectWords)
    {
        var blocks = new List<ContentBlock>(main.Outline.Preamble);
        IReadOnlyList<OutlineEntry> entries = main.Outline.Entries;
        int first = 0;
        if (main.TitleIndex >= 0)
        {
            blocks.AddRange(entries[main.TitleIndex].OwnContent);
            first = main.TitleIndex + 1;
        }
        else if (entries.Count > 0)
        {
            // Headings below the file's top level, before its first top-level heading, are a banner: a logo and a
            // slogan in '<h3 align="center">' before '## Features'. Their text is the introduction.
            int top = entries.Min(entry => entry.Level);
            while (first < main.Count && entries[first].Level > top && main.SectionOf(first) is null)
            {
                blocks.AddRange(entries[first].OwnContent);
                first++;
            }
        }

        // A subtitle: a heading after the title at its level ("# Material Design components for Blazor" under MudBlazor's
        // logo in an <h1>), a tagline or a slogan.
        bool subtitle = main.TitleIndex >= 0 && first < main.Count && entries[first].Level <= entries[main.TitleIndex].Level;
        if (first < main.Count && main.SectionOf(first) is null && (subtitle || IsTagline(entries[first], projectWords)))
        {
            blocks.AddRange(entries[first].OwnContent);
        }

        return blocks;
    }

    // A heading that opens with the project's name and "is" or "are" ("FastEndpoints is a developer friendly alternative
    // to ..."), or that is a sentence, as a slogan is ("Ready. Sell. Grow."); section headings end in neither '.' nor '!'.
    private static bool IsTagline(OutlineEntry heading, ICollection<string> projectWords)
    {
        if (heading.IsSentence)
        {
            return true;
        }

        string[] words = heading.Key.Split(' ');
        return words.Length > 2
            && words[1] is "is" or "are"
            && TitleWords.NameWords(words[0]).FirstOrDefault() is { } name
            && projectWords.Contains(name);
    }

    /// <summary>True when the block holds a real sentence: at least four words once images, links, HTML tags, URLs and table rows are gone.</summary>
    public static bool IsProse(string source, ContentBlock block)
    {
        if (block.Kind == ContentKind.Code)
        {
            return false;
        }

        string text = Markup.Replace(source.Substring(block.Span.Start, block.Span.Length), " ");
        return Word.Matches(text).Count >= MinimumProseWords;
    }

    /// <summary>True when the block is a pipe table: it has a delimiter row (<c>|---|:---:|</c>).</summary>
    public static bool IsTable(ContentBlock block, string source) =>
        block.Kind == ContentKind.Text && DelimiterRow.IsMatch(source.Substring(block.Span.Start, block.Span.Length));

    // A paragraph or list item of the parent's own text that opens with the section's name: a link whose text starts with
    // any of its names ("- [API reference](https://...)"), or a sentence whose first words are a name of two words or more
    // ("API documentation can be found at ..."); a one-word name opening a sentence is too often a verb ("Build your site").
    private static bool OpensWithName(PlanSection section, ContentBlock block, string source)
    {
        if (block.Kind != ContentKind.Text)
        {
            return false;
        }

        string text = source.Substring(block.Span.Start, Math.Min(block.Span.Length, 100)).TrimStart('*', '_', ' ', '\t');
        bool link = text.StartsWith("[", StringComparison.Ordinal);
        if (link)
        {
            text = text.Substring(1).TrimStart('*', '_', '`', ' ');
        }

        foreach (string name in section.Aliases.Prepend(section.Title))
        {
            if ((link || name.IndexOf(' ') >= 0)
                && text.StartsWith(name, StringComparison.OrdinalIgnoreCase)
                && (text.Length == name.Length || !char.IsLetterOrDigit(text[name.Length])))
            {
                return true;
            }
        }

        return false;
    }

    // Three list items or lines in a row that each open with a link to a web page, or one line of three such links side by
    // side, outside code blocks. Blank lines and indented continuation lines keep the run going; any other line ends it.
    private static bool ListsLinks(MarkdownOutline outline)
    {
        // The code blocks in file order, walked alongside the lines.
        var code = new List<ContentBlock>(outline.Preamble.Where(block => block.Kind == ContentKind.Code));
        code.AddRange(outline.Entries.SelectMany(entry => entry.OwnContent).Where(block => block.Kind == ContentKind.Code));
        int next = 0;
        int run = 0;
        foreach (Microsoft.CodeAnalysis.Text.TextLine line in outline.Text.Lines)
        {
            while (next < code.Count && code[next].Span.End <= line.Start)
            {
                next++;
            }

            string text = line.ToString();
            if (next < code.Count && code[next].Span.Start <= line.Start)
            {
                run = 0;
            }
            else if (LinkBar.IsMatch(text))
            {
                return true;
            }
            else if (LinkItem.IsMatch(text))
            {
                if (++run >= MinimumLinkItems)
                {
                    return true;
                }
            }
            else if (ListItem.IsMatch(text) || (text.Trim().Length > 0 && !char.IsWhiteSpace(text[0])))
            {
                run = 0;
            }
        }

        return false;
    }

    // A code block anywhere in the documentation that holds one of the texts ("dotnet add package").
    private static bool AnyCodeHolds(IReadOnlyList<string> markers, IReadOnlyList<ResolvedDocument> documents)
    {
        foreach (ResolvedDocument document in documents)
        {
            MarkdownOutline outline = document.Outline;
            bool Holds(ContentBlock block) =>
                block.Kind == ContentKind.Code && markers.Any(marker => outline.Source.IndexOf(marker, block.Span.Start, block.Span.Length, StringComparison.OrdinalIgnoreCase) >= 0);
            if (outline.Preamble.Any(Holds) || outline.Entries.Any(entry => entry.OwnContent.Exists(Holds)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool ParentShows(PlanSection section, IReadOnlyList<ResolvedDocument> documents, Func<ContentBlock, string, bool> shows)
    {
        if (section.Parent is null)
        {
            return false;
        }

        foreach (ResolvedDocument document in documents)
        {
            for (int i = 0; i < document.Count; i++)
            {
                if (document.SectionOf(i) == section.Parent && document.Outline.Entries[i].OwnContent.Exists(block => shows(block, document.Outline.Source)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    // A diagram in the own text of any heading that names the section's subject counts: the image under
    // "## Application Architecture", the mermaid chart under "## Collection Rule Architecture"; not when the subject is a
    // word of the project's name ("# Clean Architecture", the template's title, over its logo).
    private static bool NamedHeadingShowsDiagram(PlanSection section, IReadOnlyList<ResolvedDocument> documents, ICollection<string> nameWords)
    {
        HashSet<string> wanted = Subject(section, nameWords);
        foreach (ResolvedDocument document in documents)
        {
            foreach (OutlineEntry entry in document.Outline.Entries)
            {
                if (!entry.IsLabel && TitleWords.NameWords(entry.Title).Any(wanted.Contains)
                    && entry.OwnContent.Exists(block => DiagramDetector.IsDiagram(block, document.Outline.Source)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    // The words of the section's title that are not "diagram" or a like word, nor a word of the project's name:
    // "architecture" for Architecture Diagram, unless the project is the Clean Architecture template.
    private static HashSet<string> Subject(PlanSection section, ICollection<string> nameWords)
    {
        var wanted = new HashSet<string>(TitleWords.Read(section.Title).Words, StringComparer.Ordinal);
        wanted.ExceptWith(DiagramWords);
        wanted.ExceptWith(nameWords);
        return wanted;
    }

    // An image anywhere in the main README whose alt text or file name names the section's subject, unless the subject is a
    // word of the project's name: mspnp's "![](./architecture.png)" under "## The Drone Delivery app". The logo of the
    // Clean Architecture template, "Clean Architecture Template Title.png", names the project, not its architecture.
    private static bool CaptionedImageShows(PlanSection section, MarkdownOutline main, ICollection<string> nameWords)
    {
        HashSet<string> wanted = Subject(section, nameWords);
        if (wanted.Count == 0)
        {
            return false;
        }

        bool Shows(ContentBlock block)
        {
            if (block.Kind == ContentKind.Code)
            {
                return false;
            }

            for (Match image = CaptionedImage.Match(main.Source, block.Span.Start, block.Span.Length); image.Success; image = image.NextMatch())
            {
                string target = image.Groups["target"].Value;
                if (DiagramDetector.IsBadge(target))
                {
                    continue;
                }

                string caption = image.Groups["alt"].Value + " " + System.Uri.UnescapeDataString(FileName(WithoutQuery(target)));
                if (TitleWords.NameWords(caption).Any(wanted.Contains))
                {
                    return true;
                }
            }

            return false;
        }

        return main.Preamble.Any(Shows) || main.Entries.Any(entry => entry.OwnContent.Exists(Shows));
    }

    // A diagram in the introduction counts when its alt text, its paragraph or the block next to it names the section
    // ("architecture"), unless that word is in the project's name.
    private static bool IntroductionShowsDiagram(PlanSection section, List<ContentBlock> introduction, string source, ICollection<string> nameWords)
    {
        HashSet<string> wanted = Subject(section, nameWords);
        if (wanted.Count == 0)
        {
            return false;
        }

        for (int i = 0; i < introduction.Count; i++)
        {
            if (!DiagramDetector.IsDiagram(introduction[i], source))
            {
                continue;
            }

            if (Names(wanted, source, introduction[i]) || (i > 0 && Names(wanted, source, introduction[i - 1])) || (i + 1 < introduction.Count && Names(wanted, source, introduction[i + 1])))
            {
                return true;
            }
        }

        return false;
    }

    // What a reader sees of a block, plus the file names of its images: link targets, URLs and badges say nothing
    // ("![NuGet](https://img.shields.io/nuget/v/Clean.Architecture.Template)" is no architecture diagram).
    private static string Caption(string text) =>
        LinkTarget.Replace(text, match =>
        {
            string target = match.Groups["target"].Value;
            string path = WithoutQuery(target);
            bool image = System.Array.Exists(ImageExtensions, extension => path.EndsWith(extension, System.StringComparison.OrdinalIgnoreCase));
            return image && !DiagramDetector.IsBadge(target) ? " " + FileName(path) + " " : " ";
        });

    // A link target without its query or fragment, and the last name of that path.
    private static string WithoutQuery(string target)
    {
        int end = target.IndexOfAny(TargetEnd);
        return end < 0 ? target : target.Substring(0, end);
    }

    private static string FileName(string path) => path.Substring(path.LastIndexOf('/') + 1);

    // A code block's text is the diagram's source, not a caption.
    private static bool Names(HashSet<string> wanted, string source, ContentBlock block)
    {
        if (block.Kind == ContentKind.Code)
        {
            return false;
        }

        foreach (string word in TitleWords.NameWords(Caption(source.Substring(block.Span.Start, block.Span.Length))))
        {
            if (wanted.Contains(word))
            {
                return true;
            }
        }

        return false;
    }
}
