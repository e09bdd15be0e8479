using System.Text;
using System.Text.RegularExpressions;

namespace DocAnalyzers.ApiDocs.Rules;

/// <summary>DOC108: the summary is a placeholder marker such as TODO, or only repeats the member's name.</summary>
internal static class PlaceholderRule
{
    // The marker must be the whole summary or be followed by punctuation, so "TODO: describe" and
    // "TBD." are placeholders while "Todo list item." is a real summary.
    private static readonly Regex Marker = new(
        @"^\W*(?<marker>todo|tbd|tba|tbc|fixme|xxx|to[ -]do|to be (?:done|determined|decided|defined|added|written|completed)|coming soon|placeholder|lorem ipsum|\.\.\.|…)(?:\W*$|\s*[:\-–—])",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    public static void Analyze(DocumentedMember member)
    {
        if (member.Comment.Find("summary") is not { } summary || summary.HasChildElements)
        {
            return;
        }

        string text = summary.Text();
        if (text.Length == 0)
        {
            return;
        }

        Match marker = Marker.Match(text);
        if (marker.Success)
        {
            member.Report(Descriptors.PlaceholderDocumentation, summary.TagLocation, member.DisplayName, $"'{marker.Groups["marker"].Value}'");
            return;
        }

        string name = member.Symbol.Name == ".ctor" ? member.Symbol.ContainingType.Name : member.Symbol.Name;
        if (LettersAndDigits(text) == LettersAndDigits(name))
        {
            member.Report(Descriptors.PlaceholderDocumentation, summary.TagLocation, member.DisplayName, $"only the name '{name}'");
        }
    }

    private static string LettersAndDigits(string text)
    {
        var result = new StringBuilder(text.Length);
        foreach (char c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                result.Append(char.ToUpperInvariant(c));
            }
        }

        return result.ToString();
    }
}
