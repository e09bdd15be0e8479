using System;
using System.Text.RegularExpressions;

namespace DocAnalyzers.EndToEnd.Tests.Infrastructure;

/// <summary>
/// One diagnostic line of MSBuild's console output:
/// <c>/repo/README.md(7,1): warning DOC200: Required section 'X' is missing (https://help) [/repo/Lib.csproj]</c>,
/// or <c>CSC : warning DOC200: ...</c> for a diagnostic without a location. Detailed verbosity puts
/// the node and project ids before it (<c>1:7&gt;</c>).
/// </summary>
internal sealed record BuildDiagnostic(string Origin, int? Line, int? Column, string Severity, string Id, string Message, string? HelpLink, string? Project)
{
    private static readonly Regex Format = new(
        @"^\s*(?:\d+(?::\d+)?>)?(?<origin>.*?)(?:\((?<line>\d+),(?<column>\d+)(?:,\d+,\d+)?\))?\s*:\s*(?<severity>warning|error)\s+(?<id>[A-Za-z]+\d+)\s*:\s*(?<message>.*?)(?:\s+\((?<help>https?://[^\s()]+)\))?(?:\s+\[(?<project>[^\]]+)\])?\s*$",
        RegexOptions.CultureInvariant);

    public static BuildDiagnostic? TryParse(string line)
    {
        Match match = Format.Match(line);
        if (!match.Success)
        {
            return null;
        }

        return new BuildDiagnostic(
            match.Groups["origin"].Value.Trim(),
            match.Groups["line"].Success ? int.Parse(match.Groups["line"].Value) : null,
            match.Groups["column"].Success ? int.Parse(match.Groups["column"].Value) : null,
            match.Groups["severity"].Value,
            match.Groups["id"].Value,
            match.Groups["message"].Value,
            match.Groups["help"].Success ? match.Groups["help"].Value : null,
            match.Groups["project"].Success ? match.Groups["project"].Value : null);
    }

    /// <summary>
    /// The diagnostic as tests write it, with the file relative to <paramref name="root"/> and no project:
    /// <c>README.md(7,1): warning DOC200: message</c>, or <c>CSC: warning DOC200: message</c>.
    /// </summary>
    public string Describe(string root)
    {
        string location = Line is null ? Origin : $"{Relative(root, Origin)}({Line},{Column})";
        return $"{location}: {Severity} {Id}: {Message}";
    }

    private static string Relative(string root, string path) =>
        System.IO.Path.IsPathRooted(path)
            ? System.IO.Path.GetRelativePath(root, path).Replace('\\', '/')
            : path.Replace('\\', '/');
}
