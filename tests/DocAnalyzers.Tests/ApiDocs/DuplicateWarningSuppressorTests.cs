using System.Collections.Immutable;
using System.Text.RegularExpressions;
using DocAnalyzers.ApiDocs;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using static DocAnalyzers.Tests.ApiDocs.SuppressorTest;

namespace DocAnalyzers.Tests.ApiDocs;

/// <summary>
/// CS1591, CS1572, CS1573, CS1711 and CS1712 are suppressed exactly where DOC100, DOC103, DOC102, DOC105 and DOC104
/// report the same member, tag or parameter, and kept wherever the DOC rule does not report.
/// </summary>
public sealed class DuplicateWarningSuppressorTests
{
    /// <summary>Each of the five compiler warnings once, beside the DOC finding it repeats.</summary>
    private const string AllFive = """
        /// <summary>A box.</summary>
        /// <typeparam name="T">The item type.</typeparam>
        public class Box<T, {|#0:U|}>
        {
            /// <summary>Puts an item in.</summary>
            /// <param name="item">The item.</param>
            /// {|#1:<param name="{|#2:old|}">|}Gone.</param>
            /// {|#3:<typeparam name="{|#4:V|}">|}Gone.</typeparam>
            public void Put<{|#5:W|}>(T item, int {|#6:count|}) { }

            public void {|#7:Clear|}() { }
        }
        """;

    /// <summary>Where <see cref="AllFive"/> has each finding: the compiler's warning, the DOC rule, and their markup locations.</summary>
    private static readonly (string Warning, DiagnosticDescriptor Rule, int RuleAt, int WarningAt)[] AllFiveFindings =
    {
        ("CS1712", Descriptors.MissingTypeParamTag, 0, 0),
        ("CS1572", Descriptors.UnmatchedParamTag, 1, 2),
        ("CS1711", Descriptors.UnmatchedTypeParamTag, 3, 4),
        ("CS1712", Descriptors.MissingTypeParamTag, 5, 5),
        ("CS1573", Descriptors.MissingParamTag, 6, 6),
        ("CS1591", Descriptors.MissingDocumentation, 7, 7),
    };

    public static TheoryData<string, string> RulesAndHiddenSeverities()
    {
        var data = new TheoryData<string, string>();
        foreach (string rule in new[] { "DOC100", "DOC102", "DOC103", "DOC104", "DOC105" })
        {
            data.Add(rule, "none");
            data.Add(rule, "silent");
        }

        return data;
    }

    [Fact]
    public Task Each_compiler_warning_is_suppressed_where_its_DOC_rule_reports_the_same_place() =>
        new SuppressorTest(AllFive).Expect(AllFiveExpected()).VerifyAsync();

    [Theory]
    [MemberData(nameof(RulesAndHiddenSeverities))]
    public Task A_compiler_warning_is_kept_where_its_DOC_rule_is_none_or_silent(string ruleId, string severity) =>
        new SuppressorTest(AllFive)
            .EditorConfig($"dotnet_diagnostic.{ruleId}.severity = {severity}")
            .Expect(AllFiveExpected(severity == "silent", ruleId))
            .VerifyAsync();

    [Fact]
    public Task A_compiler_warning_is_kept_where_a_globalconfig_turns_its_DOC_rule_off()
    {
        SuppressorTest test = new SuppressorTest(AllFive).GlobalConfig("dotnet_diagnostic.DOC102.severity = none");
        return test.Expect(AllFiveExpected(false, "DOC102")).VerifyAsync();
    }

