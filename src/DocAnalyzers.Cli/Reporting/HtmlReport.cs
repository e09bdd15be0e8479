using System;
using System.Globalization;
using System.Linq;
using System.Net;
using System.Text;

namespace DocAnalyzers.Cli.Reporting;

/// <summary>
/// The report as one self-contained HTML page (index.html): inline CSS and the badge's SVG, no script, no other file.
/// A summary header with the coverage and the badge, the projects and namespaces from the least covered up with a bar
/// each, the plan's sections as a checklist, and the findings grouped by file. Every value is HTML-encoded.
/// </summary>
internal static class HtmlReport
{
    private const string Style = """
        :root { --fg: #1f2328; --muted: #59636e; --line: #d1d9e0; --bg: #f6f8fa; --card: #fff; }
        * { box-sizing: border-box; }
        body { margin: 0; padding: 32px 24px; background: var(--bg); color: var(--fg); font: 15px/1.5 system-ui, -apple-system, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif; }
        main { max-width: 1100px; margin: 0 auto; }
        h1 { font-size: 26px; margin: 0 0 4px; }
        h2 { font-size: 19px; margin: 0 0 12px; }
        h3 { font-size: 15px; margin: 16px 0 6px; font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
        a { color: #0969da; }
        .card { background: var(--card); border: 1px solid var(--line); border-radius: 8px; padding: 20px 24px; margin-bottom: 20px; }
        .meta { color: var(--muted); font-size: 13px; }
        .summary { display: flex; flex-wrap: wrap; gap: 24px; align-items: center; justify-content: space-between; }
        .score { display: flex; align-items: center; gap: 20px; }
        .big { font-size: 52px; font-weight: 700; line-height: 1; }
        .tiles { display: flex; flex-wrap: wrap; gap: 10px; }
        .tile { border: 1px solid var(--line); border-radius: 8px; padding: 8px 14px; min-width: 96px; text-align: center; }
        .tile b { display: block; font-size: 22px; }
        .tile span { color: var(--muted); font-size: 12px; text-transform: uppercase; letter-spacing: .04em; }
        .note { background: #fff8c5; border: 1px solid #d4a72c66; border-radius: 6px; padding: 10px 14px; }
        table { border-collapse: collapse; width: 100%; }
        th, td { text-align: left; padding: 6px 10px; border-bottom: 1px solid var(--line); vertical-align: top; }
        th { font-size: 12px; color: var(--muted); text-transform: uppercase; letter-spacing: .04em; }
        td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
        tr.project td { font-weight: 600; background: #f6f8fa; }
        tr.ns td:first-child { padding-left: 28px; font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 13px; }
        .bar { display: flex; align-items: center; gap: 10px; min-width: 220px; }
        .bar .track { flex: 1; height: 10px; background: #eaeef2; border-radius: 5px; overflow: hidden; }
        .bar .fill { height: 100%; border-radius: 5px; }
        .bar .pct { width: 52px; text-align: right; font-variant-numeric: tabular-nums; }
        .plan { columns: 2 400px; column-gap: 40px; }
        .plan ul.chapter { list-style: none; margin: 0 0 12px; padding: 0; break-inside: avoid; }
        .plan li { display: flex; flex-wrap: wrap; align-items: baseline; column-gap: 8px; padding: 3px 0; }
        .plan li > span:nth-child(2) { max-width: calc(100% - 26px); }
        .plan li.d0 { font-weight: 600; }
        .plan li.d1 { padding-left: 26px; }
        .plan li.d2 { padding-left: 52px; }
        .plan li.d3 { padding-left: 78px; }
        .mark { flex: none; width: 18px; height: 18px; border-radius: 50%; color: #fff; font-size: 12px; line-height: 18px; text-align: center; font-weight: 700; }
        .where { color: var(--muted); font-size: 12px; font-weight: 400; }
        .status { font-size: 12px; font-weight: 400; border-radius: 10px; padding: 0 8px; }
        .present .mark { background: #1a7f37; } .present .status { color: #1a7f37; }
        .empty .mark { background: #bf8700; } .empty .status { color: #9a6700; }
        .placeholder .mark { background: #d4a72c; } .placeholder .status { color: #9a6700; }
        .missing .mark { background: #cf222e; } .missing .status { color: #cf222e; }
        .optional .mark { background: #8c959f; } .optional .status { color: #59636e; }
        .sev { font-size: 12px; font-weight: 600; border-radius: 10px; padding: 1px 8px; color: #fff; }
        .sev.error { background: #cf222e; } .sev.warning { background: #bf8700; } .sev.info { background: #0969da; }
        td.line { width: 70px; font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 13px; color: var(--muted); }
        td.rule { width: 80px; white-space: nowrap; }
        td.sevcell { width: 90px; }
        .ok { color: #1a7f37; font-weight: 600; }
        """;

