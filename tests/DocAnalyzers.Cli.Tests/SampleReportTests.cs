using System;
using System.IO;
using System.Threading.Tasks;
using DocAnalyzers.Cli.Commands;
using DocAnalyzers.Cli.Inputs;
using DocAnalyzers.Cli.Reporting;
using DocAnalyzers.Cli.Tests.Infrastructure;

namespace DocAnalyzers.Cli.Tests;

/// <summary>
/// The report of the repository's own samples: samples/PartialDocs' documentation, and the API of samples/ApiDocs and
/// samples/PartialDocs compiled in memory. scripts/report-screenshot.sh runs this test with DOCANALYZERS_REPORT_OUT set
/// to keep the report and take a screenshot of it.
/// </summary>
public sealed class SampleReportTests
{
    [Fact]
    public async Task Report_of_the_samples_has_DOC190s_coverage_of_ApiDocs()
    {
        string samples = Path.Combine(RepositoryFolder.Root, "samples");
        string? kept = Environment.GetEnvironmentVariable("DOCANALYZERS_REPORT_OUT");
        using var temporary = new TestRepository();
        string folder = kept is { Length: > 0 } ? Path.GetFullPath(kept) : Path.Combine(temporary.Root, "report");
        var settings = new ReportSettings(Path.Combine(samples, "PartialDocs"), new InputOverrides(null, null), folder, "json", Api: true, FailUnder: null);
        IProjectSource projects = ApiCompilation.FromFolders(Path.Combine(samples, "ApiDocs"), Path.Combine(samples, "PartialDocs"));

        int exit = await CommandErrors.RunAsync(Console.Error, () => ReportCommand.RunAsync(settings, projects, TextWriter.Null, Console.Error, default));

        Assert.Equal(0, exit);
        ReportModel model = JsonReport.Read(File.ReadAllText(Path.Combine(folder, ReportCommand.JsonFile)))!;

        // The README's figures for `dotnet build samples/ApiDocs -p:DocAnalyzersMinimumApiCoverage=95`: 80.6% (6 of 31 members undocumented).
        ProjectCoverage apiDocs = Assert.Single(model.Projects, p => p.Name == "ApiDocs");
        Assert.Equal((80.6, 6, 31), (apiDocs.Coverage.Percent, apiDocs.Coverage.Undocumented, apiDocs.Coverage.Members));
        Assert.Equal(13, model.Findings.Count);
        Assert.True(File.Exists(Path.Combine(folder, ReportCommand.HtmlFile)));
    }
}