    /// <summary>
    /// The bulk keys of .editorconfig set every rule, or a category's, that no other setting names. The testing library
    /// names every rule it runs in the compilation options, which hides bulk settings, so this test compiles on its own.
    /// </summary>
    [Theory]
    [InlineData("dotnet_analyzer_diagnostic.category-DocAnalyzers.ApiDocumentation.severity", "none")]
    [InlineData("dotnet_analyzer_diagnostic.severity", "silent")]
    public async Task Compiler_warnings_are_kept_where_bulk_configuration_turns_the_DOC_rules_off_except_those_set_one_by_one(string key, string severity)
    {
        Compilation compilation = await Cs1591ParityTests.CompileAsync(WithoutMarkup(AllFive), DocumentationMode.Diagnose);

        // As <WarningsAsErrors>DOC100</WarningsAsErrors> would: DOC100 is set one by one, the others are left to the bulk key.
        compilation = compilation.WithOptions(compilation.Options.WithSpecificDiagnosticOptions(new Dictionary<string, ReportDiagnostic> { ["DOC100"] = ReportDiagnostic.Error }));
        ImmutableArray<Diagnostic> diagnostics = await AnalyzeWithSuppressionsAsync(compilation, new FixedAnalyzerConfigOptionsProvider(new Dictionary<string, string> { [key] = severity }));

        Assert.Equal(
            new[] { "CS1572 kept", "CS1573 kept", "CS1591 suppressed", "CS1711 kept", "CS1712 kept", "CS1712 kept", "DOC100 kept" },
            diagnostics.Where(d => d.Severity != DiagnosticSeverity.Hidden).Select(d => d.Id + (d.IsSuppressed ? " suppressed" : " kept")).Order(StringComparer.Ordinal));
    }

    [Fact]
    public Task A_compiler_warning_is_kept_when_its_DOC_rule_is_in_NoWarn()
    {
        var test = new SuppressorTest(AllFive);
        test.SolutionTransforms.Add((solution, projectId) =>
        {
            CompilationOptions options = solution.GetProject(projectId)!.CompilationOptions!;
            return solution.WithProjectCompilationOptions(
                projectId,
                options.WithSpecificDiagnosticOptions(options.SpecificDiagnosticOptions.SetItem("DOC104", ReportDiagnostic.Suppress)));
        });
        return test.Expect(AllFiveExpected(false, "DOC104")).VerifyAsync();
    }

    [Fact]
    public Task A_compiler_warning_is_kept_only_in_the_files_where_its_DOC_rule_is_off()
    {
        var test = new SuppressorTest("""
            /// <summary>Documented.</summary>
            public class Widget
            {
                public void {|#0:M|}() { }
            }
            """);
        test.TestState.Sources.Add(("/Legacy/Old.cs", """
            /// <summary>Documented.</summary>
            public class Old
            {
                public void {|#1:M|}() { }
            }
            """));
        test.TestState.AnalyzerConfigFiles.Add(("/Legacy/.editorconfig", "[*.cs]\ndotnet_diagnostic.DOC100.severity = none\n"));
        return test.Expect(Doc(Descriptors.MissingDocumentation, 0), Suppressed("CS1591", 0), Kept("CS1591", 1)).VerifyAsync();
    }

    [Fact]
    public async Task A_test_project_keeps_the_compiler_warnings_of_the_rules_that_do_not_run_there()
    {
        // By default no DOC1xx rule runs in a test project, so every compiler warning stays.
        await new SuppressorTest(AllFive)
            .GlobalConfig("build_property.IsTestProject = true")
            .Expect(AllFiveFindings.Select(f => Kept(f.Warning, f.WarningAt)).ToArray())
            .VerifyAsync();

        // The rules the option lists do run there, and their compiler warnings go.
        await new SuppressorTest(AllFive)
            .GlobalConfig("build_property.IsTestProject = true")
            .EditorConfig("docanalyzers_api_rules_in_test_projects = DOC100, DOC103")
            .Expect(AllFiveExpected(false, "DOC102", "DOC104", "DOC105"))
            .VerifyAsync();
    }

