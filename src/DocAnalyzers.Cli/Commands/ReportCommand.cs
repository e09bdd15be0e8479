using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using DocAnalyzers.Cli.Analysis;
using DocAnalyzers.Cli.Inputs;
using DocAnalyzers.Cli.Projects;
using DocAnalyzers.Cli.Reporting;

namespace DocAnalyzers.Cli.Commands;

/// <summary>
/// <c>docanalyzers report [PATH] --out DIR</c>: a report people would rather look at than read. Writes index.html (one
/// self-contained page), summary.md (for a GitHub job summary) and coverage.svg (a badge), and report.json with
/// <c>--format json</c>: the API documentation coverage overall, per project and per namespace (with <c>--api</c>),
/// the plan's sections and their status, and the findings of <c>check</c>.
/// </summary>
internal static class ReportCommand
{
    public const string HtmlFile = "index.html";
    public const string MarkdownFile = "summary.md";
    public const string BadgeFile = "coverage.svg";
    public const string JsonFile = "report.json";

    public static Command Create()
    {
        Argument<string> path = CommonOptions.PathArgument();
        Option<string?> plan = CommonOptions.Plan();
        Option<string?> template = CommonOptions.Template();
        var output = new Option<string>("--out", "-o") { Description = "The folder to write the report into (created when missing).", Required = true };
        var format = new Option<string>("--format", "-f")
        {
            Description = $"html: {HtmlFile}, {MarkdownFile} and {BadgeFile}; json: {JsonFile} as well, for tracking over time.",
            DefaultValueFactory = _ => "html",
        };
        format.AcceptOnlyFromAmong("html", "json");
        var api = new Option<bool>("--api") { Description = "Load the repository's projects and report their public API documentation coverage." };
        Option<bool> noRestore = CommonOptions.NoRestore();
        Option<string?> project = CommonOptions.Project();
        var failUnder = new Option<double?>("--fail-under") { Description = "Exit with 1 when the API documentation coverage is below this percentage (needs --api)." };
        var command = new Command("report", "Write an HTML report, a markdown summary and a coverage badge: API documentation coverage, the plan's sections, the findings.")
        {
            path, plan, template, output, format, api, project, noRestore, failUnder,
        };
        command.SetAction((result, cancellationToken) => CommandErrors.RunAsync(Console.Error, () => RunAsync(
            new ReportSettings(
                result.GetValue(path)!,
                new InputOverrides(result.GetValue(plan), result.GetValue(template)),
                result.GetValue(output)!,
                result.GetValue(format)!,
                result.GetValue(api) || result.GetValue(project) is not null,
                result.GetValue(failUnder)),
            new WorkspaceProjects(result.GetValue(project), !result.GetValue(noRestore), Console.Error),
            Console.Out,
            Console.Error,
            cancellationToken)));
        return command;
    }

    public static async Task<int> RunAsync(ReportSettings settings, IProjectSource? projects, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        if (settings.FailUnder is { } minimum && (double.IsNaN(minimum) || minimum < 0 || minimum > 100))
        {
            throw new ConfigurationException($"--fail-under must be a percentage from 0 to 100, not {minimum.ToString(CultureInfo.InvariantCulture)}");
        }

        if (settings.FailUnder is not null && !settings.Api)
        {
            throw new ConfigurationException("--fail-under compares the API documentation coverage, which needs --api (project loading)");
        }

        if (settings.Api && projects is null)
        {
            throw new ConfigurationException("--api: no way to load the projects was given");
        }

        AnalyzerInputs inputs = AnalyzerInputs.Discover(settings.Path, settings.Overrides);
        CommandErrors.WriteNotes(error, inputs);
        RepositoryAnalysis analysis = await DocumentationAnalysis.AnalyzeAsync(inputs, cancellationToken).ConfigureAwait(false);
        CommandErrors.ThrowOnConfigurationError(analysis.Result.Findings.Select(f => (f.Id, f.Message)));

        IReadOnlyList<ProjectCoverage>? coverage = null;
        if (settings.Api && projects is not null)
        {
            var loaded = new List<ProjectCoverage>();
            foreach (LoadedProject project in await projects.LoadAsync(inputs.Root, cancellationToken).ConfigureAwait(false))
            {
                loaded.Add(await ApiCoverage.ComputeAsync(project.Name, inputs.Relative(project.FilePath), project.Compilation, project.Options, cancellationToken).ConfigureAwait(false));
            }

            coverage = loaded;
        }
        else
        {
            error.WriteLine($"{ToolInfo.Name}: note: API coverage needs --api (project loading); this report covers the repository documentation only.");
        }

        ReportModel model = ReportModel.From(analysis, coverage, DateTimeOffset.UtcNow);
        string folder = Path.GetFullPath(settings.Out);
        Directory.CreateDirectory(folder);
        var written = new List<string> { HtmlFile, MarkdownFile, BadgeFile };
        Write(folder, HtmlFile, HtmlReport.Render(model));
        Write(folder, MarkdownFile, MarkdownReport.Render(model));
        Write(folder, BadgeFile, CoverageBadge.Svg(model.Coverage?.Percent) + "\n");
        if (settings.Format == "json")
        {
            Write(folder, JsonFile, JsonReport.Render(model));
            written.Add(JsonFile);
        }

        output.WriteLine($"Wrote {string.Join(", ", written)} to {folder}");
        output.WriteLine(Summary(model));
        if (settings.FailUnder is { } failUnder && model.Coverage is { } total && total.Percent < failUnder)
        {
            error.WriteLine($"{ToolInfo.Name}: API documentation coverage {CoverageCount.Format(total.Percent)} is below --fail-under {failUnder.ToString(CultureInfo.InvariantCulture)}.");
            return ExitCodes.Findings;
        }

        return ExitCodes.Success;
    }

    /// <summary>"API documentation coverage 80.6% (25 of 31 members documented). Plan technical: 20 present, 2 empty. 13 findings."</summary>
    public static string Summary(ReportModel model)
    {
        string coverage = model.Coverage is { } total
            ? $"API documentation coverage {CoverageCount.Format(total.Percent)} ({total.Documented} of {total.Members} members documented)."
            : "API documentation coverage not measured.";
        string sections = string.Join(", ", model.SectionCounts.Where(c => c.Value > 0).Select(c => $"{c.Value} {c.Key}"));
        string findings = model.Findings.Count == 1 ? "1 finding" : $"{model.Findings.Count} findings";
        return $"{coverage} Plan {model.Plan}: {(sections.Length > 0 ? sections : "no sections")}. {findings}.";
    }

    private static void Write(string folder, string name, string text) =>
        File.WriteAllText(Path.Combine(folder, name), text, new UTF8Encoding(false));
}
