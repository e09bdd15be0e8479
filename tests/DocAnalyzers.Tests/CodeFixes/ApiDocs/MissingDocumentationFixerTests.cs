using DocAnalyzers.CodeFixes.ApiDocs;
using Microsoft.CodeAnalysis;
using DocAnalyzers.Tests.ApiDocs;

namespace DocAnalyzers.Tests.CodeFixes.ApiDocs;

/// <summary>DOC100's fix: a comment whose tags match the signature, or inheritdoc on an override or implementation.</summary>
public sealed class MissingDocumentationFixerTests
{
    private static ApiFixTest<MissingDocumentationFixer> Test(DocumentationMode mode, string source, string fixedSource, string? key = null) =>
        new(mode, source, fixedSource, key);

    [Theory]
    [MemberData(nameof(DocumentationModes.All), MemberType = typeof(DocumentationModes))]
    public Task Writes_a_skeleton_whose_tags_match_the_signature(DocumentationMode mode) => Test(mode, """
        namespace Shop;

        public class {|DOC100:Widget|}
        {
            public {|DOC100:Widget|}(string name) { }

            public int {|DOC100:Width|} { get; set; }

            public T {|DOC100:Resize|}<T>(int width, int height) => default!;
        }
        """, """
        namespace Shop;

        /// <summary>
        /// Represents a widget.
        /// </summary>
        public class Widget
        {
            /// <summary>
            /// Initializes a new instance of the <see cref="Widget"/> class.
            /// </summary>
            /// <param name="name">The name.</param>
            public Widget(string name) { }

            /// <summary>
            /// Gets or sets the width of the widget.
            /// </summary>
            public int Width { get; set; }

            /// <summary>
            /// Resizes the widget.
            /// </summary>
            /// {|DOC108:<typeparam name="T">|}TODO: describe this type parameter.</typeparam>
            /// <param name="width">The width.</param>
            /// <param name="height">The height.</param>
            /// {|DOC108:<returns>|}TODO: say what it returns.</returns>
            public T Resize<T>(int width, int height) => default!;
        }
        """).RunAsync();

