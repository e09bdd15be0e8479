using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;

namespace DocAnalyzers.ApiDocs;

/// <summary>
/// A quick, conservative reading of a `///` comment's text that answers "the compiler certainly finds no XML error
/// here" for the plain XML most comments are: elements with simple names, quoted attributes on one line, text, and the
/// five named entities. Anything else (CDATA, XML comments, numeric or unknown entities, a tag across lines, a cref or
/// name attribute the compiler would read as code, control characters, `/**` comments) is left to the compiler's
/// parser, which decides. A false "certain" would lose a DOC111 in documentation mode Parse, so every doubt says no;
/// the mode-invariance property test holds it to the compiler's CS1570. One instance reads the comments of one
/// file, one after another, reusing its buffers.
/// A comment it vouches for can also be read from this scan alone (<see cref="Read"/>): its top-level elements, with
/// what the rules ask of them, so that documentation mode None need not parse it.
/// </summary>
internal sealed class WellFormedComment
{
    private static readonly string[] Entities = { "&lt;", "&gt;", "&amp;", "&quot;", "&apos;" };

    private readonly List<(int Start, int Length)> open = new();
    private readonly List<(int Start, int Length)> attributes = new();
    private char[] chars = new char[256];
    private int end;
    private int position;
    private int lineEnd;

    // While reading (Read): the comment's place in the file, its elements, and the top-level element being read.
    private ImmutableArray<LightElement>.Builder? elements;
    private ImmutableArray<LightElement>.Builder? reused;
    private SourceText? source;
    private int offset;
    private LightElement? current;

    public bool IsCertain(SourceText text, TextSpan span)
    {
        elements = null;
        return Scan(text, span);
    }

    /// <summary>The comment's top-level elements, or null when it is not certainly well-formed (then it must be parsed).</summary>
    public ImmutableArray<LightElement>? Read(SourceText text, TextSpan span)
    {
        // One builder for every comment of the file: most comments have a handful of elements.
        reused ??= ImmutableArray.CreateBuilder<LightElement>();
        reused.Clear();
        elements = reused;
        source = text;
        offset = span.Start;
        current = null;
        bool certain = Scan(text, span);
        elements = null;
        return certain ? reused.ToImmutable() : null;
    }

    private bool Scan(SourceText text, TextSpan span)
    {
        if (chars.Length < span.Length)
        {
            chars = new char[System.Math.Max(span.Length, chars.Length * 2)];
        }

        text.CopyTo(span.Start, chars, 0, span.Length);
        end = span.Length;
        position = 0;
        lineEnd = 0;
        open.Clear();
        return Run();
    }

    private bool Run()
    {
        while (position < end)
        {
            if (!StartLine())
            {
                return false;
            }

            while (position < lineEnd)
            {
                char c = chars[position];
                bool read = c switch
                {
                    '<' => Tag(),
                    '&' => Entity(),
                    ']' => !Follows("]]>") && Next(),
                    _ => IsTextCharacter(c) && Next(),
                };

                if (!read)
                {
                    return false;
                }
            }

            position = SkipLineBreak(lineEnd);
        }

        return open.Count == 0;
    }

    // Each line is white space, `///` (not a fourth slash), then content up to the line break.
    private bool StartLine()
    {
        while (position < end && chars[position] is ' ' or '\t')
        {
            position++;
        }

        if (end - position < 3 || chars[position] != '/' || chars[position + 1] != '/' || chars[position + 2] != '/'
            || (end - position > 3 && chars[position + 3] == '/'))
        {
            return false;
        }

        position += 3;
        lineEnd = position;
        while (lineEnd < end && chars[lineEnd] is not ('\r' or '\n'))
        {
            lineEnd++;
        }

        return true;
    }

    private int SkipLineBreak(int at)
    {
        if (at < end && chars[at] == '\r')
        {
            at++;
        }

        if (at < end && chars[at] == '\n')
        {
            at++;
        }

        return at;
    }

    private bool Next()
    {
        position++;
        return true;
    }

    private bool Follows(string expected)
    {
        if (lineEnd - position < expected.Length)
        {
            return false;
        }

        for (int i = 0; i < expected.Length; i++)
        {
            if (chars[position + i] != expected[i])
            {
                return false;
            }
        }

        return true;
    }

    // &lt; &gt; &amp; &quot; &apos; only: numeric and other entities go to the parser.
    private bool Entity()
    {
        foreach (string entity in Entities)
        {
            if (Follows(entity))
            {
                position += entity.Length;
                return true;
            }
        }

        return false;
    }

    private bool Tag()
    {
        int tagStart = position;
        position++;
        if (position < lineEnd && chars[position] == '/')
        {
            position++;
            if (!Name(out int nameStart, out int nameLength) || open.Count == 0 || !SameName(open[open.Count - 1], nameStart, nameLength))
            {
                return false;
            }

            open.RemoveAt(open.Count - 1);
            SkipSpaces();
            if (position < lineEnd && chars[position] == '>' && Next())
            {
                if (open.Count == 0 && current is not null)
                {
                    current.Close(offset + tagStart, offset + position);
                    current = null;
                }

                return true;
            }

            return false;
        }

        if (!Name(out int start, out int length))
        {
            return false;
        }

        if (elements is not null && open.Count == 0)
        {
            current = new LightElement(source!, ElementName(start, length), offset + tagStart);
            elements.Add(current);
        }
        else if (current is not null && open.Count == 1)
        {
            current.HasChildElements = true;
        }

        attributes.Clear();
        while (true)
        {
            bool spaced = SkipSpaces();
            if (position >= lineEnd)
            {
                return false;
            }

            if (chars[position] == '>')
            {
                open.Add((start, length));
                Next();
                if (open.Count == 1 && current is not null)
                {
                    current.EndStartTag(offset + position);
                }

                return true;
            }

            if (chars[position] == '/')
            {
                if (position + 1 < lineEnd && chars[position + 1] == '>' && Next() && Next())
                {
                    if (open.Count == 0 && current is not null)
                    {
                        current.EndEmpty(offset + position);
                        current = null;
                    }

                    return true;
                }

                return false;
            }

            if (!spaced || !Attribute(start, length))
            {
                return false;
            }
        }
    }

