using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace DocAnalyzers.ApiDocs;

/// <summary>
/// The second XML check the compiler makes (in documentation mode Diagnose, as it writes the documentation file):
/// each comment of a declared member that its own parser accepted is read again by System.Xml, which rejects what
/// that parser lets through, such as control characters and undeclared namespace prefixes. The compiler reports that
/// as CS1570 at the start of the comment, with System.Xml's message; so does this, without the message's position,
/// which counts in the compiler's internal copy of the comment, not in the file.
/// </summary>
internal static class DocumentationXmlCheck
{
    private static readonly XmlReaderSettings Settings = new() { DtdProcessing = DtdProcessing.Prohibit };

    private static readonly string[] LineBreaks = { "\r\n", "\r", "\n" };

    private static readonly Regex Position = new(@"\s*Line \d+, position \d+\.$", RegexOptions.CultureInvariant);

    /// <summary>
    /// Adds this check's errors to the parser's <paramref name="errors"/>, where the compiler makes the check: on the
    /// comments of a declaration none of whose comments its parser found an error in. A comment
    /// <see cref="WellFormedComment"/> vouches for passes it, so only the <paramref name="uncertain"/> ones (indexes
    /// into <paramref name="spans"/>) are looked at.
    /// </summary>
    public static void AddErrors(SyntaxTree tree, List<TextSpan> spans, List<int> uncertain, ImmutableArray<FileComments.XmlError>.Builder errors)
    {
        if (uncertain.Count == 0)
        {
            return;
        }

        ImmutableArray<FileComments.XmlError> parsedErrors = errors.ToImmutable();
        SyntaxNode root = tree.GetRoot();
        SourceText text = tree.GetText();
        foreach (int index in uncertain)
        {
            TextSpan comment = spans[index];
            if (HasError(parsedErrors, comment, text) || DocumentedDeclaration(root, comment) is not int declaration
                || NeighbourHasError(root, spans, index, declaration, parsedErrors, text))
            {
                continue;
            }

            if (Error(text, comment) is { } reason)
            {
                // Where the compiler puts it: the comment's start, after its `///` or `/**`.
                errors.Add(new FileComments.XmlError(new TextSpan(comment.Start + 3, 0), reason));
            }
        }
    }

    // The other comments of the same declaration are the ones next to this one that document it too.
    private static bool NeighbourHasError(SyntaxNode root, List<TextSpan> spans, int index, int declaration, ImmutableArray<FileComments.XmlError> parsedErrors, SourceText text)
    {
        for (int step = -1; step <= 1; step += 2)
        {
            for (int other = index + step; other >= 0 && other < spans.Count && DocumentedDeclaration(root, spans[other]) == declaration; other += step)
            {
                if (HasError(parsedErrors, spans[other], text))
                {
                    return true;
                }
            }
        }

        return false;
    }

