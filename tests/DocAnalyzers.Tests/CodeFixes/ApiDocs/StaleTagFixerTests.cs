using DocAnalyzers.CodeFixes.ApiDocs;
using DocAnalyzers.Tests.ApiDocs;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace DocAnalyzers.Tests.CodeFixes.ApiDocs;

/// <summary>The fixes of DOC103 and DOC105: remove the stale tag, or rename it when one name is left undocumented.</summary>
public sealed class StaleTagFixerTests
{
    [Theory]
    [MemberData(nameof(DocumentationModes.All), MemberType = typeof(DocumentationModes))]
    public Task Removes_stale_and_repeated_tags_with_their_lines(DocumentationMode mode) => new ApiFixTest<StaleTagFixer>(mode, """
        /// <summary>A widget.</summary>
        public class Widget
        {
            /// <summary>Resizes.</summary>
            /// <param name="width">The width.</param>
            /// {|DOC103:<param name="depth">|}The depth.</param>
            /// {|DOC103:<param name="width">|}Again.</param>
            /// <typeparam name="T">The type.</typeparam>
            /// {|DOC105:<typeparam name="U">|}Gone.</typeparam>
            public void Resize<T>(int width) { }

            /// <summary>Moves.</summary> {|DOC103:<param name="x">|}Inline.</param>
            public void Move() { }
        }
        """, """
        /// <summary>A widget.</summary>
        public class Widget
        {
            /// <summary>Resizes.</summary>
            /// <param name="width">The width.</param>
            /// <typeparam name="T">The type.</typeparam>
            public void Resize<T>(int width) { }

            /// <summary>Moves.</summary> 
            public void Move() { }
        }
        """, StaleTagFixer.RemoveKey).RunAsync();

    [Theory]
    [MemberData(nameof(DocumentationModes.All), MemberType = typeof(DocumentationModes))]
    public Task Renames_a_misspelt_tag_when_one_name_is_undocumented(DocumentationMode mode)
    {
        var test = new ApiFixTest<StaleTagFixer>(mode, """
        /// <summary>A widget.</summary>
        public class Widget
        {
            /// <summary>Resizes.</summary>
            /// <param name="width">The width.</param>
            /// {|DOC103:<param name="heigth">|}The height, in pixels.</param>
            /// {|DOC105:<typeparam name="TUnit">|}The unit.</typeparam>
            public void Resize<{|DOC104:TMeasure|}>(int width, int {|DOC102:height|}) { }

            /// <summary>Moves.</summary>
            /// {|#0:<param name="a">|}One.</param>
            /// {|#1:<param name="b">|}Two.</param>
            public void Move(int {|DOC102:x|}) { }
        }
        """, """
        /// <summary>A widget.</summary>
        public class Widget
        {
            /// <summary>Resizes.</summary>
            /// <param name="width">The width.</param>
            /// <param name="height">The height, in pixels.</param>
            /// <typeparam name="TMeasure">The unit.</typeparam>
            public void Resize<TMeasure>(int width, int height) { }

            /// <summary>Moves.</summary>
            /// {|DOC103:<param name="a">|}One.</param>
            /// {|DOC103:<param name="b">|}Two.</param>
            public void Move(int {|DOC102:x|}) { }
        }
        """, StaleTagFixer.RenameKey);

        // Two stale tags and one undocumented parameter: no rename is offered, either tag could be meant.
        test.TestState.ExpectedDiagnostics.Add(new DiagnosticResult(Descriptors.UnmatchedParamTag).WithLocation(0).WithArguments("Widget.Move(int)", "a", "names no parameter"));
        test.TestState.ExpectedDiagnostics.Add(new DiagnosticResult(Descriptors.UnmatchedParamTag).WithLocation(1).WithArguments("Widget.Move(int)", "b", "names no parameter"));
        return test.RunAsync();
    }
}