    [Theory]
    [InlineData("docanalyzers_api_exempt_overrides", "public override string {|#1:ToString|}() => \"\";")]
    [InlineData("docanalyzers_api_exempt_interface_implementations", "public void {|#1:Dispose|}() { }")]
    [InlineData("docanalyzers_api_exclude_protected_in_sealed_types", "protected void {|#1:Protected|}() { }")]
    public Task CS1591_is_kept_for_a_member_an_option_takes_out_of_DOC100(string option, string member)
    {
        var test = new SuppressorTest($$"""
            /// <summary>Documented.</summary>
            public sealed class Widget : System.IDisposable
            {
                {{member}}

                public void {|#0:Resize|}() { }

                {{(member.Contains("Dispose", StringComparison.Ordinal) ? string.Empty : "/// <summary>Frees nothing.</summary>\n    public void Dispose() { }")}}
            }
            """);

        // "New protected member declared in sealed type" says nothing about documentation.
        test.DisabledDiagnostics.Add("CS0628");
        return test
            .EditorConfig($"{option} = true")
            .Expect(Doc(Descriptors.MissingDocumentation, 0), Suppressed("CS1591", 0), Kept("CS1591", 1))
            .VerifyAsync();
    }

    [Fact]
    public Task The_keep_switch_keeps_the_compiler_warnings_in_the_files_it_covers()
    {
        var test = new SuppressorTest(AllFive);
        test.TestState.Sources.Add(("/Kept/Gadget.cs", """
            /// <summary>A gadget.</summary>
            public class Gadget
            {
                /// <summary>Turns.</summary>
                /// <param name="angle">The angle.</param>
                public void Turn(int angle, int {|#8:speed|}) { }

                public void {|#9:Stop|}() { }
            }
            """));
        test.TestState.AnalyzerConfigFiles.Add(("/Kept/.editorconfig", "[*.cs]\ndocanalyzers_api_keep_compiler_warnings = true\n"));
        return test
            .Expect(AllFiveExpected())
            .Expect(
                Doc(Descriptors.MissingParamTag, 8),
                Kept("CS1573", 8),
                Doc(Descriptors.MissingDocumentation, 9),
                Kept("CS1591", 9))
            .VerifyAsync();
    }

    [Fact]
    public Task A_bad_keep_switch_is_reported_and_the_warnings_suppressed() =>
        new SuppressorTest(AllFive)
            .EditorConfig("docanalyzers_api_keep_compiler_warnings = yes")
            .Expect(AllFiveExpected())
            .Expect(new DiagnosticResult(Descriptors.ConfigurationUnusable).WithNoLocation().WithArguments("'docanalyzers_api_keep_compiler_warnings' must be true or false, not 'yes'"))
            .VerifyAsync();

    [Theory]
    [InlineData("/0/Generated.cs", "// <auto-generated/>\n", "")]
    [InlineData("/0/Generated.g.cs", "", "")]
    [InlineData("/0/Generated.cs", "", "[System.CodeDom.Compiler.GeneratedCode(\"tool\", \"1.0\")]\n")]
    public Task CS1591_is_kept_in_generated_code_which_DOC100_skips(string path, string header, string attribute)
    {
        var test = new SuppressorTest("""
            /// <summary>Documented.</summary>
            public class Widget
            {
                public void {|#0:M|}() { }
            }
            """);
        test.TestState.Sources.Add((path, header + attribute + "public class {|#1:Generated|} { public void {|#2:M|}() { } }\n"));
        return test.Expect(Doc(Descriptors.MissingDocumentation, 0), Suppressed("CS1591", 0), Kept("CS1591", 1), Kept("CS1591", 2)).VerifyAsync();
    }

    [Fact]
    public Task The_generated_code_option_decides_over_the_file_name()
    {
        var test = new SuppressorTest("/// <summary>Documented.</summary>\npublic class Widget { public void {|#0:M|}() { } }\n");
        test.TestState.Sources.Add(("/Generated/Tool.cs", "public class {|#1:Tool|} { }\n"));
        test.TestState.Sources.Add(("/Written/Form.designer.cs", "public class {|#2:Form|} { }\n"));
        test.TestState.AnalyzerConfigFiles.Add(("/Generated/.editorconfig", "[*.cs]\ngenerated_code = true\n"));
        test.TestState.AnalyzerConfigFiles.Add(("/Written/.editorconfig", "[*.cs]\ngenerated_code = false\n"));
        return test.Expect(
            Doc(Descriptors.MissingDocumentation, 0), Suppressed("CS1591", 0),
            Kept("CS1591", 1),
            Doc(Descriptors.MissingDocumentation, 2), Suppressed("CS1591", 2)).VerifyAsync();
    }