    // An error at a comment's end (an element it never closes) is the comment's too: the compiler puts it after the line break.
    private static bool HasError(ImmutableArray<FileComments.XmlError> errors, TextSpan comment, SourceText text)
    {
        int end = comment.End;
        if (end < text.Length && text[end] == '\r' && end + 1 < text.Length && text[end + 1] == '\n')
        {
            end += 2;
        }
        else if (end < text.Length && SyntaxFacts.IsNewLine(text[end]))
        {
            end++;
        }

        foreach (FileComments.XmlError error in errors)
        {
            if (error.Span.Start >= comment.Start && error.Span.Start <= end)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The start of the declaration whose documentation comment <paramref name="comment"/> is (the first token after it
    /// begins a type, a member or an enum member, attributes included), or null: the compiler checks no other comment.
    /// </summary>
    private static int? DocumentedDeclaration(SyntaxNode root, TextSpan comment)
    {
        SyntaxToken token = root.FindToken(comment.End);
        if (token.Span.End <= comment.Start)
        {
            // In None mode a `///` after code on its line is the previous token's trailing trivia.
            token = token.GetNextToken();
        }

        // Code the parser skipped between them makes the comment trivia of that code, documenting nothing.
        if (SkippedAfter(token.GetPreviousToken().TrailingTrivia, comment.End) || SkippedAfter(token.LeadingTrivia, comment.End))
        {
            return null;
        }

        for (SyntaxNode? node = token.Parent; node is not null && node.SpanStart == token.SpanStart; node = node.Parent)
        {
            switch (node)
            {
                case BaseNamespaceDeclarationSyntax or GlobalStatementSyntax or IncompleteMemberSyntax:
                    return null;
                case MemberDeclarationSyntax or EnumMemberDeclarationSyntax:
                    return node.SpanStart;
            }
        }

        return null;
    }

    private static bool SkippedAfter(SyntaxTriviaList trivia, int position)
    {
        foreach (SyntaxTrivia item in trivia)
        {
            if (item.IsKind(SyntaxKind.SkippedTokensTrivia) && item.SpanStart >= position)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>System.Xml's objection to the comment at <paramref name="comment"/> (`///` lines or `/** */`), or null.</summary>
    private static string? Error(SourceText text, TextSpan comment)
    {
        string raw = text.ToString(comment);
        if (!MayObject(raw))
        {
            return null;
        }

        bool multiLine = raw.StartsWith("/**", StringComparison.Ordinal);

        string content = Content(raw, multiLine);
        try
        {
            using var reader = XmlReader.Create(new StringReader("<_root><_comment>" + content + "</_comment></_root>"), Settings);
            while (reader.Read())
            {
                if (reader.Depth == 1 && reader.NodeType == XmlNodeType.EndElement)
                {
                    return null;
                }
            }

            return null;
        }
        catch (XmlException e)
        {
            return Position.Replace(e.Message, string.Empty);
        }
    }

    /// <summary>
    /// False when System.Xml certainly accepts what the compiler's parser accepted, in a `///` comment: no character XML
    /// forbids, no character reference, processing instruction or `]]&gt;`, and no `:` or other character past ASCII in a
    /// tag outside quotes (a namespace prefix). A `/** */` comment may keep its `*`s inside a tag once formatted, so it
    /// is always checked. Creating an XmlReader costs more than most comments' whole analysis, and loads System.Xml into
    /// the compiler.
    /// </summary>
    private static bool MayObject(string comment)
    {
        if (comment.StartsWith("/**", StringComparison.Ordinal))
        {
            return true;
        }

        bool inTag = false;
        char quote = '\0';
        for (int i = 0; i < comment.Length; i++)
        {
            char c = comment[i];
            if ((c < ' ' && c is not ('\t' or '\r' or '\n')) || char.IsSurrogate(c) || c is '\uFFFE' or '\uFFFF')
            {
                return true;
            }

            if (quote != '\0')
            {
                quote = c == quote ? '\0' : quote;
            }
            else if (inTag)
            {
                if (c is '"' or '\'')
                {
                    quote = c;
                }
                else if (c == '>')
                {
                    inTag = false;
                }
                else if (c == ':' || c > '\u007F')
                {
                    return true;
                }
            }
            else if (c == '<')
            {
                inTag = true;
                if (i + 1 < comment.Length && comment[i + 1] is '?' or '!')
                {
                    return true;
                }
            }
            else if ((c == '&' && i + 1 < comment.Length && comment[i + 1] == '#') || (c == ']' && string.CompareOrdinal(comment, i, "]]>", 0, 3) == 0))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The comment's XML as the compiler formats it before the check: `///` and one space after it when every line has
    /// one; for `/**`, the opening and closing lines when they hold nothing else, and the `*` prefix only where every
    /// line after the first has it.
    /// </summary>
    private static string Content(string comment, bool multiLine)
    {
        string[] lines = comment.Split(LineBreaks, StringSplitOptions.None);
        var content = new StringBuilder(comment.Length);
        if (!multiLine)
        {
            // The empty piece after a final line break is no line.
            int lineCount = lines.Length > 1 && lines[lines.Length - 1].Length == 0 ? lines.Length - 1 : lines.Length;
            bool skipSpace = true;
            for (int i = 0; i < lineCount; i++)
            {
                int first = FirstNonWhitespace(lines[i]);
                skipSpace &= lines[i].Length - first >= 4 && SyntaxFacts.IsWhitespace(lines[i][first + 3]);
            }

            for (int i = 0; i < lineCount; i++)
            {
                int start = FirstNonWhitespace(lines[i]) + (skipSpace ? 4 : 3);
                if (start <= lines[i].Length)
                {
                    content.Append(lines[i], start, lines[i].Length - start).Append('\n');
                }
            }

            return content.ToString();
        }

        int count = lines.Length > 1 && lines[lines.Length - 1].Length == 0 ? lines.Length - 1 : lines.Length;
        bool skipFirst = lines[0].Trim() == "/**";
        bool skipLast = lines[count - 1].Trim() == "*/";
        if (skipLast)
        {
            count--;
        }

        int skipLength = 0;
        if (count > 1 && StarPrefix(lines[1]) is { } pattern)
        {
            for (int i = 2; i < count && pattern is not null; i++)
            {
                string common = CommonPrefix(pattern, lines[i]);
                pattern = string.IsNullOrWhiteSpace(common) ? null : common;
            }

            skipLength = pattern?.Length ?? 0;
        }

        if (!skipFirst)
        {
            string trimmed = lines[0].TrimStart();
            if (!skipLast && count == 1)
            {
                trimmed = BeforeEnd(trimmed);
            }

            int prefix = trimmed.StartsWith("/** ", StringComparison.Ordinal) ? 4 : trimmed.StartsWith("/**", StringComparison.Ordinal) ? 3
                : trimmed.StartsWith("* ", StringComparison.Ordinal) ? 2 : trimmed.StartsWith("*", StringComparison.Ordinal) ? 1 : 0;
            content.Append(trimmed, prefix, trimmed.Length - prefix).Append('\n');
        }

        for (int i = 1; i < count; i++)
        {
            string trimmed = lines[i].Substring(skipLength);
            content.Append(!skipLast && i == count - 1 ? BeforeEnd(trimmed) : trimmed).Append('\n');
        }

        return content.ToString();
    }

    private static int FirstNonWhitespace(string line)
    {
        int i = 0;
        while (i < line.Length && SyntaxFacts.IsWhitespace(line[i]))
        {
            i++;
        }

        return i;
    }

    // The longest prefix of white space, one `*`, white space; null without the `*`.
    private static string? StarPrefix(string line)
    {
        int length = 0;
        bool star = false;
        foreach (char c in line)
        {
            if (SyntaxFacts.IsWhitespace(c))
            {
                length++;
            }
            else if (!star && c == '*')
            {
                length++;
                star = true;
            }
            else
            {
                break;
            }
        }

        return star ? line.Substring(0, length) : null;
    }

    private static string CommonPrefix(string a, string b)
    {
        int i = 0;
        while (i < a.Length && i < b.Length && a[i] == b[i])
        {
            i++;
        }

        return a.Substring(0, i);
    }

    private static string BeforeEnd(string line)
    {
        int end = line.IndexOf("*/", StringComparison.Ordinal);
        return end >= 0 ? line.Substring(0, end) : line;
    }
}
