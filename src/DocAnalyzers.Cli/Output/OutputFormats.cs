using System.Collections.Generic;

namespace DocAnalyzers.Cli.Output;

/// <summary>The formats of <c>check --format</c>, each with its formatter.</summary>
internal static class OutputFormats
{
    public const string Text = "text";
    public const string Json = "json";
    public const string Sarif = "sarif";
    public const string GitHub = "github";

    public static IReadOnlyList<string> Names { get; } = new[] { Text, Json, Sarif, GitHub };

    /// <param name="colour">Whether the text format may colour severities (stdout is a terminal, NO_COLOR unset).</param>
    public static IResultFormatter For(string name, bool colour) => name switch
    {
        Json => new JsonFormatter(),
        Sarif => new SarifFormatter(),
        GitHub => new GitHubFormatter(),
        _ => new TextFormatter(colour),
    };
}