    public static string Render(ReportModel model)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        html.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        html.Append("<title>Documentation report: ").Append(E(model.Repository)).Append("</title>\n");
        html.Append("<style>\n").Append(Style).Append("</style>\n</head>\n<body>\n<main>\n");
        Summary(html, model);
        Coverage(html, model);
        Sections(html, model);
        Findings(html, model);
        html.Append("</main>\n</body>\n</html>\n");
        return html.ToString();
    }

    /// <summary>Text or an attribute value, HTML-encoded (&lt; &gt; &amp; and both quotes).</summary>
    public static string E(string? text) => WebUtility.HtmlEncode(text ?? string.Empty);

    private static void Summary(StringBuilder html, ReportModel model)
    {
        html.Append("<section class=\"card summary\">\n<div>\n");
        html.Append("<h1>Documentation report: ").Append(E(model.Repository)).Append("</h1>\n");
        html.Append("<div class=\"meta\">Plan <b>").Append(E(model.Plan)).Append("</b> · generated ")
            .Append(E(model.Generated.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture)))
            .Append(" by ").Append(E(model.Tool)).Append(' ').Append(E(model.Version)).Append("</div>\n");
        html.Append("<div class=\"tiles\" style=\"margin-top:14px\">\n");
        foreach ((string status, int count) in model.SectionCounts)
        {
            if (count > 0 || status != "optional")
            {
                Tile(html, count, status == "present" ? "sections present" : status);
            }
        }

        Tile(html, model.Findings.Count, model.Findings.Count == 1 ? "finding" : "findings");
        html.Append("</div>\n</div>\n");
        html.Append("<div class=\"score\">\n");
        if (model.Coverage is { } coverage)
        {
            html.Append("<div><div class=\"big\" style=\"color:").Append(E(CoverageBadge.Colour(coverage.Percent))).Append("\">")
                .Append(E(CoverageCount.Format(coverage.Percent))).Append("</div>\n");
            html.Append("<div class=\"meta\">API documentation coverage<br>").Append(coverage.Documented).Append(" of ").Append(coverage.Members)
                .Append(" members documented</div></div>\n");
        }
        else
        {
            html.Append("<div><div class=\"big\" style=\"color:").Append(CoverageBadge.UnknownColour).Append("\">n/a</div>\n");
            html.Append("<div class=\"meta\">API documentation coverage<br>not measured</div></div>\n");
        }

        html.Append(CoverageBadge.Svg(model.Coverage?.Percent)).Append('\n');
        html.Append("</div>\n</section>\n");
    }

    private static void Tile(StringBuilder html, int count, string label) =>
        html.Append("<div class=\"tile\"><b>").Append(count).Append("</b><span>").Append(E(label)).Append("</span></div>\n");

    private static void Coverage(StringBuilder html, ReportModel model)
    {
        html.Append("<section class=\"card\">\n<h2>API documentation coverage</h2>\n");
        if (model.Coverage is null)
        {
            html.Append("<p class=\"note\">API coverage needs <code>--api</code> (project loading): this report covers the repository documentation only.</p>\n</section>\n");
            return;
        }

        html.Append("<table>\n<thead><tr><th>Project / namespace</th><th class=\"num\">Members</th><th class=\"num\">Undocumented</th><th>Coverage</th></tr></thead>\n<tbody>\n");
        foreach (ProjectCoverage project in model.ProjectsByCoverage())
        {
            Row(html, "project", project.Name, project.Coverage, project.Path);
            foreach (NamespaceCoverage ns in project.Namespaces)
            {
                Row(html, "ns", ns.Namespace, ns.Coverage, null);
            }
        }

        html.Append("</tbody>\n</table>\n</section>\n");
    }

    private static void Row(StringBuilder html, string kind, string name, CoverageCount coverage, string? title)
    {
        string percent = coverage.Percent.ToString("0.#", CultureInfo.InvariantCulture);
        html.Append("<tr class=\"").Append(kind).Append("\"><td");
        if (title is not null)
        {
            html.Append(" title=\"").Append(E(title)).Append('"');
        }

        html.Append('>').Append(E(name)).Append("</td><td class=\"num\">").Append(coverage.Members)
            .Append("</td><td class=\"num\">").Append(coverage.Undocumented).Append("</td>");
        html.Append("<td><div class=\"bar\"><div class=\"track\"><div class=\"fill\" style=\"width:").Append(percent)
            .Append("%;background:").Append(E(CoverageBadge.Colour(coverage.Percent))).Append("\"></div></div><span class=\"pct\">")
            .Append(E(CoverageCount.Format(coverage.Percent))).Append("</span></div></td></tr>\n");
    }

    private static void Sections(StringBuilder html, ReportModel model)
    {
        html.Append("<section class=\"card\">\n<h2>Plan sections</h2>\n");
        if (model.Sections.Count == 0)
        {
            html.Append("<p class=\"note\">No plan was read.</p>\n</section>\n");
            return;
        }

        // Each chapter with its subsections, kept together in one column.
        html.Append("<div class=\"plan\">\n");
        bool open = false;
        foreach (PlanSectionEntry section in model.Sections)
        {
            if (section.Depth == 0 || !open)
            {
                html.Append(open ? "</ul>\n" : string.Empty).Append("<ul class=\"chapter\">\n");
                open = true;
            }

            string status = ReportModel.StatusName(section.Status);
            html.Append("<li class=\"d").Append(Math.Min(section.Depth, 3)).Append(' ').Append(status).Append("\"><span class=\"mark\">")
                .Append(Mark(section.Status)).Append("</span><span>").Append(E(section.Title)).Append("</span>");
            if (section.Status != PlanSectionStatus.Present)
            {
                html.Append("<span class=\"status\">").Append(E(status)).Append("</span>");
            }

            if (section.File is not null)
            {
                html.Append("<span class=\"where\">").Append(E(section.File)).Append(':').Append(section.Line).Append("</span>");
            }

            html.Append("</li>\n");
        }

        html.Append(open ? "</ul>\n" : string.Empty).Append("</div>\n</section>\n");
    }

    private static string Mark(PlanSectionStatus status) => status switch
    {
        PlanSectionStatus.Present => "✓",
        PlanSectionStatus.Empty => "○",
        PlanSectionStatus.Placeholder => "…",
        PlanSectionStatus.Missing => "✗",
        _ => "–",
    };

    private static void Findings(StringBuilder html, ReportModel model)
    {
        html.Append("<section class=\"card\">\n<h2>Findings</h2>\n");
        if (model.Findings.Count == 0)
        {
            html.Append("<p class=\"ok\">No findings.</p>\n</section>\n");
            return;
        }

        foreach (IGrouping<string?, ReportFinding> file in model.FindingsByFile())
        {
            html.Append("<h3>").Append(E(file.Key ?? "(no file)")).Append("</h3>\n<table>\n<tbody>\n");
            foreach (ReportFinding finding in file.OrderBy(f => f.Line).ThenBy(f => f.Column))
            {
                html.Append("<tr><td class=\"line\">").Append(finding.Path is null ? string.Empty : $"{finding.Line}:{finding.Column}")
                    .Append("</td><td class=\"sevcell\"><span class=\"sev ").Append(E(finding.Severity)).Append("\">").Append(E(finding.Severity))
                    .Append("</span></td><td class=\"rule\">");
                if (Uri.TryCreate(finding.HelpUri, UriKind.Absolute, out Uri? help) && (help.Scheme == Uri.UriSchemeHttps || help.Scheme == Uri.UriSchemeHttp))
                {
                    html.Append("<a href=\"").Append(E(help.AbsoluteUri)).Append("\" title=\"").Append(E(finding.Title)).Append("\">").Append(E(finding.Id)).Append("</a>");
                }
                else
                {
                    html.Append(E(finding.Id));
                }

                html.Append("</td><td>").Append(E(finding.Message)).Append("</td></tr>\n");
            }

            html.Append("</tbody>\n</table>\n");
        }

        html.Append("</section>\n");
    }
}
