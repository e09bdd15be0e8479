using DocAnalyzers.Cli.Output;

namespace DocAnalyzers.Cli.Tests;

/// <summary>Workflow-command values are escaped as @actions/core escapes them, so a message cannot end or split its annotation.</summary>
public sealed class GitHubEscapingTests
{
    [Theory]
    [InlineData("Section 'A, B: C' is 100% empty", "Section 'A, B: C' is 100%25 empty")]
    [InlineData("line one\r\nline two\n", "line one%0D%0Aline two%0A")]
    public void Message_escapes_percent_and_line_breaks_only(string message, string expected) =>
        Assert.Equal(expected, GitHubFormatter.EscapeData(message));

    [Theory]
    [InlineData("docs/notes, v2: 50%.md", "docs/notes%2C v2%3A 50%25.md")]
    [InlineData("a\nb", "a%0Ab")]
    public void Properties_also_escape_colon_and_comma(string value, string expected) =>
        Assert.Equal(expected, GitHubFormatter.EscapeProperty(value));
}
