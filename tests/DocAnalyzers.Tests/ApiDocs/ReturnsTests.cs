using DocAnalyzers.ApiDocs;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace DocAnalyzers.Tests.ApiDocs;

/// <summary>DOC106 (value returned but not documented) and DOC107 (returns on nothing).</summary>
public sealed class ReturnsTests
{
    private static ApiDocTest<ApiDocumentationAnalyzer> Test(DocumentationMode mode, string source) => new(mode, source);

    [Theory]
    [MemberData(nameof(DocumentationModes.All), MemberType = typeof(DocumentationModes))]
    public Task Members_that_return_a_value_need_returns(DocumentationMode mode) => Test(mode, """
        using System.Threading.Tasks;

        /// <summary>Documented.</summary>
        public class Widget
        {
            /// <summary>Counts.</summary>
            public int {|#0:Count|}() => 0;

            /// <summary>Counts later.</summary>
            public Task<int> {|DOC106:CountAsync|}() => Task.FromResult(0);

            /// <summary>Saves.</summary>
            public Task SaveAsync() => Task.CompletedTask;

            /// <summary>Flushes.</summary>
            public ValueTask FlushAsync() => default;

            /// <summary>Negates.</summary>
            /// <param name="widget">The widget.</param>
            public static Widget operator {|DOC106:-|}(Widget widget) => widget;

            /// <summary>Converts.</summary>
            /// <param name="widget">The widget.</param>
            public static implicit operator {|DOC106:int|}(Widget widget) => 0;

            /// <summary>Gets the size.</summary>
            public int Size => 0;

            /// <summary>Documented.</summary>
            /// <returns>The name.</returns>
            public string Name() => "";
        }

        /// <summary>Produces.</summary>
        public delegate int {|DOC106:Producer|}();
        """)
        .Expect(new DiagnosticResult(Descriptors.MissingReturns).WithLocation(0).WithArguments("Widget.Count()"))
        .VerifyAsync();

    [Theory]
    [MemberData(nameof(DocumentationModes.All), MemberType = typeof(DocumentationModes))]
    public Task Returns_on_void_or_a_constructor_is_reported_on_the_tag(DocumentationMode mode) => Test(mode, """
        using System.Threading.Tasks;

        /// <summary>Documented.</summary>
        public class Widget
        {
            /// <summary>Creates.</summary>
            /// {|#0:<returns>|}A widget.</returns>
            public Widget() { }

            /// <summary>Resets.</summary>
            /// {|DOC107:<returns/>|}
            public void Reset() { }

            /// <summary>Saves.</summary>
            /// <returns>A task that completes when saved.</returns>
            public Task SaveAsync() => Task.CompletedTask;
        }

        /// <summary>Notifies.</summary>
        /// {|DOC107:<returns>|}Nothing.</returns>
        public delegate void Notify();
        """)
        .Expect(new DiagnosticResult(Descriptors.ReturnsOnVoid).WithLocation(0).WithArguments("Widget.Widget()"))
        .VerifyAsync();
}
