using System;
using System.Collections.Generic;
using System.Linq;
using System.IO;
using System.Text.Json.Serialization;
using DocAnalyzers.Cli.Analysis;
using DocAnalyzers.Cli.Inputs;

namespace DocAnalyzers.Cli.Reporting;

/// <summary>
/// Everything a report shows, whatever its format: the API coverage in all (null when no project was loaded), per
/// project and per namespace; the plan's sections and their status; the findings; and when and by what it was made.
/// The JSON names are part of the report's format (<see cref="JsonReport"/>), kept stable for tracking over time.
/// </summary>
internal sealed record ReportModel(
    [property: JsonPropertyName("schemaVersion")] int SchemaVersion,
    [property: JsonPropertyName("tool")] string Tool,
    [property: JsonPropertyName("version")] string Version,
    [property: JsonPropertyName("generated")] DateTimeOffset Generated,
    [property: JsonPropertyName("repository")] string Repository,
    [property: JsonPropertyName("plan")] string Plan,
    [property: JsonPropertyName("coverage")] CoverageCount? Coverage,
    [property: JsonPropertyName("projects")] IReadOnlyList<ProjectCoverage> Projects,
    [property: JsonPropertyName("sections")] IReadOnlyList<PlanSectionEntry> Sections,
    [property: JsonPropertyName("findings")] IReadOnlyList<ReportFinding> Findings)
{
    /// <summary>The version of the JSON format: raised when a property changes meaning or goes away.</summary>
    public const int CurrentSchemaVersion = 1;

    /// <summary>The report of a repository analysis and the API coverage of its projects (null when none were loaded).</summary>
    public static ReportModel From(RepositoryAnalysis analysis, IReadOnlyList<ProjectCoverage>? projects, DateTimeOffset generated)
    {
        AnalyzerInputs inputs = analysis.Result.Inputs;
        string plan = inputs.Template.Length > 0 ? inputs.Template : inputs.Plan.Length > 0 ? inputs.Plan : DocAnalyzers.Plan.PlanReader.DefaultName;
        CoverageCount? coverage = projects?.Aggregate(CoverageCount.None, (sum, project) => sum.Add(project.Coverage));
        return new ReportModel(
            CurrentSchemaVersion,
            ToolInfo.Name,
            ToolInfo.Version,
            generated,
            new DirectoryInfo(inputs.Root).Name,
            plan,
            coverage,
            projects ?? Array.Empty<ProjectCoverage>(),
            PlanSections.From(analysis.Plan, analysis.Diagnostics, inputs.Relative),
            analysis.Result.Findings.Select(ReportFinding.From).ToList());
    }

    /// <summary>How many sections have each status, every status named.</summary>
    [JsonPropertyName("sectionCounts")]
    public IReadOnlyDictionary<string, int> SectionCounts =>
        Enum.GetValues<PlanSectionStatus>().ToDictionary(StatusName, status => Sections.Count(s => s.Status == status));

    /// <summary>How many findings have each severity.</summary>
    [JsonPropertyName("findingCounts")]
    public IReadOnlyDictionary<string, int> FindingCounts =>
        new[] { "error", "warning", "info" }.ToDictionary(severity => severity, severity => Findings.Count(f => f.Severity == severity));

    /// <summary>The status as the report writes it: present, empty, placeholder, missing, optional.</summary>
    public static string StatusName(PlanSectionStatus status) => status.ToString().ToLowerInvariant();

    /// <summary>The projects from the least covered up (by coverage, then name), each with its namespaces ordered alike.</summary>
    public IEnumerable<ProjectCoverage> ProjectsByCoverage() =>
        Projects
            .OrderBy(p => p.Coverage.Percent).ThenBy(p => p.Name, StringComparer.Ordinal)
            .Select(p => p with { Namespaces = p.Namespaces.OrderBy(n => n.Coverage.Percent).ThenBy(n => n.Namespace, StringComparer.Ordinal).ToList() });

    /// <summary>The findings grouped by file in path order, the findings without a file last under a null key.</summary>
    public IEnumerable<IGrouping<string?, ReportFinding>> FindingsByFile() =>
        Findings
            .GroupBy(f => f.Path)
            .OrderBy(g => g.Key is null ? 1 : 0)
            .ThenBy(g => g.Key, StringComparer.Ordinal);
}
