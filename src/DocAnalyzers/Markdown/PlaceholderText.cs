using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis.Text;

namespace DocAnalyzers.Markdown;

/// <summary>
/// Recognises text that stands in for content not written yet: a block that begins with a marker
/// such as TODO, TBD, FIXME, "coming soon" or "lorem ipsum", or is only an ellipsis.
/// </summary>
internal static class PlaceholderText
{
    // Leading list markers, quote markers, emphasis and brackets come before the marker.
    // The marker must end the block or be followed by something other than a letter, so that
    // "TODO: describe the servers" is a placeholder and "Todoist integration" is not.
    private static readonly Regex Marker = new(
        @"^[\s>*_~`(\[\-+]*(?<marker>todo|tbd|tba|tbc|fixme|xxx|wip|to[ -]do|to be (?:done|determined|decided|defined|added|written|completed|confirmed)|coming soon|work in progress|placeholder|lorem ipsum|fill (?:me )?in|\.\.\.|…)(?![\p{L}\p{N}])",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    /// <summary>Returns the marker the text at <paramref name="span"/> begins with, or null when it is real content.</summary>
    public static string? FindMarker(string source, TextSpan span)
    {
        Match match = Marker.Match(source, span.Start, span.Length);
        return match.Success ? match.Groups["marker"].Value : null;
    }
}
