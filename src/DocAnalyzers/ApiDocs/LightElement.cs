using System.Collections.Generic;
using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace DocAnalyzers.ApiDocs;

/// <summary>
/// A top-level element of a comment <see cref="WellFormedComment"/> vouched for, read from that scan instead of a
/// parse: what the rules ask of an element (<see cref="DocElement"/>), at its places in the file, answered as the
/// compiler's syntax answers it.
/// </summary>
internal sealed class LightElement
{
    private readonly SourceText text;
    private List<(string Name, TextSpan Value)>? attributes;
    private int tagEnd;
    private int contentStart;
    private int contentEnd;
    private int end;

    public LightElement(SourceText text, string name, int start)
    {
        this.text = text;
        Name = name;
        Start = start;
    }

    public string Name { get; }

    /// <summary>Where the element's `&lt;` is in the file.</summary>
    public int Start { get; }

    /// <summary>The whole element, start tag to end tag.</summary>
    public TextSpan Span => TextSpan.FromBounds(Start, end);

    /// <summary>The start tag, or the whole element when it is empty.</summary>
    public TextSpan TagSpan => TextSpan.FromBounds(Start, tagEnd);

    public bool HasChildElements { get; set; }

    public void AddAttribute(string name, TextSpan value) => (attributes ??= new List<(string Name, TextSpan Value)>()).Add((name, value));

    public void EndStartTag(int position) => tagEnd = contentStart = position;

    public void EndEmpty(int position) => tagEnd = contentStart = contentEnd = end = position;

    public void Close(int endTagStart, int position)
    {
        contentEnd = endTagStart;
        end = position;
    }

    public bool HasAttribute(string name) => ValueSpan(name) is not null;

    /// <summary>Where the value of the attribute is (inside its quotes), or null without one.</summary>
    public TextSpan? ValueSpan(string name)
    {
        if (attributes is not null)
        {
            foreach ((string Name, TextSpan Value) attribute in attributes)
            {
                if (attribute.Name == name)
                {
                    return attribute.Value;
                }
            }
        }

        return null;
    }

    /// <summary>The attribute's value without surrounding white space, as the syntax gives a cref or a name.</summary>
    public string? Value(string name) => ValueSpan(name) is { } span ? text.ToString(span).Trim() : null;

    /// <summary>
    /// The element's own text, as the compiler's XML text tokens give it: child elements left out, each line's `///`
    /// too, the five entities decoded, and a break around each entity and child element, as between two tokens.
    /// </summary>
    public StringBuilder RawText()
    {
        var result = new StringBuilder(contentEnd - contentStart);
        int depth = 0;
        int i = contentStart;
        while (i < contentEnd)
        {
            char c = text[i];
            if (c == '<')
            {
                // Well-formed: a start, end or empty tag, closed on its line by '>'.
                bool closing = text[i + 1] == '/';
                int close = i;
                while (text[close] != '>')
                {
                    close++;
                }

                depth += closing ? -1 : text[close - 1] == '/' ? 0 : 1;
                result.Append(' ');
                i = close + 1;
                continue;
            }

            if (depth > 0)
            {
                i++;
                continue;
            }

            if (c is '\r' or '\n')
            {
                // The next line's exterior: white space, then `///`.
                result.Append(' ');
                i++;
                while (i < contentEnd && text[i] is '\r' or '\n' or ' ' or '\t')
                {
                    i++;
                }

                if (i + 2 < contentEnd && text[i] == '/' && text[i + 1] == '/' && text[i + 2] == '/')
                {
                    i += 3;
                }

                continue;
            }

            if (c == '&')
            {
                int semicolon = i;
                while (text[semicolon] != ';')
                {
                    semicolon++;
                }

                result.Append(' ').Append(Decode(text.ToString(TextSpan.FromBounds(i, semicolon + 1)))).Append(' ');
                i = semicolon + 1;
                continue;
            }

            result.Append(c);
            i++;
        }

        return result;
    }

    private static char Decode(string entity) =>
        entity switch
        {
            "&lt;" => '<',
            "&gt;" => '>',
            "&amp;" => '&',
            "&quot;" => '"',
            _ => '\'',
        };
}
