using DocAnalyzers.ApiDocs;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace DocAnalyzers.Tests.ApiDocs;

/// <summary>DOC100: which members need a comment, where the diagnostic goes, and the options that change the surface.</summary>
public sealed class MissingDocumentationTests
{
    private static ApiDocTest<ApiDocumentationAnalyzer> Test(DocumentationMode mode, string source) => new(mode, source);

    [Theory]
    [MemberData(nameof(DocumentationModes.All), MemberType = typeof(DocumentationModes))]
    public Task Reports_at_the_places_the_compiler_reports_CS1591(DocumentationMode mode) => Test(mode, """
        /// <summary>Documented.</summary>
        public class Widget
        {
            public int {|DOC100:A|}, {|DOC100:B|};
            public int {|DOC100:this|}[int index] => index;
            public static Widget operator {|DOC100:+|}(Widget left, Widget right) => left;
            public static implicit operator {|DOC100:int|}(Widget widget) => 0;
            public event System.Action? {|DOC100:Changed|};
            protected void {|DOC100:Protected|}() { }
            protected internal void {|DOC100:ProtectedInternal|}() { }
            internal void Internal() { }
            private protected void PrivateProtected() { }
            private void Private() { }
            public int Property { get; set; }
        }
        """).Expect(new DiagnosticResult(Descriptors.MissingDocumentation).WithSpan(14, 16, 14, 24).WithArguments("Widget.Property")).VerifyAsync();

    [Theory]
    [MemberData(nameof(DocumentationModes.All), MemberType = typeof(DocumentationModes))]
    public Task Members_of_types_hidden_from_other_assemblies_are_not_reported(DocumentationMode mode) => Test(mode, """
        internal class Hidden { public void M() { } }
        /// <summary>Documented.</summary>
        public class Outer
        {
            private class Nested { public void M() { } }
            internal class InternalNested { public void M() { } }
            /// <summary>Documented.</summary>
            protected class ProtectedNested { public void {|DOC100:M|}() { } }
        }
        """).VerifyAsync();

    [Theory]
    [MemberData(nameof(DocumentationModes.All), MemberType = typeof(DocumentationModes))]
    public Task Inheritdoc_and_include_count_as_documentation(DocumentationMode mode) => Test(mode, """
        /// <summary>Documented.</summary>
        public class Widget
        {
            /// <inheritdoc/>
            public override string ToString() => "";

            /// <include file="docs.xml" path="doc/member[@name='M']/*"/>
            public void M() { }
        }
        """).VerifyAsync();

    [Theory]
    [MemberData(nameof(DocumentationModes.All), MemberType = typeof(DocumentationModes))]
    public Task A_regular_comment_or_four_slashes_is_not_documentation(DocumentationMode mode) => Test(mode, """
        /// <summary>Documented.</summary>
        public class Widget
        {
            // A regular comment.
            public void {|DOC100:Regular|}() { }

            //// Four slashes.
            public void {|DOC100:FourSlashes|}() { }

            /* A block comment. */
            public void {|DOC100:Block|}() { }

            /** <summary>A documentation block comment.</summary> */
            public void DocumentationBlock() { }
        }
        """).VerifyAsync();

    [Theory]
    [MemberData(nameof(DocumentationModes.All), MemberType = typeof(DocumentationModes))]
    public Task Records_and_primary_constructors_are_documented_by_the_type_comment(DocumentationMode mode) => Test(mode, """
        /// <summary>A point.</summary>
        /// <param name="X">The x.</param>
        /// <param name="Y">The y.</param>
        public record Point(int X, int Y);

        public record {|DOC100:{|DOC100:Size|}|}(int {|DOC100:Width|}, int {|DOC100:Height|});

        /// <summary>A service.</summary>
        /// <param name="name">The name.</param>
        public class Service(string name)
        {
            /// <summary>Gets the name.</summary>
            public string Name => name;
        }
        """).VerifyAsync();

