using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using DocAnalyzers.Cli.Analysis;
using DocAnalyzers.Cli.Inputs;
using DocAnalyzers.Cli.Output;
using DocAnalyzers.Cli.Projects;
using Microsoft.CodeAnalysis;

namespace DocAnalyzers.Cli.Commands;

/// <summary>
/// <c>docanalyzers check [PATH]</c>: the repository-documentation rules, without a build; with <c>--api</c>, also the
/// public API documentation rules on the projects, loaded as a build loads them.
/// </summary>
internal static class CheckCommand
{
    public static Command Create()
    {
        Argument<string> path = CommonOptions.PathArgument();
        Option<string?> plan = CommonOptions.Plan();
        Option<string?> template = CommonOptions.Template();
        var format = new Option<string>("--format", "-f")
        {
            Description = "The output format: text, json, sarif (SARIF 2.1.0) or github (workflow annotations).",
            DefaultValueFactory = _ => OutputFormats.Text,
        };
        format.AcceptOnlyFromAmong(OutputFormats.Names.ToArray());
        var output = new Option<FileInfo?>("--output", "-o") { Description = "Write the results to this file instead of standard output." };
        var failOn = new Option<string>("--fail-on")
        {
            Description = "The lowest severity that makes the exit code 1.",
            DefaultValueFactory = _ => "warning",
        };
        failOn.AcceptOnlyFromAmong("error", "warning", "info");
        var api = new Option<bool>("--api")
        {
            Description = "Also check the public API's XML documentation (DOC1xx): restores and loads the solution (or project) at the root with MSBuild, as a build does.",
        };
        Option<bool> noRestore = CommonOptions.NoRestore();
        Option<string?> project = CommonOptions.Project();

        var command = new Command("check", "Check the repository's markdown documentation against its documentation plan, and with --api the public API's XML documentation.")
        {
            path, plan, template, format, output, failOn, api, project, noRestore,
        };
        command.SetAction((result, cancellationToken) => CommandErrors.RunAsync(Console.Error, () => RunAsync(
            result.GetValue(path)!,
            new InputOverrides(result.GetValue(plan), result.GetValue(template)),
            result.GetValue(api) || result.GetValue(project) is not null,
            result.GetValue(project),
            !result.GetValue(noRestore),
            result.GetValue(format)!,
            result.GetValue(output),
            result.GetValue(failOn)!,
            cancellationToken)));
        return command;
    }

    private static async Task<int> RunAsync(string path, InputOverrides overrides, bool api, string? project, bool restore, string format, FileInfo? output, string failOn, CancellationToken cancellationToken)
    {
        AnalyzerInputs inputs = AnalyzerInputs.Discover(path, overrides);
        CommandErrors.WriteNotes(Console.Error, inputs);
        if (!Console.IsErrorRedirected)
        {
            Console.Error.WriteLine($"Checking {inputs.Documents.Count} documentation files under {inputs.Root}");
        }

        CheckResult result = await DocumentationAnalysis.CheckAsync(inputs, cancellationToken).ConfigureAwait(false);
        if (api)
        {
            IReadOnlyList<LoadedProject> loaded = await new WorkspaceProjects(project, restore, Console.Error).LoadAsync(inputs.Root, cancellationToken).ConfigureAwait(false);
            IReadOnlyList<Finding> findings = await ApiAnalysis.CheckAsync(loaded, inputs, cancellationToken).ConfigureAwait(false);
            IReadOnlyList<string> projects = loaded.Select(p => inputs.Relative(p.FilePath)).Distinct(StringComparer.Ordinal).ToList();
            result = result with
            {
                Findings = DocumentationAnalysis.Sorted(result.Findings.Concat(findings)),
                Rules = result.Rules.Concat(ApiAnalysis.Rules).DistinctBy(r => r.Id).ToList(),
                Projects = projects,
            };
        }

        CommandErrors.ThrowOnConfigurationError(result.Findings.Select(f => (f.Id, f.Message)));

        bool colour = output is null && !Console.IsOutputRedirected && Environment.GetEnvironmentVariable("NO_COLOR") is null;
        IResultFormatter formatter = OutputFormats.For(format, colour);
        if (output is null)
        {
            formatter.Write(result, Console.Out);
        }
        else
        {
            using var writer = new StreamWriter(output.FullName, append: false, new UTF8Encoding(false));
            formatter.Write(result, writer);
            Console.Error.WriteLine($"{TextFormatter.Summary(result)} Results written to {output.FullName}.");
        }

        DiagnosticSeverity threshold = failOn switch
        {
            "error" => DiagnosticSeverity.Error,
            "info" => DiagnosticSeverity.Info,
            _ => DiagnosticSeverity.Warning,
        };
        return result.Findings.Any(f => f.Severity >= threshold) ? ExitCodes.Findings : ExitCodes.Success;
    }
}
