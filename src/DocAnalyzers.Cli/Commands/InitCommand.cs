using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using DocAnalyzers.Cli.Fixing;
using DocAnalyzers.Cli.Inputs;
using DocAnalyzers.Plan;
using DocAnalyzers.Repository;

namespace DocAnalyzers.Cli.Commands;

/// <summary>
/// <c>docanalyzers init [PATH]</c>: writes the plan's skeleton with the DOC200 fix itself: a README.md (created
/// with only a title when there is none) gets every section the plan asks for and the repository lacks, each with
/// the plan's guidance as a <c>TODO:</c> prompt, which DOC202 reports until someone writes the section. Existing
/// sections and files are never replaced: the fix only adds.
/// </summary>
internal static class InitCommand
{
    public static Command Create()
    {
        Argument<string> path = CommonOptions.PathArgument();
        var plan = new Option<string?>("--plan")
        {
            Description = $"The built-in plan whose skeleton to write: {string.Join(", ", PlanReader.BuiltInNames)} (default: DocAnalyzersPlan, else {PlanReader.DefaultName}).",
        };
        plan.AcceptOnlyFromAmong(PlanReader.BuiltInNames.ToArray());
        Option<string?> template = CommonOptions.Template();
        var command = new Command("init", "Write the documentation plan's skeleton: every missing section, with the plan's guidance as a TODO prompt.")
        {
            path, plan, template,
        };
        command.SetAction((result, cancellationToken) => CommandErrors.RunAsync(Console.Error, () => RunAsync(
            result.GetValue(path)!,
            new InputOverrides(result.GetValue(plan), result.GetValue(template)),
            cancellationToken)));
        return command;
    }

    private static async Task<int> RunAsync(string path, InputOverrides overrides, CancellationToken cancellationToken)
    {
        AnalyzerInputs inputs = AnalyzerInputs.Discover(path, overrides);
        CommandErrors.WriteNotes(Console.Error, inputs);
        var newFiles = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!inputs.Documents.Any(d => RepositorySettings.IsRootReadme(d, inputs.Root)))
        {
            string readme = Path.Combine(inputs.Root, "README.md");
            newFiles[readme] = $"# {new DirectoryInfo(inputs.Root).Name}\n";
            inputs = inputs.WithDocuments(inputs.Documents.Append(readme).OrderBy(d => d, StringComparer.Ordinal).ToList());
        }

        using DocumentationWorkspace workspace = DocumentationWorkspace.Create(inputs, newFiles);
        CommandErrors.ThrowOnConfigurationError((await workspace.AnalyzeAsync(cancellationToken).ConfigureAwait(false)).Select(d => (d.Id, d.GetMessage())));
        await workspace.FixAsync(new HashSet<string>(StringComparer.Ordinal) { DiagnosticIds.SectionMissing }, cancellationToken).ConfigureAwait(false);

        IReadOnlyList<FileChange> changes = await workspace.ChangesAsync(cancellationToken).ConfigureAwait(false);
        foreach (FileChange change in changes)
        {
            DocumentFiles.Write(change);
            Console.Out.WriteLine(ChangeReport.Describe(inputs.Relative(change.Path), change, newFiles.GetValueOrDefault(change.Path)));
        }

        if (changes.Count == 0)
        {
            Console.Out.WriteLine("Nothing to write: every section of the plan is present.");
        }

        if (changes.Count > 0 && overrides.Plan is { } chosen && !string.Equals(chosen, PlanReader.DefaultName, StringComparison.Ordinal))
        {
            Console.Error.WriteLine($"Check with the same plan: docanalyzers check --plan {chosen}, or set <DocAnalyzersPlan>{chosen}</DocAnalyzersPlan> in Directory.Build.props.");
        }

        return ExitCodes.Success;
    }
}