    [Theory]
    [MemberData(nameof(DocumentationModes.All), MemberType = typeof(DocumentationModes))]
    public Task Partial_members_are_documented_by_either_part(DocumentationMode mode) => Test(mode, """
        /// <summary>Documented.</summary>
        public partial class Widget
        {
            /// <summary>On the definition.</summary>
            public partial void Definition();
            public partial void Definition() { }

            public partial void Implementation();
            /// <summary>On the implementation.</summary>
            public partial void Implementation() { }

            public partial void {|DOC100:Neither|}();
            public partial void Neither() { }

            public partial int {|DOC100:Property|} { get; }
            public partial int Property => 1;
        }
        """).VerifyAsync();

    [Theory]
    [MemberData(nameof(DocumentationModes.All), MemberType = typeof(DocumentationModes))]
    public Task Extension_block_members_are_reported_but_not_the_block(DocumentationMode mode) => Test(mode, """
        /// <summary>Extensions.</summary>
        public static class TextExtensions
        {
            extension(string text)
            {
                public int {|DOC100:WordCount|}() => text.Split(' ').Length;
                public bool {|DOC100:IsBlank|} => text.Trim().Length == 0;
            }
        }
        """).VerifyAsync();

    [Theory]
    [MemberData(nameof(DocumentationModes.All), MemberType = typeof(DocumentationModes))]
    public Task Generated_code_is_skipped(DocumentationMode mode)
    {
        var test = Test(mode, "/// <summary>Documented.</summary>\npublic class Widget { }");
        test.TestState.Sources.Add(("Widget.g.cs", "public class Generated { public void M() { } }"));
        test.TestState.Sources.Add(("Other.cs", "// <auto-generated/>\npublic class Other { }"));
        return test.VerifyAsync();
    }

    [Theory]
    [MemberData(nameof(DocumentationModes.All), MemberType = typeof(DocumentationModes))]
    public Task Overrides_and_interface_implementations_are_reported_by_default(DocumentationMode mode) => Test(mode, Implementations).VerifyAsync();

    [Theory]
    [MemberData(nameof(DocumentationModes.All), MemberType = typeof(DocumentationModes))]
    public Task Exempt_overrides_option_treats_overrides_as_inheritdoc(DocumentationMode mode) => Test(mode, Implementations.Replace("{|DOC100:ToString|}", "ToString"))
        .EditorConfig("docanalyzers_api_exempt_overrides = true")
        .VerifyAsync();

    [Theory]
    [MemberData(nameof(DocumentationModes.All), MemberType = typeof(DocumentationModes))]
    public Task Exempt_interface_implementations_option_treats_implementations_as_inheritdoc(DocumentationMode mode) => Test(mode, Implementations.Replace("{|DOC100:Dispose|}", "Dispose"))
        .EditorConfig("docanalyzers_api_exempt_interface_implementations = true")
        .VerifyAsync();

    [Theory]
    [MemberData(nameof(DocumentationModes.All), MemberType = typeof(DocumentationModes))]
    public Task Protected_members_of_sealed_types_are_reported_by_default(DocumentationMode mode) => Test(mode, SealedType).VerifyAsync();

    [Theory]
    [MemberData(nameof(DocumentationModes.All), MemberType = typeof(DocumentationModes))]
    public Task Exclude_protected_in_sealed_types_option_leaves_them_out(DocumentationMode mode) => Test(mode, SealedType.Replace("{|DOC100:Protected|}", "Protected").Replace("{|DOC100:ProtectedInternal|}", "ProtectedInternal"))
        .EditorConfig("docanalyzers_api_exclude_protected_in_sealed_types = true")
        .VerifyAsync();

    [Theory]
    [MemberData(nameof(DocumentationModes.All), MemberType = typeof(DocumentationModes))]
    public Task Include_internal_option_adds_internal_members(DocumentationMode mode) => Test(mode, """
        internal class {|DOC100:Hidden|}
        {
            public void {|DOC100:M|}() { }
            internal void {|DOC100:N|}() { }
            private protected void {|DOC100:O|}() { }
            private void P() { }
        }
        """).EditorConfig("docanalyzers_api_include_internal = true").VerifyAsync();

