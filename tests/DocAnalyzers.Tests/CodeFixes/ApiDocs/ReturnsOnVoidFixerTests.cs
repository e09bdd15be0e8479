using DocAnalyzers.CodeFixes.ApiDocs;
using DocAnalyzers.Tests.ApiDocs;
using Microsoft.CodeAnalysis;

namespace DocAnalyzers.Tests.CodeFixes.ApiDocs;

/// <summary>The fix of DOC107: the <c>&lt;returns&gt;</c> tag of a member that returns nothing goes, and nothing else.</summary>
public sealed class ReturnsOnVoidFixerTests
{
    [Theory]
    [MemberData(nameof(DocumentationModes.All), MemberType = typeof(DocumentationModes))]
    public Task Removes_the_returns_tag_and_its_lines(DocumentationMode mode) => new ApiFixTest<ReturnsOnVoidFixer>(mode, """
        /// <summary>A widget.</summary>
        public class Widget
        {
            /// <summary>Creates a widget.</summary>
            /// {|DOC107:<returns>|}A widget,
            /// ready to use.</returns>
            /// <remarks>Cheap.</remarks>
            public Widget() { }

            /// <summary>Saves.</summary>
            /// {|DOC107:<returns/>|}
            public void Save() { }
        }
        """, """
        /// <summary>A widget.</summary>
        public class Widget
        {
            /// <summary>Creates a widget.</summary>
            /// <remarks>Cheap.</remarks>
            public Widget() { }

            /// <summary>Saves.</summary>
            public void Save() { }
        }
        """).RunAsync();
}
