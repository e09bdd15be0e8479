using DocAnalyzers.ApiDocs;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace DocAnalyzers.Tests.ApiDocs;

/// <summary>DOC101 (no or empty summary) and DOC108 (placeholder summary).</summary>
public sealed class SummaryTests
{
    private static ApiDocTest<ApiDocumentationAnalyzer> Test(DocumentationMode mode, string source) => new(mode, source);

    [Theory]
    [MemberData(nameof(DocumentationModes.All), MemberType = typeof(DocumentationModes))]
    public Task Missing_summary_is_reported_on_the_member_and_empty_summary_on_the_tag(DocumentationMode mode) => Test(mode, """
        /// <summary>Documented.</summary>
        public class Widget
        {
            /// <remarks>Only remarks.</remarks>
            public void {|#0:NoSummary|}() { }

            /// {|#1:<summary>|}
            /// </summary>
            public void EmptySummary() { }

            /// {|DOC101:<summary/>|}
            public void SelfClosingSummary() { }

            /// <summary><see cref="Widget"/></summary>
            public void OnlyACrossReference() { }

            /// <inheritdoc/>
            public override string ToString() => "";
        }
        """)
        .Expect(
            new DiagnosticResult(Descriptors.MissingSummary).WithLocation(0).WithArguments("Widget.NoSummary()", "has no <summary>"),
            new DiagnosticResult(Descriptors.MissingSummary).WithLocation(1).WithArguments("Widget.EmptySummary()", "has an empty <summary>"))
        .VerifyAsync();

    [Theory]
    [MemberData(nameof(DocumentationModes.All), MemberType = typeof(DocumentationModes))]
    public Task Placeholder_markers_are_reported(DocumentationMode mode) => Test(mode, """
        /// <summary>Documented.</summary>
        public class Widget
        {
            /// {|#0:<summary>|}TODO</summary>
            public void Todo() { }

            /// {|DOC108:<summary>|}TBD.</summary>
            public void Tbd() { }

            /// {|DOC108:<summary>|}
            /// FIXME: describe what this does.
            /// </summary>
            public void Fixme() { }

            /// {|DOC108:<summary>|}...</summary>
            public void Ellipsis() { }

            /// {|DOC108:<summary>|}WIP</summary>
            public void Wip() { }

            /// {|DOC108:<summary>|}Work in progress.</summary>
            public void WorkInProgress() { }

            /// {|DOC108:<summary>|}Fill in: what it returns.</summary>
            public void FillIn() { }

            /// <summary>Todo list entries are kept in order.</summary>
            public void TodoList() { }

            /// <summary>Wipes the board and fills in the defaults.</summary>
            public void Wipe() { }

            /// <summary>Returns the TODO items of the board.</summary>
            public void Items() { }
        }
        """)
        .Expect(new DiagnosticResult(Descriptors.PlaceholderDocumentation).WithLocation(0).WithArguments("summary", "Widget.Todo()", "'TODO'"))
        .VerifyAsync();

    [Theory]
    [MemberData(nameof(DocumentationModes.All), MemberType = typeof(DocumentationModes))]
    public Task A_summary_that_only_repeats_the_name_is_a_placeholder(DocumentationMode mode) => Test(mode, """
        /// {|DOC108:<summary>|}Widget</summary>
        public class Widget
        {
            /// {|#0:<summary>|}Refresh value.</summary>
            public void RefreshValue() { }

            /// {|DOC108:<summary>|}widget</summary>
            public Widget() { }

            /// <summary>Gets the value of the widget.</summary>
            public int Value => 0;
        }
        """)
        .Expect(new DiagnosticResult(Descriptors.PlaceholderDocumentation).WithLocation(0).WithArguments("summary", "Widget.RefreshValue()", "only the name 'RefreshValue'"))
        .VerifyAsync();

    [Theory]
    [MemberData(nameof(DocumentationModes.All), MemberType = typeof(DocumentationModes))]
    public Task Placeholder_markers_in_other_tags_are_reported_at_the_tag(DocumentationMode mode) => Test(mode, """
        /// <summary>Documented.</summary>
        public class Widget
        {
            /// <summary>Scales the widget.</summary>
            /// {|DOC108:<typeparam name="T">|}TBD - the element type.</typeparam>
            /// {|#0:<param name="a">|}TODO: describe this parameter.</param>
            /// <param name="factor">The factor to scale by.</param>
            /// {|#1:<returns>|}TBD</returns>
            /// {|DOC108:<remarks>|}FIXME</remarks>
            public int Scale<T>(int a, int factor) => a * factor;

            /// <summary>Gets the size.</summary>
            /// {|DOC108:<value>|}...</value>
            public int Size => 0;

            /// <summary>Resizes the widget.</summary>
            /// <param name="width">Todo items wider than this wrap.</param>
            /// <param name="height">The height, with a <see cref="Widget"/> TODO: see below.</param>
            public void Resize(int width, int height) { }
        }
        """)
        .Expect(
            new DiagnosticResult(Descriptors.PlaceholderDocumentation).WithLocation(0).WithArguments("<param name=\"a\">", "Widget.Scale<T>(int, int)", "'TODO'"),
            new DiagnosticResult(Descriptors.PlaceholderDocumentation).WithLocation(1).WithArguments("<returns>", "Widget.Scale<T>(int, int)", "'TBD'"))
        .VerifyAsync();
}
