using System.Linq;
using System.Text;

namespace DocAnalyzers.Cli.Reporting;

/// <summary>
/// The report as summary.md, fit for a GitHub job summary (<c>cat summary.md &gt;&gt; $GITHUB_STEP_SUMMARY</c>): the coverage
/// line, then tables of the projects and namespaces, the plan's sections and the findings. Values are escaped for a table cell.
/// </summary>
internal static class MarkdownReport
{
    public static string Render(ReportModel model)
    {
        var md = new StringBuilder();
        md.Append("# Documentation report: ").Append(Cell(model.Repository)).Append("\n\n");
        md.Append(model.Coverage is { } coverage
            ? $"**API documentation coverage: {CoverageCount.Format(coverage.Percent)}** ({coverage.Documented} of {coverage.Members} members documented)"
            : "**API documentation coverage: not measured** (it needs `--api`, project loading)");
        md.Append(" · plan `").Append(model.Plan.Replace("`", "'")).Append("`: ")
            .Append(string.Join(", ", model.SectionCounts.Where(c => c.Value > 0).Select(c => $"{c.Value} {c.Key}")))
            .Append(" · ").Append(model.Findings.Count).Append(model.Findings.Count == 1 ? " finding" : " findings").Append("\n\n");

        if (model.Coverage is not null)
        {
            md.Append("## API documentation coverage\n\n| Project | Namespace | Members | Undocumented | Coverage |\n|---|---|---:|---:|---:|\n");
            foreach (ProjectCoverage project in model.ProjectsByCoverage())
            {
                md.Append("| **").Append(Cell(project.Name)).Append("** | | ").Append(project.Coverage.Members).Append(" | ").Append(project.Coverage.Undocumented)
                    .Append(" | **").Append(CoverageCount.Format(project.Coverage.Percent)).Append("** |\n");
                foreach (NamespaceCoverage ns in project.Namespaces)
                {
                    md.Append("| | `").Append(ns.Namespace.Replace("`", "'")).Append("` | ").Append(ns.Coverage.Members).Append(" | ").Append(ns.Coverage.Undocumented)
                        .Append(" | ").Append(CoverageCount.Format(ns.Coverage.Percent)).Append(" |\n");
                }
            }

            md.Append('\n');
        }

        if (model.Sections.Count > 0)
        {
            md.Append("## Plan sections\n\n| Section | Status | Where |\n|---|---|---|\n");
            foreach (PlanSectionEntry section in model.Sections)
            {
                string indent = string.Concat(Enumerable.Repeat("&nbsp;&nbsp;&nbsp;&nbsp;", section.Depth));
                md.Append("| ").Append(indent).Append(section.Depth == 0 ? "**" + Cell(section.Title) + "**" : Cell(section.Title))
                    .Append(" | ").Append(Icon(section.Status)).Append(' ').Append(ReportModel.StatusName(section.Status))
                    .Append(" | ").Append(section.File is null ? string.Empty : $"{Cell(section.File)}:{section.Line}").Append(" |\n");
            }

            md.Append('\n');
        }

        md.Append("## Findings\n\n");
        if (model.Findings.Count == 0)
        {
            md.Append("No findings.\n");
            return md.ToString();
        }

        md.Append("| File | Line | Severity | Rule | Message |\n|---|---:|---|---|---|\n");
        foreach (ReportFinding finding in model.FindingsByFile().SelectMany(g => g.OrderBy(f => f.Line).ThenBy(f => f.Column)))
        {
            md.Append("| ").Append(finding.Path is null ? string.Empty : Cell(finding.Path))
                .Append(" | ").Append(finding.Path is null ? string.Empty : finding.Line.ToString(System.Globalization.CultureInfo.InvariantCulture))
                .Append(" | ").Append(finding.Severity)
                .Append(" | [").Append(Cell(finding.Id)).Append("](").Append(finding.HelpUri.Replace(")", "%29").Replace(" ", "%20")).Append(')')
                .Append(" | ").Append(Cell(finding.Message)).Append(" |\n");
        }

        return md.ToString();
    }

    /// <summary>
    /// Text for a table cell, shown as written: &amp; &lt; &gt; as entities (GitHub renders HTML in markdown), the
    /// characters of markdown's emphasis, code, links and tables escaped, on one line.
    /// </summary>
    public static string Cell(string text)
    {
        var cell = new StringBuilder(text.Length);
        foreach (char c in text)
        {
            _ = c switch
            {
                '&' => cell.Append("&amp;"),
                '<' => cell.Append("&lt;"),
                '>' => cell.Append("&gt;"),
                '\\' or '|' or '*' or '_' or '`' or '[' or ']' => cell.Append('\\').Append(c),
                '\r' => cell,
                '\n' => cell.Append(' '),
                _ => cell.Append(c),
            };
        }

        return cell.ToString();
    }

    private static string Icon(PlanSectionStatus status) => status switch
    {
        PlanSectionStatus.Present => "✅",
        PlanSectionStatus.Empty => "⬜",
        PlanSectionStatus.Placeholder => "📝",
        PlanSectionStatus.Missing => "❌",
        _ => "➖",
    };
}
