using System.Text;
using System.Text.RegularExpressions;

namespace DocAnalyzers.Markdown;

/// <summary>
/// Reduces a heading's text to the key sections are matched by, forgiving the ways people write
/// a title: case, emphasis, links, leading numbering, trailing colons and attributes, '&amp;' for 'and'.
/// </summary>
internal static class SectionTitle
{
    // Each pattern is anchored and free of nested quantifiers, so it stays linear on any input.
    private static readonly Regex TrailingAttributes = new(@"\s*\{[^{}]*\}\s*$", RegexOptions.CultureInvariant);
    private static readonly Regex InlineLink = new(@"!?\[([^\[\]]*)\](?:\([^()]*\)|\[[^\[\]]*\])?", RegexOptions.CultureInvariant);
    private static readonly Regex HtmlTag = new(@"<[^<>]*>", RegexOptions.CultureInvariant);
    private static readonly Regex LeadingNumber = new(
        @"^(?:\d+(?:\.\d+)*\.?\)?|[ivxlc]+[.)]|§\s*\d+(?:\.\d+)*)\s+",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    /// <summary>Returns the comparison key of <paramref name="title"/>, or an empty string when nothing is left.</summary>
    public static string Normalize(string title)
    {
        string text = TrailingAttributes.Replace(title, string.Empty);
        text = InlineLink.Replace(text, "$1");
        text = HtmlTag.Replace(text, " ");

        var builder = new StringBuilder(text.Length);
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c is '*' or '`' or '~')
            {
                continue;
            }

            // Underscore is emphasis at a word's edge, part of the word inside it (snake_case).
            if (c == '_' && (i == 0 || i == text.Length - 1 || !char.IsLetterOrDigit(text[i - 1]) || !char.IsLetterOrDigit(text[i + 1])))
            {
                continue;
            }

            if (c == '&')
            {
                builder.Append(" and ");
                continue;
            }

            builder.Append(char.IsWhiteSpace(c) ? ' ' : char.ToLowerInvariant(c));
        }

        text = TrimSymbols(builder.ToString());
        text = LeadingNumber.Replace(text, string.Empty);
        return CollapseSpaces(TrimSymbols(text));
    }

    // Strips what surrounds the words: '#'s, colons, dots, dashes, emoji and other symbols.
    private static string TrimSymbols(string text)
    {
        int start = 0;
        int end = text.Length;
        while (start < end && !IsWordStart(text[start]))
        {
            start++;
        }

        while (end > start && !IsWordEnd(text[end - 1]))
        {
            end--;
        }

        return text.Substring(start, end - start);
    }

    private static bool IsWordStart(char c) => char.IsLetterOrDigit(c) || c == '§';

    private static bool IsWordEnd(char c) => char.IsLetterOrDigit(c) || c == ')' || c == '+';

    private static string CollapseSpaces(string text)
    {
        var builder = new StringBuilder(text.Length);
        bool space = false;
        foreach (char c in text)
        {
            if (c == ' ')
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}
