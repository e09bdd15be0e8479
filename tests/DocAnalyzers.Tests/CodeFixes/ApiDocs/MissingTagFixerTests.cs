using DocAnalyzers.CodeFixes.ApiDocs;
using DocAnalyzers.Tests.ApiDocs;
using Microsoft.CodeAnalysis;

namespace DocAnalyzers.Tests.CodeFixes.ApiDocs;

/// <summary>The fix of DOC101 (no summary), DOC102, DOC104 and DOC106: the missing tag, beside its neighbours in signature order.</summary>
public sealed class MissingTagFixerTests
{
    private static ApiFixTest<MissingTagFixer> Test(DocumentationMode mode, string source, string fixedSource) => new(mode, source, fixedSource);

    [Theory]
    [MemberData(nameof(DocumentationModes.All), MemberType = typeof(DocumentationModes))]
    public Task Adds_param_tags_in_signature_order_beside_the_existing_ones(DocumentationMode mode) => Test(mode, """
        /// <summary>A widget.</summary>
        public class Widget
        {
            /// <summary>Moves the widget.</summary>
            /// <param name="y">The distance down, in pixels.</param>
            /// <remarks>Kept as written.</remarks>
            public void Move(int {|DOC102:x|}, int y, int {|DOC102:z|}) { }

            /// <summary>Resizes.</summary>
            public void Resize(int {|DOC102:width|}, int {|DOC102:height|}) { }
        }
        """, """
        /// <summary>A widget.</summary>
        public class Widget
        {
            /// <summary>Moves the widget.</summary>
            /// {|DOC108:<param name="x">|}TODO: describe this parameter.</param>
            /// <param name="y">The distance down, in pixels.</param>
            /// {|DOC108:<param name="z">|}TODO: describe this parameter.</param>
            /// <remarks>Kept as written.</remarks>
            public void Move(int x, int y, int z) { }

            /// <summary>Resizes.</summary>
            /// <param name="width">The width.</param>
            /// <param name="height">The height.</param>
            public void Resize(int width, int height) { }
        }
        """).RunAsync();

    [Theory]
    [MemberData(nameof(DocumentationModes.All), MemberType = typeof(DocumentationModes))]
    public Task Adds_typeparam_and_returns_tags_where_they_belong(DocumentationMode mode) => Test(mode, """
        using System.Threading.Tasks;

        /// <summary>A cache.</summary>
        /// <remarks>Thread-safe.</remarks>
        public class Cache<{|DOC104:TKey|}, {|DOC104:TValue|}>
        {
            /// <summary>Gets a value.</summary>
            /// <param name="key">The key.</param>
            public TValue {|DOC106:GetValue|}(TKey key) => default!;

            /// <summary>Finds a value.</summary>
            /// <param name="key">The key.</param>
            public Task<TValue> {|DOC106:FindAsync|}(TKey key) => Task.FromResult(default(TValue)!);

            /// <summary>Converts.</summary>
            /// <typeparam name="TResult">The result type.</typeparam>
            /// <returns>The converted value.</returns>
            public TResult Convert<TResult, {|DOC104:TOther|}>() => default!;
        }
        """, """
        using System.Threading.Tasks;

        /// <summary>A cache.</summary>
        /// <typeparam name="TKey">The type of the key.</typeparam>
        /// <typeparam name="TValue">The type of the value.</typeparam>
        /// <remarks>Thread-safe.</remarks>
        public class Cache<TKey, TValue>
        {
            /// <summary>Gets a value.</summary>
            /// <param name="key">The key.</param>
            /// <returns>The value.</returns>
            public TValue GetValue(TKey key) => default!;

            /// <summary>Finds a value.</summary>
            /// <param name="key">The key.</param>
            /// {|DOC108:<returns>|}TODO: say what it returns.</returns>
            public Task<TValue> FindAsync(TKey key) => Task.FromResult(default(TValue)!);

            /// <summary>Converts.</summary>
            /// <typeparam name="TResult">The result type.</typeparam>
            /// <typeparam name="TOther">The type of the other.</typeparam>
            /// <returns>The converted value.</returns>
            public TResult Convert<TResult, TOther>() => default!;
        }
        """).RunAsync();

    [Theory]
    [MemberData(nameof(DocumentationModes.All), MemberType = typeof(DocumentationModes))]
    public Task Adds_a_missing_summary_first(DocumentationMode mode) => Test(mode, """
        /// <summary>A widget.</summary>
        public class Widget
        {
            /// <param name="width">The new width.</param>
            public void {|DOC101:Resize|}(int width) { }
        }
        """, """
        /// <summary>A widget.</summary>
        public class Widget
        {
            /// <summary>
            /// Resizes the widget.
            /// </summary>
            /// <param name="width">The new width.</param>
            public void Resize(int width) { }
        }
        """).RunAsync();

    [Theory]
    [MemberData(nameof(DocumentationModes.All), MemberType = typeof(DocumentationModes))]
    public Task Adds_tags_inside_block_comments_and_after_a_brace_on_the_same_line(DocumentationMode mode) => Test(mode, """
        /// <summary>A widget.</summary>
        public class Widget
        {   /// <summary>Moves.</summary>
            public void Move(int {|DOC102:x|}) { }

            /**
             * <summary>Resizes.</summary>
             */
            public void Resize(int {|DOC102:width|}) { }
        }
        """, """
        /// <summary>A widget.</summary>
        public class Widget
        {   /// <summary>Moves.</summary>
            /// {|DOC108:<param name="x">|}TODO: describe this parameter.</param>
            public void Move(int x) { }

            /**
             * <summary>Resizes.</summary>
             * <param name="width">The width.</param>
             */
            public void Resize(int width) { }
        }
        """).RunAsync();
}
