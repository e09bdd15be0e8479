using System.Collections.Immutable;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace DocAnalyzers.ApiDocs;

/// <summary>
/// One documentation comment as parsed XML, with the offset that maps its positions to the file:
/// zero when the compiler parsed it, the comment's start when DocAnalyzers re-parsed plain
/// <c>///</c> comment trivia (documentation mode None). In None mode a comment the scan vouches for is not parsed
/// at all: its elements are read from the scan (<see cref="Light"/>).
/// </summary>
internal readonly struct CommentPart
{
    private readonly DocumentationCommentTriviaSyntax? syntax;
    private readonly TextSpan lightSpan;

    public CommentPart(DocumentationCommentTriviaSyntax syntax, SyntaxTree tree, int offset)
    {
        this.syntax = syntax;
        Tree = tree;
        Offset = offset;
        Light = default;
        lightSpan = default;
    }

    /// <summary>A comment read by <see cref="WellFormedComment"/> (documentation mode None), at <paramref name="span"/>.</summary>
    public CommentPart(ImmutableArray<LightElement> elements, SyntaxTree tree, TextSpan span)
    {
        syntax = null;
        Tree = tree;
        Offset = span.Start;
        Light = elements;
        lightSpan = span;
    }

    /// <summary>The comment's top-level elements when it was read without a parse; default otherwise.</summary>
    public ImmutableArray<LightElement> Light { get; }

    /// <summary>The parsed comment. A part read without a parse is parsed here, on demand, at <see cref="Offset"/>.</summary>
    public DocumentationCommentTriviaSyntax Syntax =>
        syntax ?? (DocumentationCommentTriviaSyntax)SyntaxFactory.ParseLeadingTrivia(Tree.GetText().ToString(lightSpan))
            .First(trivia => trivia.HasStructure).GetStructure()!;

    public SyntaxTree Tree { get; }

    public int Offset { get; }

    public Location GetLocation(TextSpan span) => Location.Create(Tree, new TextSpan(span.Start + Offset, span.Length));
}

/// <summary>A top-level element of a documentation comment, such as <c>&lt;summary&gt;</c> or <c>&lt;param name="x"/&gt;</c>.</summary>
internal readonly struct DocElement
{
    private readonly XmlNodeSyntax? node;
    private readonly LightElement? light;
    private readonly CommentPart part;

    public DocElement(XmlNodeSyntax node, CommentPart part, string name)
    {
        this.node = node;
        light = null;
        this.part = part;
        Name = name;
    }

    public DocElement(LightElement light, CommentPart part)
    {
        node = null;
        this.light = light;
        this.part = part;
        Name = light.Name;
    }

    public string Name { get; }

    /// <summary>The file the element is written in.</summary>
    public SyntaxTree Tree => part.Tree;

    /// <summary>The whole element, start tag to end tag, in the file.</summary>
    public TextSpan Span => light?.Span ?? new(node!.Span.Start + part.Offset, node.Span.Length);

    /// <summary>The start tag, or the whole element when it is empty (<c>&lt;inheritdoc/&gt;</c>).</summary>
    public Location TagLocation => light is not null
        ? Location.Create(part.Tree, light.TagSpan)
        : part.GetLocation(node is XmlElementSyntax element ? element.StartTag.Span : node!.Span);

    private SyntaxList<XmlAttributeSyntax> Attributes => node is XmlElementSyntax element ? element.StartTag.Attributes : ((XmlEmptyElementSyntax)node!).Attributes;

    public bool HasAttribute(string name)
    {
        if (light is not null)
        {
            return light.HasAttribute(name);
        }

        foreach (XmlAttributeSyntax attribute in Attributes)
        {
            if (attribute.Name.LocalName.ValueText == name)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The text of the cref attribute, such as <c>ArgumentException</c> or <c>T:System.ArgumentException</c>, or null.</summary>
    public string? CrefAttribute()
    {
        if (light is not null)
        {
            return light.Value("cref");
        }

        foreach (XmlAttributeSyntax attribute in Attributes)
        {
            switch (attribute)
            {
                case XmlCrefAttributeSyntax cref:
                    return cref.Cref.ToString();
                case XmlTextAttributeSyntax text when text.Name.LocalName.ValueText == "cref":
                    return TextOf(text);
            }
        }

        return null;
    }

    /// <summary>The value of the name attribute of a param or typeparam tag, or null when it has none.</summary>
    public string? NameAttribute()
    {
        if (light is not null)
        {
            return light.Value("name");
        }

        foreach (XmlAttributeSyntax attribute in Attributes)
        {
            if (attribute.Name.LocalName.ValueText != "name")
            {
                continue;
            }

            switch (attribute)
            {
                case XmlNameAttributeSyntax nameAttribute:
                    return nameAttribute.Identifier.Identifier.ValueText;
                case XmlTextAttributeSyntax textAttribute:
                    return TextOf(textAttribute);
            }
        }

        return null;
    }

    /// <summary>Where the value of the name attribute is written in the file (inside the quotes), or null without one.</summary>
    public TextSpan? NameValueSpan()
    {
        if (light is not null)
        {
            return light.ValueSpan("name");
        }

        foreach (XmlAttributeSyntax attribute in Attributes)
        {
            if (attribute.Name.LocalName.ValueText == "name")
            {
                TextSpan value = TextSpan.FromBounds(attribute.StartQuoteToken.Span.End, attribute.EndQuoteToken.SpanStart);
                return new TextSpan(value.Start + part.Offset, value.Length);
            }
        }

        return null;
    }

    /// <summary>True when the element holds another element (such as <c>&lt;see cref="T"/&gt;</c>).</summary>
    public bool HasChildElements
    {
        get
        {
            if (light is not null)
            {
                return light.HasChildElements;
            }

            if (node is XmlElementSyntax element)
            {
                foreach (XmlNodeSyntax child in element.Content)
                {
                    if (child is XmlElementSyntax or XmlEmptyElementSyntax)
                    {
                        return true;
                    }
                }
            }

            return false;
        }
    }

    /// <summary>The element's text, without the comment's <c>///</c> and with runs of white space as one space.</summary>
    public string Text()
    {
        if (light is not null)
        {
            return CollapseWhiteSpace(light.RawText());
        }

        if (node is not XmlElementSyntax element)
        {
            return string.Empty;
        }

        var text = new StringBuilder();
        foreach (XmlNodeSyntax child in element.Content)
        {
            if (child is XmlTextSyntax xmlText)
            {
                foreach (SyntaxToken token in xmlText.TextTokens)
                {
                    text.Append(token.ValueText).Append(' ');
                }
            }
            else if (child is XmlCDataSectionSyntax cdata)
            {
                foreach (SyntaxToken token in cdata.TextTokens)
                {
                    text.Append(token.ValueText).Append(' ');
                }
            }
        }

        return CollapseWhiteSpace(text);
    }

    // An attribute the parser did not recognise (name="x" on another tag, a cref it could not read) is plain text.
    private static string TextOf(XmlTextAttributeSyntax attribute)
    {
        var text = new StringBuilder();
        foreach (SyntaxToken token in attribute.TextTokens)
        {
            text.Append(token.ValueText);
        }

        return text.ToString().Trim();
    }

    private static string CollapseWhiteSpace(StringBuilder text)
    {
        var result = new StringBuilder(text.Length);
        bool space = false;
        for (int i = 0; i < text.Length; i++)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                space = result.Length > 0;
                continue;
            }

            if (space)
            {
                result.Append(' ');
                space = false;
            }

            result.Append(text[i]);
        }

        return result.ToString();
    }
}

