using Microsoft.CodeAnalysis;

namespace DocAnalyzers.ApiDocs.Rules;

/// <summary>
/// DOC108: the summary is a placeholder marker such as TODO, or only repeats the member's name; or another tag
/// (<c>&lt;param&gt;</c>, <c>&lt;returns&gt;</c>, ...) is a placeholder marker.
/// </summary>
internal static class PlaceholderRule
{
    public static void Analyze(DocumentedMember member)
    {
        AnalyzeSummary(member);

        // The code fixes write TODO prompts into the tags they cannot draft; those must not pass unnoticed either.
        foreach (DocElement element in member.Comment.Elements)
        {
            if (element.Name != "summary" && !element.HasChildElements && FindMarker(element.Text()) is { } marker)
            {
                string tag = element.NameAttribute() is { } name ? $"<{element.Name} name=\"{name}\">" : $"<{element.Name}>";
                member.Report(Descriptors.PlaceholderDocumentation, element.TagLocation, tag, member.DisplayName, $"'{marker}'");
            }
        }
    }

    /// <summary>True when the member's summary is one DOC108 reports, whether or not DOC108 runs.</summary>
    public static bool HasPlaceholderSummary(DocumentedMember member) =>
        member.Summary is { HasChildElements: false } && member.SummaryText.Length > 0 && IsPlaceholder(member.SummaryText, member.Symbol);

    private static void AnalyzeSummary(DocumentedMember member)
    {
        if (member.Summary is not { } summary || summary.HasChildElements || member.SummaryText.Length == 0)
        {
            return;
        }

        string text = member.SummaryText;
        if (FindMarker(text) is { } marker)
        {
            member.Report(Descriptors.PlaceholderDocumentation, summary.TagLocation, "summary", member.DisplayName, $"'{marker}'");
            return;
        }

        string name = NameOf(member.Symbol);
        if (SameLettersAndDigits(text, name))
        {
            member.Report(Descriptors.PlaceholderDocumentation, summary.TagLocation, "summary", member.DisplayName, $"only the name '{name}'");
        }
    }

    /// <summary>True when DOC108 would report a summary with this text (and no child elements) on the symbol.</summary>
    public static bool IsPlaceholder(string text, ISymbol symbol) => FindMarker(text) is not null || SameLettersAndDigits(text, NameOf(symbol));

    private static string NameOf(ISymbol symbol) => symbol.Name == ".ctor" ? symbol.ContainingType.Name : symbol.Name;

    /// <summary>The marker the text starts with, as written, or null.</summary>
    /// <remarks>
    /// A marker (one of <see cref="PlaceholderMarkers"/>) is matched at the start of the text, ignoring case. It must be
    /// the whole text (give or take punctuation) or be followed by a colon or a dash, so "TODO: describe" and "TBD." are
    /// placeholders while "Todo list item." is a real summary.
    /// </remarks>
    public static string? FindMarker(string text)
    {
        int start = 0;
        while (start < text.Length && !char.IsLetterOrDigit(text[start]) && text[start] is not ('.' or '\u2026'))
        {
            start++;
        }

        foreach (string marker in PlaceholderMarkers.All)
        {
            if (string.Compare(text, start, marker, 0, marker.Length, System.StringComparison.OrdinalIgnoreCase) == 0
                && EndsMarker(text, start + marker.Length))
            {
                return text.Substring(start, marker.Length);
            }
        }

        return null;
    }

    private static bool EndsMarker(string text, int end)
    {
        int i = end;
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        if (i < text.Length && text[i] is ':' or '-' or '\u2013' or '\u2014')
        {
            return true;
        }

        for (i = end; i < text.Length; i++)
        {
            if (char.IsLetterOrDigit(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True when both hold the same letters and digits, ignoring case: "Get value." and "GetValue".</summary>
    private static bool SameLettersAndDigits(string text, string name)
    {
        int i = 0;
        int j = 0;
        while (true)
        {
            while (i < text.Length && !char.IsLetterOrDigit(text[i]))
            {
                i++;
            }

            while (j < name.Length && !char.IsLetterOrDigit(name[j]))
            {
                j++;
            }

            if (i == text.Length || j == name.Length)
            {
                return i == text.Length && j == name.Length;
            }

            if (char.ToUpperInvariant(text[i]) != char.ToUpperInvariant(name[j]))
            {
                return false;
            }

            i++;
            j++;
        }
    }
}
