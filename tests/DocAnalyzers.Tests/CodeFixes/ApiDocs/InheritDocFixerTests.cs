using DocAnalyzers.CodeFixes.ApiDocs;
using DocAnalyzers.Tests.ApiDocs;
using Microsoft.CodeAnalysis;

namespace DocAnalyzers.Tests.CodeFixes.ApiDocs;

/// <summary>The fix of DOC109: an <c>&lt;inheritdoc/&gt;</c> with nothing to inherit becomes the tags the signature needs.</summary>
public sealed class InheritDocFixerTests
{
    [Theory]
    [MemberData(nameof(DocumentationModes.All), MemberType = typeof(DocumentationModes))]
    public Task Replaces_inheritdoc_with_a_skeleton_and_keeps_the_rest(DocumentationMode mode) => new ApiFixTest<InheritDocFixer>(mode, """
        /// <summary>A widget.</summary>
        public class Widget
        {
            /// {|DOC109:<inheritdoc/>|}
            /// <param name="width">The new width, in pixels.</param>
            /// <remarks>Kept.</remarks>
            public int Resize(int width, int height) => width;

            /// {|DOC109:<inheritdoc />|}
            public string Name { get; } = "";
        }
        """, """
        /// <summary>A widget.</summary>
        public class Widget
        {
            /// <summary>
            /// Resizes the widget.
            /// </summary>
            /// <param name="width">The new width, in pixels.</param>
            /// <param name="height">The height.</param>
            /// {|DOC108:<returns>|}TODO: say what it returns.</returns>
            /// <remarks>Kept.</remarks>
            public int Resize(int width, int height) => width;

            /// <summary>
            /// Gets the name of the widget.
            /// </summary>
            public string Name { get; } = "";
        }
        """).RunAsync();
}
