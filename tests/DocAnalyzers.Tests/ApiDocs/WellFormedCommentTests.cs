using DocAnalyzers.ApiDocs;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace DocAnalyzers.Tests.ApiDocs;

/// <summary>
/// The scanner that lets documentation mode Parse skip re-parsing a comment for DOC111: it may vouch only for
/// comments the compiler finds no XML error in, and it should vouch for the plain comments most code has.
/// </summary>
public sealed class WellFormedCommentTests
{
    public static TheoryData<string> PlainComments => new()
    {
        "/// <summary>Gets the value.</summary>",
        "/// <summary>\n/// Gets the value of <paramref name=\"key\"/>, or <see langword=\"null\"/>.\n/// </summary>\n/// <param name=\"key\">The key.</param>\n/// <returns>The value.</returns>",
        "/// <summary>Compares <see cref=\"List{T}\"/> and <see cref=\"Object.Equals(object)\"/> &amp; <c>a &lt; b</c>.</summary>",
        "/// <typeparam name=\"T\">The type.</typeparam>\n/// <exception cref=\"ArgumentNullException\"><paramref name=\"value\"/> is null.</exception>",
        "/// <remarks>\n/// <list type=\"bullet\">\n/// <item><description>One.</description></item>\n/// </list>\n/// </remarks>",
        "/// <inheritdoc/>",
        "///<summary>No space.</summary>",
        "/// <summary>Emoji-free text with quotes \" ' and > and ü and — dashes.</summary>",
    };

    /// <summary>Comments the compiler rejects, with its parser or with System.Xml, and comments the scanner leaves to them.</summary>
    public static TheoryData<string> DoubtfulComments => new()
    {
        "/// <summary>Unclosed",
        "/// <summary>Mismatched</remarks>",
        "/// <summary>Case</Summary>",
        "/// <summary>Stray </b> end</summary>",
        "/// <summary>An entity &nbsp;.</summary>",
        "/// <summary>A number &#65;.</summary>",
        "/// <summary>An ampersand & alone.</summary>",
        "/// <summary>A less-than a < b.</summary>",
        "/// <summary a=1>Unquoted.</summary>",
        "/// <summary a=\"1\" a=\"2\">Duplicate.</summary>",
        "/// <summary><see cref=\"A\"langword=\"null\"/></summary>",
        "/// <summary><x:y>prefix</x:y></summary>",
        "/// <summary>Control \u0001 character.</summary>",
        "/// <summary>Form feed \f.</summary>",
        "/// <summary><!-- comment --></summary>",
        "/// <summary><![CDATA[ x ]]></summary>",
        "/// <summary>]]></summary>",
        "/// <summary><see\n/// cref=\"Object\"/></summary>",
        "/// <summary><see cref=\"List<T>\"/></summary>",
        "/// <summary><see cref=\"operator +\"/></summary>",
        "/// <summary><see cref=\"M(int\"/></summary>",
        "/// <summary><see cref=\"\"/></summary>",
        "/// <summary><paramref name=\" x \"/></summary>",
        "/// <summary><see cref=“Object”/></summary>",
        "/// <summary>< space</summary>",
        "/// <summary><br/ ></summary>",
        "/** <summary>Block.</summary> */",
        "//// <summary>Four slashes.</summary>",
    };

    [Theory]
    [MemberData(nameof(PlainComments))]
    public async Task Vouches_for_plain_comments_the_compiler_accepts(string comment)
    {
        Assert.Empty(await CompilerXmlErrorsAsync(comment));
        Assert.True(Scan(comment));
    }

    [Theory]
    [MemberData(nameof(DoubtfulComments))]
    public void Never_vouches_where_the_compiler_may_object(string comment)
    {
        Assert.False(Scan(comment));
    }

    [Fact]
    public async Task The_doubtful_list_holds_what_the_compiler_rejects_and_the_parser_alone_does_not()
    {
        // Without this, the list above could be all comments the compiler accepts, and prove nothing.
        int total = 0;
        int rejected = 0;
        int byXmlOnly = 0;
        foreach (string comment in DoubtfulComments)
        {
            total++;
            bool compiler = (await CompilerXmlErrorsAsync(comment)).Count > 0;
            rejected += compiler ? 1 : 0;
            byXmlOnly += compiler && !ParserXmlErrors(comment) ? 1 : 0;
        }

        Assert.True(rejected >= 15, $"{rejected} of {total} rejected");
        Assert.True(byXmlOnly >= 2, $"{byXmlOnly} rejected by System.Xml only");
    }

    private static bool Scan(string comment)
    {
        SourceText text = SourceText.From(comment);
        return new WellFormedComment().IsCertain(text, new TextSpan(0, text.Length));
    }

    private static async Task<List<Diagnostic>> CompilerXmlErrorsAsync(string comment)
    {
        Compilation compilation = await Cs1591ParityTests.CompileAsync(Source(comment), DocumentationMode.Diagnose);
        return compilation.GetDiagnostics().Where(d => d.Id == "CS1570").ToList();
    }

    private static string Source(string comment) =>
        "using System;\nusing System.Collections.Generic;\n\npublic class Widget\n{\n" + comment + "\npublic void M(int x) { }\n}\n";

    private static bool ParserXmlErrors(string comment) =>
        CSharpSyntaxTree.ParseText(Source(comment), new CSharpParseOptions(documentationMode: DocumentationMode.Diagnose))
            .GetDiagnostics().Any(d => d.Id == "CS1570");
}
