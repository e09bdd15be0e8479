using System.Collections.Immutable;
using System.Diagnostics;
using System.Text;
using DocAnalyzers.CodeFixes.Repository;
using DocAnalyzers.Markdown;
using DocAnalyzers.Plan;
using DocAnalyzers.Repository;
using DocAnalyzers.Repository.Rules;
using DocAnalyzers.Tests.CodeFixes.Repository;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Text;

namespace DocAnalyzers.Tests.Repository;

/// <summary>
/// Property tests over generated markdown: what people type half-way in the IDE and what real files hold
/// (unclosed fences, HTML blocks and headings, nested lists, tables, setext headings, front matter, CRLF,
/// emoji, entities, bold labels, links with odd targets and unclosed brackets, headings that are links, redirect pages,
/// VitePress-style anchors and lone surrogates, link lists and bars, slogans, site aliases, text drawings, captioned images). Every DOC2xx rule and every markdown fix run on each document without
/// an exception, and the work grows linearly with the size of the file.
/// </summary>
[Collection(NotInParallel.Name)]
public sealed class GeneratedMarkdownTests
{
    private static readonly string[] Fragments =
    {
        "# Shop\n", "## System Architecture\n", "### Infrastructure\n", "Architecture Diagram\n====\n", "Testing\n---\n",
        "```\n", "```mermaid\ngraph LR\n", "~~~csharp\nvar x = 1;\n", "    indented code\n", "`unclosed code span\n",
        "<h2>Security</h2>\n", "<div align=\"center\">\n<h1>Shop", "<h3 class=\"x\">Backup &amp; Restore</h3>\n", "<!-- ## Overview\n", "-->\n", "<a name=\"x\"></a>\n",
        "- item\n", "  - nested item\n", "    - deeper\n", "- **Infrastructure**: EF Core\n", "> quote\n> > nested quote\n", "1. first\n2. second\n",
        "| a | b |\n|---|---|\n| 1 | 2 |\n", "---\ntitle: Overview\n---\n", "---\n", "***\n",
        "### :lock: Security ![badge](https://x/b.svg)\n", "## 🚀 Getting started\n", "**Change Log**: 1.0\n", "__Upgrade Paths:__ run it\n", "**Bold without colon**\n",
        "TODO\n", "TBD: later\n", "The shop sells books online to readers.\n", "![Architecture](a.png)\n", "[![Build](https://x/b.svg)](https://x)\n",
        "&nbsp;&amp;&#x1F600;&#99999999;\n", "\r\n", "\n", "\t\n", "## \n", "#\n", "####### seven\n", "* * *\n", "[ref]: https://example.com\n",
        "<img src=\"a.png\" alt=\"architecture\">\n", "<h2>unclosed heading\n", "<h7>not a heading</h7>\n", "Setext without text\n===\n", "\\# escaped\n",
        "[page](docs/page.md#overview) ", "[gone](docs/gone.md) ", "[self](#shop) ", "[nowhere](#nowhere) ", "[x](../README.md#infrastructure) ",
        "[unclosed](docs/page.md ", "[[[nested [brackets](docs/pag.md)]]] ", "](docs/page.md) ", "[a]( <docs/page.md#x y> ) ", "![img](<docs/a b.md>)\n",
        "[ref]: docs/gone.md#%E2%9C%93\n", "[ref2]: </docs/page.md#%zz>\n", "[odd](docs/page.md#caf\u00e9&amp;\\)) ", "[q](?x=1#y) ", "[root](/) ", "[up](../../../x.md) ",
        "## Install {#setup}\n", "## Same\n", "## Same\n", "<a name=\"anchor\n", "<a id='x' name=y>\n", "[`code`](docs/page.md#%) ",
        "# [Getting started](xref:getting-started)\n", "## [Contribute][ref]\n", "---\ntitle: FAQ\nredirect_to: /faq.html\n---\n", "## Other resources\n",
        "### Storage\n", "## Asp.Versioning.Http \u2026 Support <Badge text=\"6.1\" />\n", "## 3. The Recipe\n", "## Half-typed \uD83D\n",
        "[v](#asp-versioning-http-support) ", "[r](#_3-the-recipe) ", "- [API reference](https://example.com/api)\n", "API documentation can be found at x.\n",
        "```sh\ndotnet add package Shop\n```\n", "# Changelog\n", "## Security\n",
        "* :house: **Website:** [https://shop.example](https://shop.example)\n", "- &#9654;&#65039; **Forum**: <https://forum.example>\n",
        "<h3 align=\"center\"><strong>Ready. Sell. Grow.</strong></h3>\n", "## Application Architecture\n", "[s](@server/page.md#x) ", "[d](/page.md) ",
        "```text\n\u250C\u2500\u2500\u2510\n", "\u2514\u2500\u2500\u2518\n", "+-----+\n", "\u251C\u2500\u2500 src/\n", "[a](https://a.example) [b](https://b.example) | [c](https://c.example)\n",
        "![](./architecture.png)\n", "<img alt=\"architecture\" src=\"x%2.svg\">\n", "## Unit testing and continuous integration\n", "- **Backend** - minimal APIs\n",
        "## Get in touch\n", "## Logs - Get\n", "## Build & Run\n",
    };

    public static IEnumerable<object[]> Seeds() => Enumerable.Range(1, 40).Select(seed => new object[] { seed });