    [Theory]
    [MemberData(nameof(DocumentationModes.All), MemberType = typeof(DocumentationModes))]
    public Task Writes_a_sentence_for_every_kind_of_member(DocumentationMode mode) => Test(mode, """
        using System;
        using System.Threading.Tasks;

        public interface {|DOC100:IWidgetStore|}
        {
            Task<int> {|DOC100:CountAsync|}();
        }

        public enum {|DOC100:Color|}
        {
            {|DOC100:Red|},
            {|DOC100:DarkBlue|},
        }

        public delegate bool {|DOC100:ChangeHandler|}(object sender);

        public static class {|DOC100:TextHelpers|}
        {
            public const int {|DOC100:MaxLength|} = 10;
        }

        public record struct {|DOC100:{|DOC100:Point|}|}(int {|DOC100:X|}, int {|DOC100:Y|});

        public sealed class {|DOC100:Stack|}<TItem>
        {
            public int {|DOC100:Count|}, {|DOC100:Capacity|};

            public bool {|DOC100:IsEmpty|} => true;

            public TItem {|DOC100:this|}[int index] => default!;

            public event EventHandler? {|DOC100:Changed|};

            public Task {|DOC100:SaveAsync|}() => Task.CompletedTask;

            public bool {|DOC100:TryPop|}(out TItem item) { item = default!; return false; }

            public static Stack<TItem> operator {|DOC100:+|}(Stack<TItem> left, Stack<TItem> right) => left;

            public static explicit operator {|DOC100:int|}(Stack<TItem> stack) => 0;
        }
        """, """
        using System;
        using System.Threading.Tasks;

        /// <summary>
        /// Defines a widget store.
        /// </summary>
        public interface IWidgetStore
        {
            /// {|DOC108:<summary>|}
            /// TODO: say what this method does.
            /// </summary>
            /// {|DOC108:<returns>|}TODO: say what it returns.</returns>
            Task<int> CountAsync();
        }

        /// <summary>
        /// Specifies the color values.
        /// </summary>
        public enum Color
        {
            /// <summary>
            /// The red value.
            /// </summary>
            Red,
            /// <summary>
            /// The dark blue value.
            /// </summary>
            DarkBlue,
        }

        /// <summary>
        /// Represents a change handler.
        /// </summary>
        /// <param name="sender">The sender.</param>
        /// {|DOC108:<returns>|}TODO: say what it returns.</returns>
        public delegate bool ChangeHandler(object sender);

        /// <summary>
        /// Provides the text helpers.
        /// </summary>
        public static class TextHelpers
        {
            /// <summary>
            /// The maximum length.
            /// </summary>
            public const int MaxLength = 10;
        }

        /// <summary>
        /// Represents a point.
        /// </summary>
        /// {|DOC108:<param name="X">|}TODO: describe this parameter.</param>
        /// {|DOC108:<param name="Y">|}TODO: describe this parameter.</param>
        public record struct Point(int X, int Y);

        /// <summary>
        /// Represents a stack.
        /// </summary>
        /// <typeparam name="TItem">The type of the item.</typeparam>
        public sealed class Stack<TItem>
        {
            /// <summary>
            /// The count.
            /// </summary>
            public int Count, Capacity;

            /// <summary>
            /// Gets a value indicating whether the stack is empty.
            /// </summary>
            public bool IsEmpty => true;

            /// <summary>
            /// Gets the element at the specified index.
            /// </summary>
            /// <param name="index">The index.</param>
            public TItem this[int index] => default!;

            /// <summary>
            /// Occurs when the stack is changed.
            /// </summary>
            public event EventHandler? Changed;

            /// <summary>
            /// Saves the stack asynchronously.
            /// </summary>
            public Task SaveAsync() => Task.CompletedTask;

            /// <summary>
            /// Tries to pop the stack.
            /// </summary>
            /// <param name="item">The item.</param>
            /// <returns><see langword="true"/> if it succeeds; otherwise, <see langword="false"/>.</returns>
            public bool TryPop(out TItem item) { item = default!; return false; }

            /// <summary>
            /// Implements the <c>+</c> operator.
            /// </summary>
            /// <param name="left">The left operand.</param>
            /// <param name="right">The right operand.</param>
            /// <returns>The stack.</returns>
            public static Stack<TItem> operator +(Stack<TItem> left, Stack<TItem> right) => left;

            /// <summary>
            /// Converts <c>Stack&lt;TItem&gt;</c> to <c>int</c>.
            /// </summary>
            /// <param name="stack">The stack.</param>
            /// <returns>The converted value.</returns>
            public static explicit operator int(Stack<TItem> stack) => 0;
        }
        """).RunAsync();

