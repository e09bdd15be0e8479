using DocAnalyzers.ApiDocs;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace DocAnalyzers.Tests.ApiDocs;

/// <summary>DOC102–DOC105: param and typeparam tags agree with the signature.</summary>
public sealed class TagTests
{
    private static ApiDocTest<ApiDocumentationAnalyzer> Test(DocumentationMode mode, string source) => new(mode, source);

    [Theory]
    [MemberData(nameof(DocumentationModes.All), MemberType = typeof(DocumentationModes))]
    public Task Undocumented_parameters_are_reported_on_the_parameter(DocumentationMode mode) => Test(mode, """
        /// <summary>Documented.</summary>
        public class Widget
        {
            /// <summary>Resizes.</summary>
            /// <param name="width">The width.</param>
            public void Resize(int width, int {|#0:height|}) { }

            /// <summary>Moves.</summary>
            public void Move(int {|DOC102:x|}, int {|DOC102:y|}) { }

            /// <summary>Gets an item.</summary>
            /// <param name="index">The index.</param>
            public int this[int index, int {|DOC102:column|}] => index;

            /// <summary>Creates.</summary>
            public Widget(string {|DOC102:name|}) { }

            /// <summary>Adds.</summary>
            /// <param name="left">The left.</param>
            /// <param name="right">The right.</param>
            /// <returns>The sum.</returns>
            public static Widget operator +(Widget left, Widget right) => left;
        }

        /// <summary>A handler.</summary>
        public delegate void Handler(object {|DOC102:sender|});
        """)
        .Expect(new DiagnosticResult(Descriptors.MissingParamTag).WithLocation(0).WithArguments("Widget.Resize(int, int)", "height"))
        .VerifyAsync();

    [Theory]
    [MemberData(nameof(DocumentationModes.All), MemberType = typeof(DocumentationModes))]
    public Task Stale_and_repeated_param_tags_are_reported_on_the_tag(DocumentationMode mode) => Test(mode, """
        /// <summary>Documented.</summary>
        public class Widget
        {
            /// <summary>Resizes.</summary>
            /// <param name="width">The width.</param>
            /// {|#0:<param name="heigth">|}The height.</param>
            /// {|#1:<param name="width">|}Again.</param>
            /// {|DOC103:<param/>|}
            public void Resize(int width, int {|DOC102:height|}) { }
        }
        """)
        .Expect(
            new DiagnosticResult(Descriptors.UnmatchedParamTag).WithLocation(0).WithArguments("Widget.Resize(int, int)", "heigth", "names no parameter"),
            new DiagnosticResult(Descriptors.UnmatchedParamTag).WithLocation(1).WithArguments("Widget.Resize(int, int)", "width", "repeats a parameter already documented"))
        .VerifyAsync();

    [Theory]
    [MemberData(nameof(DocumentationModes.All), MemberType = typeof(DocumentationModes))]
    public Task Record_and_primary_constructor_parameters_are_checked_on_the_type(DocumentationMode mode) => Test(mode, """
        /// <summary>A point.</summary>
        /// <param name="X">The x.</param>
        /// {|DOC103:<param name="Z">|}Stale.</param>
        public record Point(int X, int {|DOC102:Y|});

        /// <summary>A service.</summary>
        public class Service(string {|DOC102:name|})
        {
            /// <summary>Gets the name.</summary>
            public string Name => name;
        }

        /// <summary>No primary constructor, so no parameters.</summary>
        /// {|DOC103:<param name="value">|}Stale.</param>
        public class Plain { }
        """).VerifyAsync();

    [Theory]
    [MemberData(nameof(DocumentationModes.All), MemberType = typeof(DocumentationModes))]
    public Task Type_parameters_need_typeparam_tags(DocumentationMode mode) => Test(mode, """
        /// <summary>A cache.</summary>
        /// <typeparam name="TKey">The key.</typeparam>
        /// {|#0:<typeparam name="TValeu">|}The value.</typeparam>
        public class Cache<TKey, {|#1:TValue|}>
        {
            /// <summary>Converts.</summary>
            /// <param name="value">The value.</param>
            /// <returns>The result.</returns>
            public TResult Convert<{|DOC104:TResult|}>(TValue value) => default!;

            /// <summary>Not generic.</summary>
            /// {|DOC105:<typeparam name="T">|}Stale.</typeparam>
            public void Plain() { }
        }

        /// <summary>A factory.</summary>
        /// <returns>The product.</returns>
        public delegate T Factory<{|DOC104:T|}>();
        """)
        .Expect(
            new DiagnosticResult(Descriptors.UnmatchedTypeParamTag).WithLocation(0).WithArguments("Cache<TKey, TValue>", "TValeu", "names no type parameter"),
            new DiagnosticResult(Descriptors.MissingTypeParamTag).WithLocation(1).WithArguments("Cache<TKey, TValue>", "TValue"))
        .VerifyAsync();

    [Theory]
    [MemberData(nameof(DocumentationModes.All), MemberType = typeof(DocumentationModes))]
    public Task Tags_of_inherited_or_included_documentation_are_not_checked(DocumentationMode mode) => Test(mode, """
        /// <summary>Documented.</summary>
        public abstract class Widget
        {
            /// <summary>Resizes.</summary>
            /// <param name="width">The width.</param>
            public abstract void Resize(int width);
        }

        /// <summary>A widget that resizes instantly.</summary>
        public sealed class Derived : Widget
        {
            /// <inheritdoc/>
            public override void Resize(int width) { }

            /// <include file="docs.xml" path="doc/member[@name='Move']/*"/>
            public void Move(int x) { }
        }
        """).VerifyAsync();
}