    [Theory]
    [MemberData(nameof(Seeds))]
    public async Task Every_rule_and_fix_runs_on_generated_markdown_without_an_exception(int seed)
    {
        var random = new Random(seed);
        string readme = Generate(random, 60);
        string page = Generate(random, 30);
        var test = new MarkdownFixTest(("README.md", readme), ("docs/page.md", page));

        // The analyzer's own exceptions surface as AD0001 diagnostics in the driver; none may appear.
        ImmutableArray<Diagnostic> diagnostics = await MarkdownFixTest.DiagnosticsAsync(test.CreateSolution());
        Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");

        foreach ((CodeFixProvider fixer, string key) in new (CodeFixProvider, string)[] { (new MissingSectionFixer(), MissingSectionFixer.AddSectionKey), (new EmptySectionFixer(), EmptySectionFixer.AddPromptKey), (new BrokenLinkFixer(), BrokenLinkFixer.ReplaceTargetKey) })
        {
            if (diagnostics.Any(d => fixer.FixableDiagnosticIds.Contains(d.Id)))
            {
                Solution fixedSolution = await test.FixAllAsync(fixer, key, FixAllScope.Solution);
                Assert.DoesNotContain(await MarkdownFixTest.RemainingAsync(fixedSolution), d => d.StartsWith("AD0001", StringComparison.Ordinal));
            }
        }
    }

    [Fact]
    public void Reading_and_checking_a_file_takes_time_linear_in_its_size()
    {
        // Quadratic work would take 64 times as long for 8 times the text; linear takes about 8 times. The bound sits
        // between the two with room on both sides, so that a busy machine (CI runs test projects side by side) does
        // not fail it and quadratic work still does.
        string unit = Generate(new Random(7), 400);
        string small = Repeat(unit, 20);
        string large = Repeat(unit, 160);
        Assert.True(large.Length < MarkdownReader.MaxCharacters, $"{large.Length:N0} characters");

        (double smallTime, double largeTime) = FastestMilliseconds(small, large);
        Assert.True(largeTime < 24 * smallTime, $"{small.Length:N0} characters: {smallTime:F1} ms; {large.Length:N0} characters: {largeTime:F1} ms");
    }

    [Fact]
    public void Thousands_of_broken_links_to_thousands_of_headings_are_all_reported_in_bounded_time()
    {
        var markdown = new StringBuilder("# Links\n\n");
        for (int i = 0; i < 5000; i++)
        {
            markdown.Append("## Section ").Append(i).Append("\n\nSee [it](#section-").Append(i).Append("x).\n\n");
        }

        SourceText text = SourceText.From(markdown.ToString());
        var links = new LinkTargets(new[] { new Text("/repo/README.md", text) }, "/repo/", RepositorySettings.DefaultDocs);
        int reported = 0;
        var watch = Stopwatch.StartNew();
        BrokenLinkRule.Check("/repo/README.md", text, links, (_, _, _, _) => reported++);

        Assert.Equal(5000, reported);
        Assert.True(watch.Elapsed.TotalSeconds < 10, $"{watch.Elapsed.TotalSeconds:F1} s");
    }

    // The fastest of seven runs of each, taken in turns after a collection: the least disturbed by whatever else the
    // machine does, and by the garbage the other size left.
    private static (double Small, double Large) FastestMilliseconds(string small, string large)
    {
        Check(small);
        Check(large);
        double smallTime = double.MaxValue, largeTime = double.MaxValue;
        for (int run = 0; run < 7; run++)
        {
            smallTime = Math.Min(smallTime, Milliseconds(small));
            largeTime = Math.Min(largeTime, Milliseconds(large));
        }

        return (smallTime, largeTime);
    }

    private static double Milliseconds(string markdown)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var watch = Stopwatch.StartNew();
        Check(markdown);
        return watch.Elapsed.TotalMilliseconds;
    }

    // What the analyzer does with one file: read, match to the plan, and run every rule.
    private static void Check(string markdown)
    {
        MarkdownOutline outline = MarkdownReader.Read("/repo/README.md", SourceText.From(markdown)).Outline!;
        DocumentationPlan plan = PlanReader.Default;
        string[] projectWords = { "shop" };
        ResolvedDocument document = ResolvedDocument.Resolve(outline, plan, projectWords, titleNamesProject: true);
        Reporter ignore = (_, _, _) => { };
        EmptySectionRule.Check(document, (_, _, _, _) => { });
        PlaceholderSectionRule.Check(document, (_, _, _, _) => { });
        DiagramRule.Check(document, ignore);
        var documents = new[] { document };
        MissingSectionRule.Check(plan, documents, ImpliedSections.Find(plan, documents, document, projectWords, ProjectName.NameWords("shop", outline)), document, (_, _, _, _) => { });
        var links = new LinkTargets(new[] { new Text("/repo/README.md", outline.Text), new Text("/repo/docs/page.md", outline.Text) }, "/repo/", RepositorySettings.DefaultDocs);
        BrokenLinkRule.Check("/repo/README.md", outline.Text, links, (_, _, _, _) => { });
    }

    private sealed class Text(string path, SourceText text) : AdditionalText
    {
        public override string Path => path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => text;
    }

    private static string Repeat(string unit, int times)
    {
        var builder = new StringBuilder(unit.Length * times);
        for (int i = 0; i < times; i++)
        {
            builder.Append(unit).Append("\n\n");
        }

        return builder.ToString();
    }

    private static string Generate(Random random, int fragments)
    {
        var builder = new StringBuilder();
        for (int i = 0; i < fragments; i++)
        {
            builder.Append(Fragments[random.Next(Fragments.Length)]);
            if (random.Next(4) == 0)
            {
                builder.Append('\n');
            }
        }

        // Half the documents use CRLF, and some end without a line break or inside an open block.
        string text = builder.ToString();
        return random.Next(2) == 0 ? text.Replace("\r\n", "\n").Replace("\n", "\r\n") : text.TrimEnd('\n');
    }
}

/// <summary>Tests that compare timings run alone, after the parallel ones, so that other tests do not skew them.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class NotInParallel
{
    public const string Name = "Not in parallel";
}
