using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis.Text;

namespace DocAnalyzers.Markdown;

/// <summary>
/// Recognises text that stands in for content not written yet: a block that begins with one of the
/// <see cref="PlaceholderMarkers"/>, such as TODO, TBD, FIXME, "coming soon" or "lorem ipsum", or is only an ellipsis.
/// </summary>
internal static class PlaceholderText
{
    // Leading list markers, quote markers, emphasis and brackets come before the marker.
    // The marker must end the block or be followed by something other than a letter, so that
    // "TODO: describe the servers" is a placeholder and "Todoist integration" is not.
    private static readonly Regex Marker = new(
        @"^[\s>*_~`(\[\-+]*(?<marker>" + string.Join("|", PlaceholderMarkers.All.Select(Regex.Escape)) + @")(?![\p{L}\p{N}])",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    /// <summary>Returns the marker the text at <paramref name="span"/> begins with, or null when it is real content.</summary>
    public static string? FindMarker(string source, TextSpan span)
    {
        Match match = Marker.Match(source, span.Start, span.Length);
        return match.Success ? match.Groups["marker"].Value : null;
    }
}
