using DocAnalyzers.Repository;
using Microsoft.CodeAnalysis.Testing;

namespace DocAnalyzers.Tests.Repository;

/// <summary>DOC205: relative links to documentation files that do not exist, and fragments that name no anchor.</summary>
public sealed class BrokenLinkTests
{
    private const string Guide = """
        # Guide

        ## Install
        Run the installer.

        ## What's new? 🎉
        Faster.

        ## Usage
        First use.

        ## Usage
        Second use.

        ## Configuration {#settings}
        The options.

        <a name="legacy-options"></a>
        Old options.

        <h3 id="Proxy">Proxy</h3>
        """;

    private const string FileMissing = "points to a file that does not exist; correct the path or remove the link";

    [Fact]
    public async Task A_link_to_a_documentation_file_that_does_not_exist_is_reported()
    {
        await Verify(
            ("README.md", Readme("See [setup]({|#0:docs/setup.md|}).")),
            Broken(0, "docs/setup.md", FileMissing));
    }

    [Fact]
    public async Task A_link_to_an_existing_documentation_file_is_not_reported()
    {
        await Verify(("README.md", Readme("See [the guide](docs/guide.md) and [it again](./docs/guide.md).")), ("docs/guide.md", Guide));
    }

    [Fact]
    public async Task Fragments_match_GitHub_slugs_of_headings_with_punctuation_emoji_and_duplicates()
    {
        await Verify(
            ("README.md", Readme("[a](docs/guide.md#install) [b](docs/guide.md#whats-new-) [c](docs/guide.md#usage) [d](docs/guide.md#usage-1) [e]({|#0:docs/guide.md#usage-third|})")),
            ("docs/guide.md", Guide),
            Broken(0, "docs/guide.md#usage-third", "points to no heading or anchor in 'docs/guide.md'; link to an existing heading or anchor, or remove the fragment"));
    }

    [Fact]
    public async Task Fragments_also_match_VitePress_slugs_where_punctuation_separates_words()
    {
        // Wolverine's VitePress docs link "## Asp.Versioning.Http Package Support" as #asp-versioning-http-package-support,
        // Quartz.NET's "## Nine `Execute…Lock` overloads" as #nine-execute-lock-overloads; a lone surrogate has no normal form.
        const string Page = "# Migration\n\n## Asp.Versioning.Http Package Support <Badge type=\"tip\" text=\"6.17\" />\n\nText.\n\n### `ServiceLocationPolicy.NotAllowed` is the default (BREAKING)\n\nText.\n\n## 3. The Recipe\n\nText.\n\n## Nine `Execute…Lock` overloads\n\nText.\n\n## Half-typed \uD83D heading\n\nText.\n";
        await Verify(
            ("README.md", Readme("[a](docs/migration.md#asp-versioning-http-package-support) [b](docs/migration.md#servicelocationpolicy-notallowed-is-the-default-breaking) [c](docs/migration.md#_3-the-recipe) [d](docs/migration.md#3-the-recipe) [f](docs/migration.md#nine-execute-lock-overloads) [e]({|#0:docs/migration.md#the-recipe|})")),
            ("docs/migration.md", Page),
            Broken(0, "docs/migration.md#the-recipe", "points to no heading or anchor in 'docs/migration.md'; did you mean '#3-the-recipe'?"));
    }

    [Fact]
    public async Task Explicit_heading_ids_and_html_anchors_are_anchors()
    {
        await Verify(("README.md", Readme("[a](docs/guide.md#settings) [b](docs/guide.md#configuration-settings) [c](docs/guide.md#legacy-options) [d](docs/guide.md#proxy)")), ("docs/guide.md", Guide));
    }

    [Fact]
    public async Task Fragments_match_whatever_their_case()
    {
        await Verify(("README.md", Readme("[a](docs/guide.md#Install) [b](docs/guide.md#WHATS-NEW-)")), ("docs/guide.md", Guide));
    }

