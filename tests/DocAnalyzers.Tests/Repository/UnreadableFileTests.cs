using System.Text;
using DocAnalyzers.Repository;
using Microsoft.CodeAnalysis.Testing;

namespace DocAnalyzers.Tests.Repository;

/// <summary>DOC002 and hostile input: never an exception, always a result or a clear diagnostic.</summary>
public sealed class UnreadableFileTests
{
    [Fact]
    public async Task A_binary_file_is_reported_and_the_rest_still_checked()
    {
        await new RepositoryTest(("README.md", Docs.Complete), ("docs/logo.md", "{|#0:|}PNG\0\0\0IHDR"))
            .Expect(new DiagnosticResult(Descriptors.DocumentUnreadable).WithLocation(0).WithArguments("docs/logo.md", "it contains NUL characters, so it is not a text file"))
            .VerifyAsync();
    }

    [Fact]
    public async Task Nesting_deeper_than_the_parser_allows_is_reported()
    {
        string deep = new string('>', 200) + " quote\n";
        await new RepositoryTest(("README.md", Docs.Complete), ("docs/deep.md", "{|#0:|}" + deep))
            .Expect(new DiagnosticResult(Descriptors.DocumentUnreadable).WithLocation(0).WithArguments("docs/deep.md", "it nests lists or block quotes deeper than 128 levels"))
            .VerifyAsync();
    }

    [Fact]
    public async Task A_file_over_the_size_limit_is_reported()
    {
        var huge = new StringBuilder("{|#0:|}");
        while (huge.Length <= 2_000_100)
        {
            huge.Append("Some text that goes on.\n");
        }

        int length = huge.Length - "{|#0:|}".Length;
        await new RepositoryTest(("README.md", Docs.Complete), ("docs/huge.md", huge.ToString()))
            .Expect(new DiagnosticResult(Descriptors.DocumentUnreadable).WithLocation(0).WithArguments("docs/huge.md", $"it has {length:N0} characters, more than the 2,000,000 DocAnalyzers reads"))
            .VerifyAsync();
    }

    [Fact]
    public async Task Pathological_inline_syntax_is_read_without_inline_parsing()
    {
        // Markdig's emphasis and table parsers throw or go quadratic on these; the outline never runs them.
        var infrastructure = new StringBuilder("### Infrastructure\n");
        for (int i = 0; i < 8192; i++)
        {
            infrastructure.Append("*a\n");
        }

        infrastructure.Append("\n| a | b |\n|---|---|\n");
        for (int i = 0; i < 5000; i++)
        {
            infrastructure.Append("| x | y |\n");
        }

        string readme = Docs.CompleteWith("### Infrastructure\nTwo virtual machines behind a load balancer.", infrastructure.ToString());
        await new RepositoryTest(("README.md", readme)).VerifyAsync();
    }

    [Fact]
    public async Task Invalid_utf8_is_read_with_replacement_characters()
    {
        // The compiler decodes additional files; bytes that are not UTF-8 become U+FFFD or Latin-1 text.
        string readme = Docs.CompleteWith("The shop sells books online.", "The shop sells b\uFFFDoks online.");
        await new RepositoryTest(("README.md", readme)).VerifyAsync();
    }
}