    // Verb and object come from the name, the parameters and the owner; a method named by a noun gets that value.
    [Theory]
    [MemberData(nameof(DocumentationModes.All), MemberType = typeof(DocumentationModes))]
    public Task Drafts_read_as_sentences_about_the_owner(DocumentationMode mode) => Test(mode, """
        using System.Collections.Generic;

        /// <summary>A shape.</summary>
        public abstract class Shape
        {
            /// <summary>The area.</summary>
            /// <returns>The area.</returns>
            public abstract double Area();
        }

        /// <summary>A rectangle.</summary>
        public sealed class Rectangle
        {
            public double {|DOC100:Width|} { get; private set; }

            public double {|DOC100:Area|}() => Width;

            public double {|DOC100:ComputeDiagonal|}() => Width;

            public bool {|DOC100:IsSquare|} => true;
        }

        /// <summary>A store of shapes.</summary>
        public sealed class ShapeStore
        {
            public bool {|DOC100:EagerlyEmitFirstEvent|} { get; set; }

            public void {|DOC100:Add|}(Shape shape) { }

            public bool {|DOC100:Remove|}(Shape shape) => true;

            public IReadOnlyList<Shape> {|DOC100:GetAll|}() => new List<Shape>();

            public Shape? {|DOC100:FindLargest|}() => null;

            public void {|DOC100:Clear|}() { }

            public event System.EventHandler? {|DOC100:Changed|};

            public void {|DOC100:RaiseChanged|}() { }
        }

        /// <summary>Geometry helpers.</summary>
        public static class GeometryExtensions
        {
            public static double {|DOC100:Perimeter|}(this Rectangle rectangle) => 0;

            public static bool {|DOC100:IsEmpty|}(this ShapeStore store) => true;
        }
        """, """
        using System.Collections.Generic;

        /// <summary>A shape.</summary>
        public abstract class Shape
        {
            /// <summary>The area.</summary>
            /// <returns>The area.</returns>
            public abstract double Area();
        }

        /// <summary>A rectangle.</summary>
        public sealed class Rectangle
        {
            /// <summary>
            /// Gets the width of the rectangle.
            /// </summary>
            public double Width { get; private set; }

            /// <summary>
            /// Gets the area of the rectangle.
            /// </summary>
            /// <returns>The area.</returns>
            public double Area() => Width;

            /// <summary>
            /// Computes the diagonal of the rectangle.
            /// </summary>
            /// <returns>The diagonal.</returns>
            public double ComputeDiagonal() => Width;

            /// <summary>
            /// Gets a value indicating whether the rectangle is square.
            /// </summary>
            public bool IsSquare => true;
        }

        /// <summary>A store of shapes.</summary>
        public sealed class ShapeStore
        {
            /// <summary>
            /// Gets or sets a value indicating whether to eagerly emit the first event.
            /// </summary>
            public bool EagerlyEmitFirstEvent { get; set; }

            /// <summary>
            /// Adds the shape to the store.
            /// </summary>
            /// <param name="shape">The shape.</param>
            public void Add(Shape shape) { }

            /// <summary>
            /// Removes the shape from the store.
            /// </summary>
            /// <param name="shape">The shape.</param>
            /// <returns><see langword="true"/> if it succeeds; otherwise, <see langword="false"/>.</returns>
            public bool Remove(Shape shape) => true;

            /// <summary>
            /// Gets all shapes.
            /// </summary>
            /// <returns>All shapes.</returns>
            public IReadOnlyList<Shape> GetAll() => new List<Shape>();

            /// <summary>
            /// Finds the largest shape.
            /// </summary>
            /// <returns>The largest shape.</returns>
            public Shape? FindLargest() => null;

            /// <summary>
            /// Clears the shape store.
            /// </summary>
            public void Clear() { }

            /// <summary>
            /// Occurs when the shape store is changed.
            /// </summary>
            public event System.EventHandler? Changed;

            /// <summary>
            /// Raises the <see cref="Changed"/> event.
            /// </summary>
            public void RaiseChanged() { }
        }

        /// <summary>Geometry helpers.</summary>
        public static class GeometryExtensions
        {
            /// <summary>
            /// Gets the perimeter of the rectangle.
            /// </summary>
            /// <param name="rectangle">The rectangle.</param>
            /// <returns>The perimeter.</returns>
            public static double Perimeter(this Rectangle rectangle) => 0;

            /// <summary>
            /// Determines whether the shape store is empty.
            /// </summary>
            /// <param name="store">The store.</param>
            /// <returns><see langword="true"/> if the shape store is empty; otherwise, <see langword="false"/>.</returns>
            public static bool IsEmpty(this ShapeStore store) => true;
        }
        """).RunAsync();