    [Fact]
    public async Task Line_fragments_are_accepted_on_code_files_and_reported_on_markdown()
    {
        await new RepositoryTest(
                ("README.md", Readme("[a](src/Program.cs#L10) [b](src/Program.cs#L10-L20) [c]({|#0:docs/guide.md#L10|})")),
                ("docs/guide.md", Guide),
                ("src/Program.cs", "class Program { }"))
            .Kind("src/Program.cs", null)
            .Expect(Broken(0, "docs/guide.md#L10", "points to no heading or anchor in 'docs/guide.md'; line fragments work on code files only, as GitHub renders markdown; link to a heading"))
            .VerifyAsync();
    }

    [Fact]
    public async Task A_fragment_only_link_checks_the_same_file()
    {
        await Verify(("docs/guide.md", Guide + "\n\nBack to [install](#install), not to [nowhere]({|#0:#nowhere|})."), ("README.md", Readme(string.Empty)),
            Broken(0, "#nowhere", "points to no heading or anchor in this file; link to an existing heading or anchor, or remove the fragment"));
    }

    [Fact]
    public async Task A_docfx_tab_is_not_a_link_to_a_fragment()
    {
        await Verify(("docs/guide.md", Guide + "\n\n# [Linux](#tab/linux)\n\nRun it.\n\n# [Windows](#tab/windows)\n\nRun it too.\n"), ("README.md", Readme(string.Empty)));
    }

    [Fact]
    public async Task A_reference_definition_is_checked_once_where_it_is_defined()
    {
        await Verify(
            ("README.md", Readme("Read [the guide][guide] and [the guide][guide] again.\n\n[guide]: {|#0:docs/gone.md|}")),
            Broken(0, "docs/gone.md", FileMissing));
    }

    [Fact]
    public async Task An_image_is_checked_like_a_link()
    {
        await Verify(
            ("README.md", Readme("![the guide]({|#0:docs/guide.md#nothing-here|})")),
            ("docs/guide.md", Guide),
            Broken(0, "docs/guide.md#nothing-here", "points to no heading or anchor in 'docs/guide.md'; link to an existing heading or anchor, or remove the fragment"));
    }

    [Fact]
    public async Task Links_in_code_spans_and_code_blocks_are_ignored()
    {
        await Verify(("README.md", Readme("Write `[setup](docs/setup.md)` like this:\n\n```markdown\n[setup](docs/setup.md)\n```\n\n    [setup](docs/setup.md)\n")));
    }

    [Fact]
    public async Task Absolute_urls_mail_and_protocol_relative_links_are_ignored()
    {
        await Verify(("README.md", Readme("[a](https://example.com/docs/setup.md#x) [b](mailto:team@example.com) [c](//cdn.example.com/setup.md) <https://example.com/a.md>")));
    }

    [Fact]
    public async Task Paths_a_docs_site_resolves_are_left_to_it()
    {
        // EventStore's VuePress docs link '@server/security/user-authorization.md#admins-role'.
        await Verify(
            ("docs/http-api/api.md", "# API\n\n[a](~/docs/missing.md) [b](@server/security/missing.md#admins-role) [c]({{ site.baseurl }}/missing.md) [d]({% link missing.md %})"),
            ("README.md", Readme("[API](docs/http-api/api.md)")));
    }

    [Fact]
    public async Task Files_the_documentation_globs_do_not_cover_are_not_judged()
    {
        // MarkdownSnippets' sources and includes (Verify's docs/mdsource/*.source.md) are never handed over: their output is the documentation.
        await Verify(("README.md", Readme("[a](CODE_OF_CONDUCT.md) [b](src/Lib/README.md) [c](docs/images/logo.png) [d](../../issues) [e](samples/) [f](docs/bin/x.md) [g](docs/mdsource/guide.source.md) [h](docs/Sponsors.Include.md)")));
    }

    [Fact]
    public async Task A_link_from_the_repository_root_resolves_against_it()
    {
        await Verify(
            ("docs/other.md", "# Other\n\n[a](/docs/guide.md#install) [b]({|#0:/docs/missing-page.md|})"),
            ("docs/guide.md", Guide),
            ("README.md", Readme(string.Empty)),
            Broken(0, "/docs/missing-page.md", FileMissing));
    }

