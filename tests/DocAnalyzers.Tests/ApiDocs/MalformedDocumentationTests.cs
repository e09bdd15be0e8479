using System.Collections.Immutable;
using DocAnalyzers.ApiDocs;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace DocAnalyzers.Tests.ApiDocs;

/// <summary>DOC111: badly formed XML, reported where CS1570 would be but cannot.</summary>
public sealed class MalformedDocumentationTests
{
    private static readonly string Malformed = """
        /// <summary>Unclosed
        public class Unclosed { }

        /// <summary>Mismatched</remarks>
        public class Mismatched { }

        /// <summary>An entity &nbsp; XML does not define.</summary>
        public class Entity { }

        /// <summary a=1>Unquoted attribute.</summary>
        public class Unquoted { }

        /// <summary>Duplicate</summary>
        /// <para a="1" a="2"/>
        public class DuplicateAttribute { }

        /** <summary>Block comment, unclosed */
        public class Block { }

        /// <summary>Fine.</summary>
        public class Fine
        {
            /// <summary>A member.</summary>
            public void M()
            {
                /// <summary>In a body</sum>
                int x = 0;
                _ = x;
            }
        }

        /// <summary>Stray less-than: a < b.</summary>
        public class LessThan { }

        /// <summary>A <x:y>prefix</x:y> no namespace declares: the compiler's parser takes it, System.Xml does not.</summary>
        public class Prefixed { }

        /// <summary>A control character  System.Xml rejects.</summary>
        internal class Control { }

        /**
         * <summary>A tag across lines,
         * <see cref="Control"
         * /> with a star System.Xml reads when the lines do not all start with one.</summary>
        */
        public class Starred { }
        """.Replace("{control}", "\u0001", StringComparison.Ordinal);

    [Theory]
    [InlineData(DocumentationMode.None)]
    [InlineData(DocumentationMode.Parse)]
    public async Task DOC111_is_reported_where_the_compiler_reports_CS1570_in_Diagnose_mode(DocumentationMode mode)
    {
        Compilation diagnose = await Cs1591ParityTests.CompileAsync(Malformed, DocumentationMode.Diagnose);
        string[] cs1570 = Spans(diagnose.GetDiagnostics().Where(d => d.Id == "CS1570"));
        Assert.True(cs1570.Length >= 9, string.Join(", ", cs1570));

        Compilation compilation = await Cs1591ParityTests.CompileAsync(Malformed, mode);
        Assert.DoesNotContain(compilation.GetDiagnostics(), d => d.Id == "CS1570");
        ImmutableArray<Diagnostic> analyzer = await Cs1591ParityTests.AnalyzeAsync(compilation, new ApiDocumentationAnalyzer());

        Assert.Equal(cs1570, Spans(analyzer.Where(d => d.Id == "DOC111")));
    }

    [Theory]
    [InlineData(DocumentationMode.None)]
    [InlineData(DocumentationMode.Parse)]
    public async Task What_only_System_Xml_rejects_is_reported_with_its_reason_and_no_position(DocumentationMode mode)
    {
        Compilation compilation = await Cs1591ParityTests.CompileAsync(Malformed, mode);
        string[] messages = (await Cs1591ParityTests.AnalyzeAsync(compilation, new ApiDocumentationAnalyzer()))
            .Where(d => d.Id == "DOC111")
            .Select(d => d.GetMessage(System.Globalization.CultureInfo.InvariantCulture))
            .ToArray();

        Assert.Contains(messages, m => m.EndsWith("'x' is an undeclared prefix.", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.EndsWith("hexadecimal value 0x01, is an invalid character.", StringComparison.Ordinal));
        Assert.DoesNotContain(messages, m => m.Contains("position", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Nothing_is_reported_in_Diagnose_mode_where_the_compiler_reports_CS1570_itself()
    {
        Compilation compilation = await Cs1591ParityTests.CompileAsync(Malformed, DocumentationMode.Diagnose);

        // The analyzer's other rules still read these comments; DOC111 leaves their XML errors to CS1570.
        Assert.DoesNotContain(await Cs1591ParityTests.AnalyzeAsync(compilation, new ApiDocumentationAnalyzer()), d => d.Id == "DOC111");
    }

    [Theory]
    [InlineData(DocumentationMode.None)]
    [InlineData(DocumentationMode.Parse)]
    public Task The_message_gives_the_compilers_reason(DocumentationMode mode) => new ApiDocTest<ApiDocumentationAnalyzer>(mode, """
        /// <summary>Mismatched</{|#0:remarks|}>
        public class Widget { }
        """)
        .Expect(new DiagnosticResult(Descriptors.MalformedDocumentation).WithLocation(0).WithArguments("End tag 'remarks' does not match the start tag 'summary'."))
        .VerifyAsync();

    [Theory]
    [InlineData(DocumentationMode.None)]
    [InlineData(DocumentationMode.Parse)]
    public Task Raised_to_error_in_editorconfig_it_is_still_reported(DocumentationMode mode) => new ApiDocTest<ApiDocumentationAnalyzer>(mode, """
        /// <summary>Mismatched</{|#0:remarks|}>
        public class Widget { }
        """)
        .EditorConfig("dotnet_diagnostic.DOC111.severity = error")
        .Expect(new DiagnosticResult(Descriptors.MalformedDocumentation).WithLocation(0).WithArguments("End tag 'remarks' does not match the start tag 'summary'."))
        .VerifyAsync();

    [Theory]
    [InlineData(DocumentationMode.None)]
    [InlineData(DocumentationMode.Parse)]
    public Task Set_to_none_it_reports_nothing_while_the_other_rules_still_read_the_comment(DocumentationMode mode) => new ApiDocTest<ApiDocumentationAnalyzer>(mode, """
        /// <summary>Mismatched</remarks>
        public class Widget
        {
            /// <summary>Runs.</summary>
            public void Run(int {|#0:count|}) { }
        }
        """)
        .EditorConfig("dotnet_diagnostic.DOC111.severity = none")
        .Expect(new DiagnosticResult(Descriptors.MissingParamTag).WithLocation(0).WithArguments("Widget.Run(int)", "count"))
        .VerifyAsync();

    [Theory]
    [MemberData(nameof(DocumentationModes.All), MemberType = typeof(DocumentationModes))]
    public Task Well_formed_comments_and_regular_comments_are_not_reported(DocumentationMode mode) => new ApiDocTest<ApiDocumentationAnalyzer>(mode, """
        /// <summary>Fine &amp; <see cref="Widget"/>.</summary>
        /// <remarks><![CDATA[ a < b ]]></remarks>
        public class Widget
        {
            // A regular comment with <unclosed tags.
            //// Four slashes with <unclosed tags.
            /* A block with <unclosed tags. */
            /// <summary>Fine.</summary>
            public void M() { }
        }
        """).VerifyAsync();

    [Fact]
    public Task Not_reported_in_a_test_project_by_default() => new ApiDocTest<ApiDocumentationAnalyzer>(DocumentationMode.None, """
        /// <summary>Unclosed
        public class WidgetTests { }
        """).Property("IsTestProject", "true").VerifyAsync();

    private static string[] Spans(IEnumerable<Diagnostic> diagnostics) => diagnostics
        .Select(d => d.Location.GetLineSpan())
        .OrderBy(s => s.StartLinePosition)
        .Select(s => $"{s.StartLinePosition.Line + 1}:{s.StartLinePosition.Character + 1}-{s.EndLinePosition.Line + 1}:{s.EndLinePosition.Character + 1}")
        .ToArray();
}
