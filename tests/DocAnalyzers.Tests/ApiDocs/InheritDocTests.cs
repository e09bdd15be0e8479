using DocAnalyzers.ApiDocs;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace DocAnalyzers.Tests.ApiDocs;

/// <summary>DOC109: inheritdoc without cref needs something to inherit from.</summary>
public sealed class InheritDocTests
{
    private static ApiDocTest<ApiDocumentationAnalyzer> Test(DocumentationMode mode, string source) => new(mode, source);

    [Theory]
    [MemberData(nameof(DocumentationModes.All), MemberType = typeof(DocumentationModes))]
    public Task Inheritdoc_with_a_source_is_accepted(DocumentationMode mode) => Test(mode, """
        /// <summary>A shape.</summary>
        public interface IShape
        {
            /// <summary>The area.</summary>
            /// <returns>The area.</returns>
            double Area();
        }

        /// <summary>A base.</summary>
        public abstract class ShapeBase
        {
            /// <summary>Creates.</summary>
            /// <param name="name">The name.</param>
            protected ShapeBase(string name) { }

            /// <summary>Draws.</summary>
            public abstract void Draw();
        }

        /// <inheritdoc/>
        public sealed class Circle : ShapeBase, IShape
        {
            /// <inheritdoc/>
            public Circle(string name) : base(name) { }

            /// <inheritdoc/>
            public override void Draw() { }

            /// <inheritdoc/>
            public double Area() => 0;

            /// <inheritdoc/>
            public override string ToString() => "";

            /// <inheritdoc cref="Area"/>
            public double Surface() => 0;
        }
        """).VerifyAsync();

    [Theory]
    [MemberData(nameof(DocumentationModes.All), MemberType = typeof(DocumentationModes))]
    public Task Inheritdoc_without_a_source_is_reported_on_the_tag(DocumentationMode mode) => Test(mode, """
        /// {|#0:<inheritdoc/>|}
        public class Widget
        {
            /// {|DOC109:<inheritdoc/>|}
            public Widget(int size) { }

            /// {|DOC109:<inheritdoc />|}
            public void Resize() { }

            /// {|DOC109:<inheritdoc/>|}
            public int Size;

            /// {|DOC109:<inheritdoc>|}</inheritdoc>
            public static void Create() { }
        }

        /// {|DOC109:<inheritdoc/>|}
        public enum Color { /// {|DOC109:<inheritdoc/>|}
            Red }
        """)
        .Expect(new DiagnosticResult(Descriptors.NothingToInherit).WithLocation(0).WithArguments("Widget"))
        .VerifyAsync();

    [Theory]
    [MemberData(nameof(DocumentationModes.All), MemberType = typeof(DocumentationModes))]
    public Task Inheritdoc_is_not_reported_when_a_base_type_cannot_be_resolved(DocumentationMode mode)
    {
        var test = Test(mode, """
            /// <summary>A command.</summary>
            public sealed class Command : IMissingCommand
            {
                /// <inheritdoc/>
                public void Execute() { }
            }
            """);
        test.CompilerDiagnostics = Microsoft.CodeAnalysis.Testing.CompilerDiagnostics.None;
        return test.VerifyAsync();
    }
}
