using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using DocAnalyzers.Cli.Fixing;
using DocAnalyzers.Cli.Inputs;

namespace DocAnalyzers.Cli.Commands;

/// <summary>
/// <c>docanalyzers fix [PATH]</c>: applies the package's markdown fixes (DOC200 adds the missing sections,
/// DOC201 fills the empty ones, each with a <c>TODO:</c> prompt from the plan; DOC205 corrects a broken link that has one
/// clear match), which <c>dotnet format</c> cannot.
/// </summary>
internal static class FixCommand
{
    public static Command Create()
    {
        Argument<string> path = CommonOptions.PathArgument();
        Option<string?> plan = CommonOptions.Plan();
        Option<string?> template = CommonOptions.Template();
        string fixable = string.Join(",", FixableIds());
        var diagnostics = new Option<string[]>("--diagnostics")
        {
            Description = $"The rules to fix, separated by commas or spaces (default: {fixable}).",
            AllowMultipleArgumentsPerToken = true,
        };
        var dryRun = new Option<bool>("--dry-run") { Description = "Print a unified diff of the changes and write nothing." };
        var command = new Command("fix", "Apply the markdown code fixes: add the missing sections, fill the empty ones with TODO prompts from the plan, and correct broken links that have one clear match.")
        {
            path, plan, template, diagnostics, dryRun,
        };
        command.SetAction((result, cancellationToken) => CommandErrors.RunAsync(Console.Error, () => RunAsync(
            result.GetValue(path)!,
            new InputOverrides(result.GetValue(plan), result.GetValue(template)),
            result.GetValue(diagnostics),
            result.GetValue(dryRun),
            cancellationToken)));
        return command;
    }

    /// <summary>The rule IDs the package's markdown fixers fix.</summary>
    public static IReadOnlyList<string> FixableIds() => DocumentationWorkspace.Fixers.SelectMany(f => f.FixableDiagnosticIds).ToList();

    private static async Task<int> RunAsync(string path, InputOverrides overrides, string[]? diagnostics, bool dryRun, CancellationToken cancellationToken)
    {
        ISet<string> ids = Select(diagnostics);
        AnalyzerInputs inputs = AnalyzerInputs.Discover(path, overrides);
        CommandErrors.WriteNotes(Console.Error, inputs);
        using DocumentationWorkspace workspace = DocumentationWorkspace.Create(inputs);
        CommandErrors.ThrowOnConfigurationError((await workspace.AnalyzeAsync(cancellationToken).ConfigureAwait(false)).Select(d => (d.Id, d.GetMessage())));
        await workspace.FixAsync(ids, cancellationToken).ConfigureAwait(false);

        IReadOnlyList<FileChange> changes = await workspace.ChangesAsync(cancellationToken).ConfigureAwait(false);
        foreach (FileChange change in changes)
        {
            string relative = inputs.Relative(change.Path);
            if (dryRun)
            {
                Console.Out.Write(UnifiedDiff.Create(relative, change.OldText, change.NewText));
                continue;
            }

            DocumentFiles.Write(change);
            Console.Out.WriteLine(ChangeReport.Describe(relative, change));
        }

        Console.Out.WriteLine(changes.Count == 0
            ? "Nothing to fix."
            : dryRun ? $"{ChangeReport.Files(changes.Count)} would change (dry run: nothing written)." : $"{ChangeReport.Files(changes.Count)} changed.");
        return ExitCodes.Success;
    }

    private static ISet<string> Select(string[]? diagnostics)
    {
        IReadOnlyList<string> fixable = FixableIds();
        var ids = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (string id in (diagnostics ?? Array.Empty<string>()).SelectMany(d => d.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
        {
            if (!fixable.Contains(id.ToUpperInvariant()))
            {
                throw new ConfigurationException($"--diagnostics names '{id}', which has no markdown fix here; the fixable rules are {string.Join(", ", fixable)}");
            }

            ids.Add(id.ToUpperInvariant());
        }

        return ids.Count > 0 ? ids : new HashSet<string>(fixable, StringComparer.OrdinalIgnoreCase);
    }
}