    // Where the name is no verb the draft knows, or a parameter is a letter or an abbreviation, the fix writes a prompt,
    // and DOC108 reports it (the fixed code's markup) until someone writes the text.
    [Theory]
    [MemberData(nameof(DocumentationModes.All), MemberType = typeof(DocumentationModes))]
    public Task Names_the_draft_cannot_read_get_prompts_that_DOC108_reports(DocumentationMode mode) => Test(mode, """
        using System;

        /// <summary>The configuration of a logger.</summary>
        public class LoggerConfiguration
        {
        }

        /// <summary>How a logger audits.</summary>
        public class LoggerAuditSinkConfiguration
        {
            public LoggerConfiguration {|DOC100:Logger|}(Action<LoggerConfiguration> configureLogger, int restrictedToMinimumLevel) => new();

            public LoggerConfiguration {|DOC100:AsScalar|}(Type scalarType) => new();

            public LoggerConfiguration {|DOC100:Debug|}() => new();

            public static int {|DOC100:Parse|}(string s) => 0;

            public void {|DOC100:Compare|}(object obj, int a) { }

            public void {|DOC100:Reset|}(DateTime created) { }
        }

        public static class {|DOC100:LevelAlias|}
        {
        }
        """, """
        using System;

        /// <summary>The configuration of a logger.</summary>
        public class LoggerConfiguration
        {
        }

        /// <summary>How a logger audits.</summary>
        public class LoggerAuditSinkConfiguration
        {
            /// {|DOC108:<summary>|}
            /// TODO: say what this method does.
            /// </summary>
            /// <param name="configureLogger">An action that configures the logger.</param>
            /// {|DOC108:<param name="restrictedToMinimumLevel">|}TODO: describe this parameter.</param>
            /// <returns>The logger configuration.</returns>
            public LoggerConfiguration Logger(Action<LoggerConfiguration> configureLogger, int restrictedToMinimumLevel) => new();

            /// {|DOC108:<summary>|}
            /// TODO: say what this method does.
            /// </summary>
            /// <param name="scalarType">The scalar type.</param>
            /// <returns>The logger configuration.</returns>
            public LoggerConfiguration AsScalar(Type scalarType) => new();

            /// {|DOC108:<summary>|}
            /// TODO: say what this method does.
            /// </summary>
            /// <returns>The logger configuration.</returns>
            public LoggerConfiguration Debug() => new();

            /// {|DOC108:<summary>|}
            /// TODO: say what this method does.
            /// </summary>
            /// {|DOC108:<param name="s">|}TODO: describe this parameter.</param>
            /// {|DOC108:<returns>|}TODO: say what it returns.</returns>
            public static int Parse(string s) => 0;

            /// {|DOC108:<summary>|}
            /// TODO: say what this method does.
            /// </summary>
            /// {|DOC108:<param name="obj">|}TODO: describe this parameter.</param>
            /// {|DOC108:<param name="a">|}TODO: describe this parameter.</param>
            public void Compare(object obj, int a) { }

            /// <summary>
            /// Resets the logger audit sink configuration.
            /// </summary>
            /// {|DOC108:<param name="created">|}TODO: describe this parameter.</param>
            public void Reset(DateTime created) { }
        }

        /// {|DOC108:<summary>|}
        /// TODO: say what this class is for.
        /// </summary>
        public static class LevelAlias
        {
        }
        """).RunAsync();

    // The first action, the one dotnet format and a Fix All without a chosen action apply: <inheritdoc/> on every
    // override and implementation (implicit, of a generic interface, of an interface's own base), a comment elsewhere.
    [Theory]
    [MemberData(nameof(DocumentationModes.All), MemberType = typeof(DocumentationModes))]
    public Task Writes_inheritdoc_on_overrides_and_implementations_by_default(DocumentationMode mode) => Test(mode, """
        using System;

        public class {|DOC100:Widget|} : IDisposable, IEquatable<Widget>
        {
            public void {|DOC100:Dispose|}() { }

            public bool {|DOC100:Equals|}(Widget? other) => other is not null;

            public override bool {|DOC100:Equals|}(object? obj) => Equals(obj as Widget);

            public override int {|DOC100:GetHashCode|}() => 0;

            public override string {|DOC100:ToString|}() => "widget";

            public void {|DOC100:Clear|}() { }
        }

        /// <summary>A store.</summary>
        public interface IStore : IDisposable
        {
            new void {|DOC100:Dispose|}();
        }
        """, """
        using System;

        /// <summary>
        /// Represents a widget.
        /// </summary>
        public class Widget : IDisposable, IEquatable<Widget>
        {
            /// <inheritdoc/>
            public void Dispose() { }

            /// <inheritdoc/>
            public bool Equals(Widget? other) => other is not null;

            /// <inheritdoc/>
            public override bool Equals(object? obj) => Equals(obj as Widget);

            /// <inheritdoc/>
            public override int GetHashCode() => 0;

            /// <inheritdoc/>
            public override string ToString() => "widget";

            /// <summary>
            /// Clears the widget.
            /// </summary>
            public void Clear() { }
        }

        /// <summary>A store.</summary>
        public interface IStore : IDisposable
        {
            /// <inheritdoc/>
            new void Dispose();
        }
        """).RunAsync();