/// <summary>
/// The documentation comments of one symbol: usually one, several for a partial type. The top-level
/// elements are listed once, on first use, and every rule reads that list.
/// </summary>
internal sealed class DocumentationComment
{
    private ImmutableArray<DocElement> elements;

    public DocumentationComment(ImmutableArray<CommentPart> parts) => Parts = parts;

    public ImmutableArray<CommentPart> Parts { get; }

    /// <summary>The top-level elements of every part, in source order.</summary>
    public ImmutableArray<DocElement> Elements
    {
        get
        {
            if (elements.IsDefault)
            {
                elements = ListElements(Parts);
            }

            return elements;
        }
    }

    /// <summary>The first top-level element with the name, if any.</summary>
    public DocElement? Find(string name)
    {
        foreach (DocElement element in Elements)
        {
            if (element.Name == name)
            {
                return element;
            }
        }

        return null;
    }

    private static ImmutableArray<DocElement> ListElements(ImmutableArray<CommentPart> parts)
    {
        // Counted first, so the list is built in place (a comment has a handful of elements; every member has one).
        int count = 0;
        foreach (CommentPart part in parts)
        {
            if (!part.Light.IsDefault)
            {
                count += part.Light.Length;
                continue;
            }

            foreach (XmlNodeSyntax node in part.Syntax.Content)
            {
                if (node is XmlElementSyntax or XmlEmptyElementSyntax)
                {
                    count++;
                }
            }
        }

        ImmutableArray<DocElement>.Builder list = ImmutableArray.CreateBuilder<DocElement>(count);
        foreach (CommentPart part in parts)
        {
            if (!part.Light.IsDefault)
            {
                foreach (LightElement element in part.Light)
                {
                    list.Add(new DocElement(element, part));
                }

                continue;
            }

            foreach (XmlNodeSyntax node in part.Syntax.Content)
            {
                switch (node)
                {
                    case XmlElementSyntax element:
                        list.Add(new DocElement(node, part, element.StartTag.Name.LocalName.ValueText));
                        break;
                    case XmlEmptyElementSyntax empty:
                        list.Add(new DocElement(node, part, empty.Name.LocalName.ValueText));
                        break;
                }
            }
        }

        return list.MoveToImmutable();
    }
}