    // The names nearly every comment uses are the same strings each time, not a new one per element.
    private string ElementName(int start, int length) =>
        length switch
        {
            7 when Is(start, length, "summary") => "summary",
            5 when Is(start, length, "param") => "param",
            7 when Is(start, length, "returns") => "returns",
            9 when Is(start, length, "typeparam") => "typeparam",
            7 when Is(start, length, "remarks") => "remarks",
            10 when Is(start, length, "inheritdoc") => "inheritdoc",
            9 when Is(start, length, "exception") => "exception",
            5 when Is(start, length, "value") => "value",
            7 when Is(start, length, "example") => "example",
            _ => new string(chars, start, length),
        };

    private bool Attribute(int elementStart, int elementLength)
    {
        if (!Name(out int nameStart, out int nameLength))
        {
            return false;
        }

        foreach ((int Start, int Length) seen in attributes)
        {
            if (SameName(seen, nameStart, nameLength))
            {
                return false;
            }
        }

        attributes.Add((nameStart, nameLength));
        SkipSpaces();
        if (position >= lineEnd || chars[position] != '=')
        {
            return false;
        }

        position++;
        SkipSpaces();
        if (position >= lineEnd || chars[position] is not ('"' or '\''))
        {
            return false;
        }

        char quote = chars[position++];
        int valueStart = position;
        while (position < lineEnd && chars[position] != quote)
        {
            char c = chars[position];
            if (c is '<' or '&' || !IsTextCharacter(c))
            {
                return false;
            }

            position++;
        }

        if (position >= lineEnd)
        {
            return false;
        }

        // The compiler reads a cref as code and a parameter's name as an identifier: only plain ones are certain.
        int valueLength = position - valueStart;
        position++;
        if (current is not null && open.Count == 0)
        {
            current.AddAttribute(new string(chars, nameStart, nameLength), new TextSpan(offset + valueStart, valueLength));
        }

        if (Is(nameStart, nameLength, "cref"))
        {
            return IsPlainCref(valueStart, valueLength);
        }

        if (Is(nameStart, nameLength, "name") && (Is(elementStart, elementLength, "param") || Is(elementStart, elementLength, "paramref")
            || Is(elementStart, elementLength, "typeparam") || Is(elementStart, elementLength, "typeparamref")))
        {
            return IsIdentifier(valueStart, valueLength);
        }

        return true;
    }

    // An XML name without a prefix, right where the reading stands: a letter or `_`, then letters, digits, `_`, `-`, `.`.
    private bool Name(out int start, out int length)
    {
        start = position;
        if (position >= lineEnd || !(IsAsciiLetter(chars[position]) || chars[position] == '_'))
        {
            length = 0;
            return false;
        }

        while (position < lineEnd && (IsAsciiLetter(chars[position]) || IsAsciiDigit(chars[position]) || chars[position] is '_' or '-' or '.'))
        {
            position++;
        }

        length = position - start;
        return position < lineEnd && chars[position] is ' ' or '\t' or '>' or '/' or '=';
    }

    private bool SkipSpaces()
    {
        int start = position;
        while (position < lineEnd && chars[position] is ' ' or '\t')
        {
            position++;
        }

        return position > start;
    }

    private bool IsPlainCref(int start, int length)
    {
        int depth = 0;
        for (int i = start; i < start + length; i++)
        {
            char c = chars[i];
            if (c is '(' or '{' or '[')
            {
                depth++;
            }
            else if (c is ')' or '}' or ']')
            {
                depth--;
            }
            else if (!(IsAsciiLetter(c) || IsAsciiDigit(c) || c is '_' or '.' or ',' or ' ' or ':' or '`' or '@' or '?' or '*'))
            {
                return false;
            }

            if (depth < 0)
            {
                return false;
            }
        }

        return length > 0 && depth == 0;
    }

    private bool IsIdentifier(int start, int length)
    {
        if (length == 0 || !(IsAsciiLetter(chars[start]) || chars[start] == '_'))
        {
            return false;
        }

        for (int i = start + 1; i < start + length; i++)
        {
            if (!(IsAsciiLetter(chars[i]) || IsAsciiDigit(chars[i]) || chars[i] == '_'))
            {
                return false;
            }
        }

        return true;
    }

    private bool SameName((int Start, int Length) name, int start, int length)
    {
        if (name.Length != length)
        {
            return false;
        }

        for (int i = 0; i < length; i++)
        {
            if (chars[name.Start + i] != chars[start + i])
            {
                return false;
            }
        }

        return true;
    }

    private bool Is(int start, int length, string expected)
    {
        if (length != expected.Length)
        {
            return false;
        }

        for (int i = 0; i < length; i++)
        {
            if (chars[start + i] != expected[i])
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsAsciiLetter(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');

    private static bool IsAsciiDigit(char c) => c >= '0' && c <= '9';

    // What XML allows in text, less what only the parser should judge: controls, surrogates, non-characters, other line breaks.
    private static bool IsTextCharacter(char c) =>
        c == '\t' || (c >= ' ' && c < '\u007F') || (c > '\u009F' && c < '\uD800') || (c > '\uDFFF' && c < '\uFFFE' && c is not ('\u2028' or '\u2029'));
}