    [Theory]
    [MemberData(nameof(DocumentationModes.All), MemberType = typeof(DocumentationModes))]
    public Task Options_apply_per_file(DocumentationMode mode)
    {
        var test = Test(mode, "internal class Hidden { public void M() { } }");
        test.TestState.Sources.Add(("/Internal/Other.cs", "internal class {|DOC100:Shown|} { }"));
        test.TestState.AnalyzerConfigFiles.Add(("/Internal/.editorconfig", "[*.cs]\ndocanalyzers_api_include_internal = true\n"));
        return test.VerifyAsync();
    }

    [Theory]
    [MemberData(nameof(DocumentationModes.All), MemberType = typeof(DocumentationModes))]
    public Task No_rule_runs_in_a_test_project_by_default(DocumentationMode mode) => Test(mode, "public class UndocumentedTests { public void Test() { } }")
        .Property("IsTestProject", "true")
        .VerifyAsync();

    [Theory]
    [MemberData(nameof(DocumentationModes.All), MemberType = typeof(DocumentationModes))]
    public Task Rules_in_test_projects_option_turns_listed_rules_on(DocumentationMode mode) => Test(mode, """
        public class {|DOC100:UndocumentedTests|}
        {
            /// <summary></summary>
            public void Test() { }
        }
        """)
        .Property("IsTestProject", "true")
        .EditorConfig("docanalyzers_api_rules_in_test_projects = DOC100")
        .VerifyAsync();

    [Theory]
    [MemberData(nameof(DocumentationModes.All), MemberType = typeof(DocumentationModes))]
    public Task Rules_in_test_projects_all_runs_every_rule(DocumentationMode mode) => Test(mode, """
        public class {|DOC100:UndocumentedTests|}
        {
            /// {|DOC101:<summary>|}</summary>
            public void Test() { }
        }
        """)
        .Property("IsTestProject", "true")
        .EditorConfig("docanalyzers_api_rules_in_test_projects = all")
        .VerifyAsync();

    [Fact]
    public Task A_bad_option_value_is_reported_once_and_the_default_used() => Test(DocumentationMode.None, """
        public class {|DOC100:Widget|} { }
        public class {|DOC100:Gadget|} { }
        """)
        .EditorConfig("docanalyzers_api_include_internal = yes")
        .Expect(new DiagnosticResult(Descriptors.ConfigurationUnusable).WithNoLocation().WithArguments("'docanalyzers_api_include_internal' must be true or false, not 'yes'"))
        .VerifyAsync();

    [Fact]
    public Task An_unknown_rule_in_the_test_project_option_is_reported() => Test(DocumentationMode.None, "public class Widget { }")
        .Property("IsTestProject", "true")
        .EditorConfig("docanalyzers_api_rules_in_test_projects = DOC100, DOC999")
        .Expect(
            new DiagnosticResult(Descriptors.MissingDocumentation).WithSpan(1, 14, 1, 20).WithArguments("Widget"),
            new DiagnosticResult(Descriptors.ConfigurationUnusable).WithNoLocation().WithArguments("'docanalyzers_api_rules_in_test_projects' must be none, all or a comma-separated list of DOC1xx rule IDs, but 'DOC999' is not one"))
        .VerifyAsync();

    private const string Implementations = """
        /// <summary>Documented.</summary>
        public class Widget : System.IDisposable
        {
            public override string {|DOC100:ToString|}() => "";
            public void {|DOC100:Dispose|}() { }
        }
        """;

    private const string SealedType = """
        /// <summary>Documented.</summary>
        public sealed class Widget
        {
            protected void {|DOC100:Protected|}() { }
            protected internal void {|DOC100:ProtectedInternal|}() { }
            public void {|DOC100:Public|}() { }
        }
        """;
}
