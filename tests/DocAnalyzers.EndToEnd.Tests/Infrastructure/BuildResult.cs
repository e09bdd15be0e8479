using System;
using System.Collections.Generic;
using System.Linq;

namespace DocAnalyzers.EndToEnd.Tests.Infrastructure;

/// <summary>A finished <c>dotnet build</c> and the diagnostics it printed.</summary>
internal sealed class BuildResult
{
    public BuildResult(CommandResult command)
    {
        Command = command;

        // MSBuild prints each diagnostic again in its closing summary: keep each distinct line once.
        Diagnostics = command.Output
            .Split('\n')
            .Select(BuildDiagnostic.TryParse)
            .OfType<BuildDiagnostic>()
            .Distinct()
            .ToList();
    }

    public CommandResult Command { get; }

    public int ExitCode => Command.ExitCode;

    public string Output => Command.Output;

    /// <summary>Every distinct diagnostic line; the same diagnostic from two projects is two lines.</summary>
    public IReadOnlyList<BuildDiagnostic> Diagnostics { get; }

    public IReadOnlyList<BuildDiagnostic> DocDiagnostics => Diagnostics.Where(d => d.Id.StartsWith("DOC", StringComparison.Ordinal)).ToList();

    /// <summary>The DocAnalyzers diagnostics as <see cref="BuildDiagnostic.Describe"/> writes them, sorted.</summary>
    public IReadOnlyList<string> DescribeDocDiagnostics(string root) =>
        DocDiagnostics.Select(d => d.Describe(root)).Distinct().OrderBy(d => d, StringComparer.Ordinal).ToList();

    public override string ToString() => $"{Command.CommandLine} exited with {ExitCode} after {Command.Elapsed.TotalSeconds:F1} s:\n{Output}";
}