    [Fact]
    public Task CS1591_is_kept_in_a_line_hidden_region_which_DOC100_skips() => new SuppressorTest("""
        /// <summary>Documented.</summary>
        public class Widget
        {
        #line hidden
            public void {|#0:Hidden|}() { }
        #line default
            public void {|#1:Shown|}() { }
        }
        """)
        .Expect(Kept("CS1591", 0), Doc(Descriptors.MissingDocumentation, 1), Suppressed("CS1591", 1))
        .VerifyAsync();

    [Fact]
    public Task Every_place_of_CS1591_is_suppressed_where_DOC100_reports() => new SuppressorTest("""
        /// <summary>Documented.</summary>
        public class Widget
        {
            public int {|#0:A|}, {|#1:B|};
            public int {|#2:this|}[int index] => index;
            public static Widget operator {|#3:+|}(Widget left, Widget right) => left;
            public static implicit operator {|#4:int|}(Widget widget) => 0;
            public event System.Action {|#5:Changed|} { add { } remove { } }
            public {|#14:Widget|}() { }
            public class {|#6:Nested|} { }
        }

        public record {|#7:Point|}(int {|#8:X|}, int {|#9:Y|});

        public enum {|#10:Color|} { {|#11:Red|} }

        public delegate void {|#12:Handler|}();

        public class {|#13:Store|}(int capacity)
        {
            public int {|#15:Capacity|} => capacity;
        }
        """)
        // A record or a class with a primary constructor: the type and its constructor, both at the type's name.
        .Expect(new[] { 0, 1, 2, 3, 4, 5, 6, 7, 7, 8, 9, 10, 11, 12, 13, 13, 14, 15 }.SelectMany(Missing).ToArray())
        .VerifyAsync();

    [Fact]
    public Task Tag_warnings_are_suppressed_on_primary_constructors_records_and_delegates() => new SuppressorTest("""
        /// <summary>A store.</summary>
        /// <param name="capacity">How many.</param>
        /// {|#0:<param name="{|#1:size|}">|}Gone.</param>
        public class Store(int capacity, int {|#2:shelves|})
        {
            /// <summary>How many.</summary>
            public int Capacity => capacity + shelves;
        }

        /// <summary>A point.</summary>
        /// <param name="X">Across.</param>
        public record Point(int X, int {|#3:Y|});

        /// <summary>Converts.</summary>
        /// <typeparam name="TIn">The input.</typeparam>
        /// <param name="value">The value.</param>
        /// <returns>The output.</returns>
        public delegate TOut Converter<TIn, {|#4:TOut|}>(TIn value);
        """)
        .Expect(
            Doc(Descriptors.UnmatchedParamTag, 0),

            // The compiler checks the type's comment twice, for the type and for its primary constructor.
            Suppressed("CS1572", 1),
            Suppressed("CS1572", 1),
            Doc(Descriptors.MissingParamTag, 2), Suppressed("CS1573", 2),
            Doc(Descriptors.MissingParamTag, 3), Suppressed("CS1573", 3),
            Doc(Descriptors.MissingTypeParamTag, 4), Suppressed("CS1712", 4))
        .VerifyAsync();

    [Fact]
    public Task A_tag_warning_is_kept_in_an_inherited_comment_which_the_DOC_rules_do_not_check() => new SuppressorTest("""
        /// <summary>Documented.</summary>
        public class Widget : System.IDisposable
        {
            /// <inheritdoc/>
            /// <param name="{|#0:disposing|}">Gone.</param>
            public void Dispose() { }

            /// <summary>Resizes.</summary>
            /// {|#1:<param name="{|#2:height|}">|}Gone.</param>
            public void Resize() { }
        }
        """)
        .Expect(Kept("CS1572", 0), Doc(Descriptors.UnmatchedParamTag, 1), Suppressed("CS1572", 2))
        .VerifyAsync();

