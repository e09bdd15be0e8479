using DocAnalyzers.ApiDocs;
using Microsoft.CodeAnalysis;

namespace DocAnalyzers.Tests.ApiDocs;

/// <summary>
/// In documentation mode None, a comment <see cref="WellFormedComment"/> vouches for is read from that scan, not
/// parsed. Every answer the rules ask of its elements must be the one the compiler's syntax gives (mode Diagnose).
/// </summary>
public sealed class LightElementTests
{
    public static TheoryData<string> Comments => new()
    {
        "/// <summary>Gets the value.</summary>",
        "/// <summary>\n    /// Gets the value of <paramref name=\"x\"/>, or <see langword=\"null\"/>.\n    /// </summary>\n    /// <param name=\"x\">The key.</param>\n    /// <returns>The value.</returns>",
        "/// <summary>A &lt; B &amp;&amp; C&gt;D, \"quoted\" and 'single'.</summary>",
        "/// <summary>a&amp;b</summary>",
        "/// <summary>Text <c>code</c> more <see cref=\"System.Collections.Generic.List{T}\"/> end.</summary>",
        "/// <summary><para>First.</para><para>Second\n    /// line.</para></summary>",
        "/// <param name=\"x\" >Spaced tag.</param >",
        "///<summary>No space.</summary>\n    ///<remarks>Two.</remarks>",
        "/// <inheritdoc/>",
        "/// <inheritdoc cref=\" Object.ToString() \" />",
        "/// <exception cref=\"T:System.ArgumentException\">Thrown <b>now</b>.</exception>",
        "/// <summary></summary>\n    /// <returns/>",
        "/// <summary>  TODO  </summary>",
        "/// <typeparam name=\"T\">The type.</typeparam> <remarks>Same line.</remarks>",
        "/// Text before <summary>the element</summary> and after.",
        "/// <list type=\"bullet\">\n    /// <item><description>One &amp; two.</description></item>\n    /// </list>",
    };

    [Theory]
    [MemberData(nameof(Comments))]
    public async Task A_comment_read_without_a_parse_answers_as_the_parsed_one(string comment)
    {
        string source = "public class Widget\n{\n    " + comment + "\n    public int M<T>(int x) => x;\n}\n";
        string[] parsed = Describe(await ReadAsync(source, DocumentationMode.Diagnose));
        string[] light = Describe(await ReadAsync(source, DocumentationMode.None));

        Assert.NotEmpty(parsed);
        Assert.Equal(parsed, light);
    }

    [Fact]
    public void The_scan_reads_the_comments_of_this_test()
    {
        // Without this, the test above could compare two parses and prove nothing about the scan.
        foreach (string comment in Comments)
        {
            string text = comment.Replace("\n    ", "\n", StringComparison.Ordinal);
            Assert.NotNull(new WellFormedComment().Read(Microsoft.CodeAnalysis.Text.SourceText.From(text), new Microsoft.CodeAnalysis.Text.TextSpan(0, text.Length)));
        }
    }

    private static async Task<DocumentationComment> ReadAsync(string source, DocumentationMode mode)
    {
        Compilation compilation = await Cs1591ParityTests.CompileAsync(source, mode);
        ISymbol method = compilation.GetTypeByMetadataName("Widget")!.GetMembers("M").Single();
        DocumentationComment? comment = DocumentationCommentReader.Read(method, new DocumentationComments(), CancellationToken.None);
        Assert.NotNull(comment);
        Assert.Equal(mode == DocumentationMode.None, comment!.Parts.All(part => !part.Light.IsDefault));
        return comment;
    }

    private static string[] Describe(DocumentationComment comment) =>
        comment.Elements.Select(e =>
            $"{e.Name} {e.Span} tag {e.TagLocation.SourceSpan} cref '{e.CrefAttribute()}' name '{e.NameAttribute()}' at {e.NameValueSpan()} "
            + $"has cref {e.HasAttribute("cref")} has name {e.HasAttribute("name")} children {e.HasChildElements} text '{e.Text()}'")
        .ToArray();
}
