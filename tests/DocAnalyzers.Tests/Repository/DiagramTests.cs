using DocAnalyzers.Repository;
using Microsoft.CodeAnalysis.Testing;

namespace DocAnalyzers.Tests.Repository;

/// <summary>DOC204: the Architecture Diagram section holds no diagram.</summary>
public sealed class DiagramTests
{
    private const string Image = "### Architecture Diagram\n![Architecture](docs/architecture.png)";

    [Theory]
    [InlineData("```mermaid\ngraph TD; A-->B\n```")]
    [InlineData("~~~ plantuml\n@startuml\nA -> B\n@enduml\n~~~")]
    [InlineData("```dot\ndigraph { a -> b }\n```")]
    [InlineData("```graphviz\ndigraph { a -> b }\n```")]
    [InlineData("```d2\na -> b\n```")]
    [InlineData("```\n@startuml\nA -> B\n@enduml\n```")]
    [InlineData("See the picture: ![diagram][arch]\n\n[arch]: arch.svg")]
    [InlineData("<img src=\"arch.png\" alt=\"Architecture\">")]
    [InlineData("The parts:\n\n#### Runtime view\n\n![runtime](runtime.png)")]
    // Drawn in text, as aspire's release-process.md and nats.net's README do: a box of box-drawing characters, an ASCII box.
    [InlineData("```text\n\u250C\u2500\u2500\u2500\u2500\u2510\n\u2502 App \u2502\n\u2514\u2500\u2500\u252C\u2500\u2518\n    \u25BC\n  server\n```")]
    [InlineData("```\n+-----+     +----+\n| web | --> | db |\n+-----+     +----+\n```")]
    [InlineData("    \u256D\u2500\u2500\u2500\u256E\n    \u2502 A \u2502\n    \u2570\u2500\u2500\u2500\u256F")]
    public async Task A_diagram_anywhere_in_the_section_satisfies_it(string content)
    {
        await new RepositoryTest(("README.md", Docs.CompleteWith(Image, "### Architecture Diagram\n" + content))).VerifyAsync();
    }

    [Theory]
    [InlineData("The web tier calls the API, which calls the database.")]
    [InlineData("```csharp\nvar x = 1;\n```")]
    [InlineData("`![not an image](x.png)` is how you would add one. Not yet.")]
    [InlineData("Drawn in CI: [![diagram build](https://ci.example/diagram/badge.svg)](https://ci.example)")]
    [InlineData("![status](https://img.shields.io/badge/diagram-todo-red)")]
    // A folder tree is drawn with the same characters, but has no box; code with a box-like string is code.
    [InlineData("```text\nsrc/\n\u251C\u2500\u2500 Api/\n\u2502   \u2514\u2500\u2500 Program.cs\n\u2514\u2500\u2500 Web/\n```")]
    [InlineData("```\n+-- src\n|   +-- Api\n+-- tests\n```")]
    [InlineData("```csharp\nConsole.WriteLine(\"+-----+\");\nConsole.WriteLine(\"+-----+\");\n```")]
    public async Task A_section_without_diagram_is_reported(string content)
    {
        string readme = Docs.CompleteWith(Image, "{|#0:### Architecture Diagram|}\n" + content);
        await new RepositoryTest(("README.md", readme))
            .Expect(new DiagnosticResult(Descriptors.DiagramMissing).WithLocation(0).WithArguments("Architecture Diagram"))
            .VerifyAsync();
    }

    [Fact]
    public async Task A_heading_that_links_to_the_diagram_is_neither_empty_nor_without_diagram()
    {
        await new RepositoryTest(("README.md", Docs.CompleteWith(Image, "### [Architecture Diagram](docs/architecture.png)"))).VerifyAsync();
    }

    [Fact]
    public async Task An_empty_diagram_section_is_reported_as_empty_only()
    {
        string readme = Docs.CompleteWith(Image, "{|#0:### Architecture Diagram|}");
        await new RepositoryTest(("README.md", readme))
            .Expect(new DiagnosticResult(Descriptors.SectionEmpty).WithLocation(0).WithArguments("Architecture Diagram"))
            .VerifyAsync();
    }

    [Fact]
    public async Task Sections_a_custom_outline_marks_as_diagram_are_checked()
    {
        const string Template = "# Design {diagram}\n# Usage\n";
        await new RepositoryTest(("docs/outline.md", Template), ("README.md", "{|#0:# Design|}\nWords only.\n# Usage\nRun it.\n"))
            .Kind("docs/outline.md", "Template")
            .Property("DocAnalyzersTemplate", "docs/outline.md")
            .Expect(new DiagnosticResult(Descriptors.DiagramMissing).WithLocation(0).WithArguments("Design"))
            .VerifyAsync();
    }
}
