using System;
using System.Text;
using System.Text.RegularExpressions;

namespace DocAnalyzers.Markdown;

/// <summary>
/// Reads a heading's words as a reader sees them: <see cref="Display"/> drops the markup around them
/// (images and badges, emoji shortcodes, HTML entities and anchors, link syntax, emphasis, attributes),
/// and <see cref="Normalize"/> reduces that to a comparison key (case, numbering, '&amp;' for 'and').
/// </summary>
internal static class SectionTitle
{
    // Each pattern is anchored or free of nested quantifiers, so it stays linear on any input.
    private static readonly Regex TrailingAttributes = new(@"\s*\{[^{}]*\}\s*$", RegexOptions.CultureInvariant);
    private static readonly Regex Image = new(@"!\[[^\[\]]*\](?:\([^()]*\)|\[[^\[\]]*\])?", RegexOptions.CultureInvariant);
    private static readonly Regex InlineLink = new(@"\[([^\[\]]*)\](?:\([^()]*\)|\[[^\[\]]*\])?", RegexOptions.CultureInvariant);
    private static readonly Regex HtmlTag = new(@"<[^<>]*>", RegexOptions.CultureInvariant);
    private static readonly Regex EmojiShortcode = new(@"(?<![\w:]):[a-z0-9_+\-]{1,40}:(?![\w:])", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);
    private static readonly Regex Entity = new(@"&(?:#(?<dec>[0-9]{1,7})|#[xX](?<hex>[0-9a-fA-F]{1,6})|(?<name>[a-zA-Z]{2,8}));", RegexOptions.CultureInvariant);
    private static readonly Regex LeadingNumber = new(
        @"^(?:\d+(?:\.\d+)*\.?\)?|[ivxlc]+[.)]|§\s*\d+(?:\.\d+)*)\s+",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    /// <summary>
    /// The heading's text without its markup: what a message quotes and what the words are read from.
    /// Numbering stays (a message names the heading as written); trailing <c>#</c>s and colons go.
    /// </summary>
    public static string Display(string title)
    {
        string text = TrailingAttributes.Replace(title, string.Empty);
        text = Image.Replace(text, " ");
        text = InlineLink.Replace(text, "$1");
        text = HtmlTag.Replace(text, " ");
        text = EmojiShortcode.Replace(text, " ");
        text = Entity.Replace(text, DecodeEntity);

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

            builder.Append(char.IsWhiteSpace(c) ? ' ' : c);
        }

        return CollapseSpaces(TrimSymbols(builder.ToString()));
    }

    /// <summary>True when the heading's text, markup aside, ends as a sentence does, with '.' or '!' ("Ready. Sell. Grow.").</summary>
    public static bool EndsSentence(string title)
    {
        string text = HtmlTag.Replace(Image.Replace(TrailingAttributes.Replace(title, string.Empty), " "), " ").TrimEnd(' ', '\t', '*', '_', '`');
        return text.EndsWith(".", StringComparison.Ordinal) || text.EndsWith("!", StringComparison.Ordinal);
    }

    /// <summary>Returns the comparison key of <paramref name="title"/>, or an empty string when nothing is left.</summary>
    public static string Normalize(string title) => KeyOfDisplay(Display(title));

    /// <summary>The comparison key of a title already cleaned by <see cref="Display"/>, which is the costly part.</summary>
    public static string KeyOfDisplay(string display)
    {
        string text = display.ToLowerInvariant().Replace("&", " and ");
        text = LeadingNumber.Replace(text, string.Empty);
        return CollapseSpaces(TrimSymbols(text));
    }

    // Collapses runs of whitespace to one space and trims the ends.
    private static string CollapseSpaces(string text)
    {
        var builder = new StringBuilder(text.Length);
        bool space = false;
        foreach (char c in text)
        {
            if (char.IsWhiteSpace(c))
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

    private static string DecodeEntity(Match match)
    {
        int code = -1;
        if (match.Groups["dec"].Success)
        {
            code = int.Parse(match.Groups["dec"].Value, System.Globalization.CultureInfo.InvariantCulture);
        }
        else if (match.Groups["hex"].Success)
        {
            code = int.Parse(match.Groups["hex"].Value, System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture);
        }

        if (code >= 0)
        {
            return code is >= 0x20 and < 0xD800 ? ((char)code).ToString() : " ";
        }

        return match.Groups["name"].Value.ToLowerInvariant() switch
        {
            "amp" => "&",
            "quot" => "\"",
            "apos" => "'",
            "ndash" or "mdash" => "-",
            _ => " ",
        };
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
}