    [Fact]
    public async Task A_link_from_a_docs_site_root_resolves_against_its_folder()
    {
        // Quartz.NET's VuePress pages in docs/ link '/documentation/quartz-4.x/migration-guide.md#tasks-changed-to-valuetask'.
        await Verify(
            ("docs/documentation/faq.md", "# FAQ\n\n[a](/documentation/guide.md#install) [b]({|#0:/documentation/guide.md#nowhere|}) [c]({|#1:/documentation/missing.md|})"),
            ("docs/documentation/guide.md", Guide),
            ("README.md", Readme("[FAQ](docs/documentation/faq.md)")),
            Broken(0, "/documentation/guide.md#nowhere", "points to no heading or anchor in '/documentation/guide.md'; link to an existing heading or anchor, or remove the fragment"),
            Broken(1, "/documentation/missing.md", FileMissing));
    }

    [Fact]
    public async Task A_near_miss_file_name_gets_a_suggestion()
    {
        await Verify(
            ("README.md", Readme("[a]({|#0:docs/setup.md|}) [b]({|#1:./docs/Set-up.md#install|})")),
            ("docs/set-up.md", Guide),
            Broken(0, "docs/setup.md", "points to a file that does not exist; did you mean 'docs/set-up.md'?"),
            Broken(1, "./docs/Set-up.md#install", "points to a file that does not exist (paths are case-sensitive on GitHub and Linux); did you mean './docs/set-up.md'?"));
    }

    [Fact]
    public async Task A_near_miss_fragment_gets_a_suggestion()
    {
        await Verify(
            ("docs/other.md", "# Other\n\n[a]({|#0:guide.md#instal|})"),
            ("docs/guide.md", Guide),
            ("README.md", Readme(string.Empty)),
            Broken(0, "guide.md#instal", "points to no heading or anchor in 'guide.md'; did you mean '#install'?"));
    }

    [Fact]
    public async Task A_suggestion_offers_the_GitHub_slug_not_a_lenient_form()
    {
        // Finbuckle's docs link "## ASP.NET Core Strategies" as #asp.net-core-strategies: GitHub's slug is aspnet-core-strategies,
        // VitePress's asp-net-core-strategies; both are as close, and only GitHub's is suggested.
        await Verify(
            ("README.md", Readme("## ASP.NET Core Strategies\n\nText.\n\nSee [them]({|#0:#asp.net-core-strategies|}).")),
            Broken(0, "#asp.net-core-strategies", "points to no heading or anchor in this file; did you mean '#aspnet-core-strategies'?"));
    }

    [Fact]
    public async Task No_suggestion_when_two_candidates_are_equally_close()
    {
        await Verify(
            ("README.md", Readme("[a]({|#0:docs/a3.md|}) [b]({|#1:docs/a1.md#conf|})")),
            ("docs/a1.md", "# A1\n\n## Confa\nx\n\n## Confb\ny"),
            ("docs/a2.md", "# A2"),
            Broken(0, "docs/a3.md", FileMissing),
            Broken(1, "docs/a1.md#conf", "points to no heading or anchor in 'docs/a1.md'; link to an existing heading or anchor, or remove the fragment"));
    }

    private static string Readme(string extra) => Docs.Complete + "\n\n" + extra + "\n";

    private static DiagnosticResult Broken(int location, string link, string reason) =>
        new DiagnosticResult(Descriptors.BrokenLink).WithLocation(location).WithArguments(link, reason);

    private static Task Verify((string Path, string Markup) first, params object[] rest)
    {
        var files = new List<(string, string)> { first };
        var expected = new List<DiagnosticResult>();
        foreach (object item in rest)
        {
            if (item is DiagnosticResult result)
            {
                expected.Add(result);
            }
            else
            {
                files.Add(((string, string))item);
            }
        }

        return new RepositoryTest(files.ToArray()).Expect(expected.ToArray()).VerifyAsync();
    }
}