    [Fact]
    public Task CS1591_goes_with_a_DOC100_finding_that_a_pragma_silences() => new SuppressorTest("""
        /// <summary>Documented.</summary>
        public class Widget
        {
        #pragma warning disable DOC100
            public void {|#0:M|}() { }
        #pragma warning restore DOC100
        }
        """)
        .Expect(Suppressed("CS1591", 0))
        .VerifyAsync();

    [Fact]
    public async Task Each_suppression_names_the_DOC_rule_that_reports_instead()
    {
        Compilation compilation = await Cs1591ParityTests.CompileAsync(WithoutMarkup(AllFive), DocumentationMode.Diagnose);
        ImmutableArray<Diagnostic> diagnostics = await AnalyzeWithSuppressionsAsync(compilation);

        var suppressions = diagnostics
            .Where(d => d.Id.StartsWith("CS", StringComparison.Ordinal))
            .Select(d => (d.Id, d.IsSuppressed, Suppressions: d.GetSuppressionInfo(compilation)?.ProgrammaticSuppressions.Select(s => (s.Descriptor.Id, Justification: s.Descriptor.Justification.ToString())).ToList()))
            .OrderBy(d => d.Id, StringComparer.Ordinal)
            .ToList();

        Assert.Equal(
            new[] { "CS1572", "CS1573", "CS1591", "CS1711", "CS1712", "CS1712" },
            suppressions.Select(s => s.Id));
        foreach ((string id, bool suppressed, List<(string Id, string Justification)>? by) in suppressions)
        {
            Assert.True(suppressed, id);
            (string suppressionId, string justification) = Assert.Single(by!);
            string rule = AllFiveFindings.First(f => f.Warning == id).Rule.Id;
            Assert.Equal("DOCSP" + id[2..], suppressionId);
            Assert.StartsWith("DocAnalyzers reports the same ", justification, StringComparison.Ordinal);
            Assert.Contains($" as {rule}.", justification, StringComparison.Ordinal);
            Assert.Contains($"To keep {id} as well, set docanalyzers_api_keep_compiler_warnings = true", justification, StringComparison.Ordinal);
        }
    }

    /// <summary>
    /// What <see cref="AllFive"/> reports: each DOC finding and its compiler warning, suppressed; for a rule that is
    /// <paramref name="off"/>, the compiler warning alone, kept (or beside a hidden DOC finding, when <paramref name="silent"/>).
    /// </summary>
    private static DiagnosticResult[] AllFiveExpected(bool silent = false, params string[] off)
    {
        var expected = new List<DiagnosticResult>();
        foreach ((string warning, DiagnosticDescriptor rule, int ruleAt, int warningAt) in AllFiveFindings)
        {
            bool shown = !off.Contains(rule.Id);
            if (shown || silent)
            {
                expected.Add(shown ? Doc(rule, ruleAt) : Doc(rule, ruleAt).WithSeverity(DiagnosticSeverity.Hidden));
            }

            expected.Add(shown ? Suppressed(warning, warningAt) : Kept(warning, warningAt));
        }

        return expected.ToArray();
    }

    private static string WithoutMarkup(string source) => Regex.Replace(source, @"\{\|#\d+:|\|\}", string.Empty);

    /// <summary>The compiler's diagnostics and the DOC1xx rules', with the suppressed ones, as a build's SARIF log has them.</summary>
    private static Task<ImmutableArray<Diagnostic>> AnalyzeWithSuppressionsAsync(Compilation compilation, AnalyzerConfigOptionsProvider? options = null)
    {
        var analyzerOptions = options is null
            ? new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty)
            : new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty, options);
        return compilation
            .WithAnalyzers(
                ImmutableArray.Create<DiagnosticAnalyzer>(new ApiDocumentationAnalyzer(), new DuplicateWarningSuppressor()),
                new CompilationWithAnalyzersOptions(analyzerOptions, onAnalyzerException: null, concurrentAnalysis: true, logAnalyzerExecutionTime: false, reportSuppressedDiagnostics: true))
            .GetAllDiagnosticsAsync();
    }

    private static DiagnosticResult[] Missing(int location) => new[] { Doc(Descriptors.MissingDocumentation, location), Suppressed("CS1591", location) };
}
