using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Text.RegularExpressions;

namespace DocAnalyzers.Cli.Tests.Infrastructure;

/// <summary>Runs <c>dotnet build</c> on a generated project and reads the DOC diagnostics it prints.</summary>
internal static class Build
{
    private static readonly Regex DiagnosticLine = new(@"^(?<path>.+?)\((?<line>\d+),(?<column>\d+)\): (?<severity>warning|error|info) (?<id>DOC\d+): (?<message>.*?)( \(https?://[^\s()]+\))?( \[[^\]]+\])?$", RegexOptions.CultureInvariant);

    /// <summary>Each DOC diagnostic once, as the tool's text format writes it: path relative to <paramref name="root"/>.</summary>
    public static (int ExitCode, ISet<string> Diagnostics, string Output) Run(string root, string project)
    {
        var info = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet")
        {
            WorkingDirectory = root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string argument in new[] { "build", project, "--nologo", "-tl:off", "-v:q", "-nodeReuse:false", "-p:UseSharedCompilation=false" })
        {
            info.ArgumentList.Add(argument);
        }

        // `dotnet test` runs us inside MSBuild's environment; the nested build must find its own SDK.
        foreach (string name in new List<string>(info.Environment.Keys))
        {
            if (name.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase))
            {
                info.Environment.Remove(name);
            }
        }

        info.Environment["DOTNET_CLI_UI_LANGUAGE"] = "en";
        info.Environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
        using var process = Process.Start(info)!;
        var error = process.StandardError.ReadToEndAsync();
        string output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        output += error.Result;

        string prefix = Path.TrimEndingDirectorySeparator(root) + Path.DirectorySeparatorChar;
        var diagnostics = new SortedSet<string>(StringComparer.Ordinal);
        foreach (string line in output.Replace("\r\n", "\n").Split('\n'))
        {
            Match match = DiagnosticLine.Match(line.Trim());
            if (match.Success)
            {
                string path = match.Groups["path"].Value;
                path = path.StartsWith(prefix, StringComparison.Ordinal) ? path[prefix.Length..].Replace('\\', '/') : path;
                diagnostics.Add($"{path}({match.Groups["line"].Value},{match.Groups["column"].Value}): {match.Groups["severity"].Value} {match.Groups["id"].Value}: {match.Groups["message"].Value}");
            }
        }

        return (process.ExitCode, diagnostics, output);
    }
}