    // A Fix All that starts from an override's first action writes <inheritdoc/> there and a comment elsewhere too.
    [Theory]
    [MemberData(nameof(DocumentationModes.All), MemberType = typeof(DocumentationModes))]
    public Task The_default_fix_is_the_same_whichever_member_comes_first(DocumentationMode mode) => Test(mode, """
        /// <summary>A widget.</summary>
        public class Widget
        {
            public override string {|DOC100:ToString|}() => "widget";

            public void {|DOC100:Clear|}() { }
        }
        """, """
        /// <summary>A widget.</summary>
        public class Widget
        {
            /// <inheritdoc/>
            public override string ToString() => "widget";

            /// <summary>
            /// Clears the widget.
            /// </summary>
            public void Clear() { }
        }
        """, MissingDocumentationFixer.AddDocumentationKey).RunAsync();

    [Theory]
    [MemberData(nameof(DocumentationModes.All), MemberType = typeof(DocumentationModes))]
    public Task The_second_fix_writes_the_full_comment_on_an_override(DocumentationMode mode) => Test(mode, """
        using System;

        /// <summary>A widget.</summary>
        public class Widget : IDisposable
        {
            public void {|DOC100:Dispose|}() { }

            public override string {|DOC100:ToString|}() => "widget";
        }
        """, """
        using System;

        /// <summary>A widget.</summary>
        public class Widget : IDisposable
        {
            /// <summary>
            /// Disposes the widget.
            /// </summary>
            public void Dispose() { }

            /// <summary>
            /// Converts the widget to a string.
            /// </summary>
            /// <returns>The string.</returns>
            public override string ToString() => "widget";
        }
        """, MissingDocumentationFixer.AddFullCommentKey).RunAsync();

    [Theory]
    [MemberData(nameof(DocumentationModes.All), MemberType = typeof(DocumentationModes))]
    public Task Keeps_the_file_line_endings_and_indentation(DocumentationMode mode) => Test(mode, """
        namespace Shop
        {
        	public class {|DOC100:Widget|}
        	{
        		// Attributes and ordinary comments stay above the new comment's declaration.
        		[System.Obsolete]
        		public void {|DOC100:Resize|}(int width) { }
        	}
        }
        """.ReplaceLineEndings("\r\n"), """
        namespace Shop
        {
        	/// <summary>
        	/// Represents a widget.
        	/// </summary>
        	public class Widget
        	{
        		// Attributes and ordinary comments stay above the new comment's declaration.
        		/// <summary>
        		/// Resizes the widget.
        		/// </summary>
        		/// <param name="width">The width.</param>
        		[System.Obsolete]
        		public void Resize(int width) { }
        	}
        }
        """.ReplaceLineEndings("\r\n")).RunAsync();

    [Theory]
    [MemberData(nameof(DocumentationModes.All), MemberType = typeof(DocumentationModes))]
    public Task Documents_a_member_that_shares_its_line(DocumentationMode mode) => Test(mode, """
        /// <summary>A widget.</summary>
        public class Widget { public int {|DOC100:Width|}; }
        """, """
        /// <summary>A widget.</summary>
        public class Widget {
        /// <summary>
        /// The width.
        /// </summary>
        public int Width; }
        """).RunAsync();

    [Theory]
    [MemberData(nameof(DocumentationModes.All), MemberType = typeof(DocumentationModes))]
    public Task Documents_the_declaration_a_partial_type_is_reported_at(DocumentationMode mode)
    {
        var test = Test(mode, """
            public partial class {|DOC100:Widget|}
            {
            }
            """, """
            /// <summary>
            /// Represents a widget.
            /// </summary>
            public partial class Widget
            {
            }
            """);
        test.TestState.Sources.Add(("Other.cs", "public partial class Widget\n{\n}\n"));
        test.FixedState.Sources.Add(("Other.cs", "public partial class Widget\n{\n}\n"));
        return test.RunAsync();
    }
}
