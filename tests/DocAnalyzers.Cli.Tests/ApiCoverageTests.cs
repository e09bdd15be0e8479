using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using DocAnalyzers.ApiDocs;
using DocAnalyzers.Cli.Reporting;
using DocAnalyzers.Cli.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DocAnalyzers.Cli.Tests;

/// <summary>
/// The report's API coverage counts what DOC190 counts: for the same compilation and options, its members, undocumented
/// members and percentage are those of DOC190's message when the minimum is set above the coverage.
/// </summary>
public sealed class ApiCoverageTests
{
    // Every kind of member and state the classification knows: documented, missing, placeholder and name-only summaries,
    // <inheritdoc/>, <include>, overrides and interface implementations, positional records and primary constructors,
    // partial methods and properties, nested types, internal and protected members, generated code, the global namespace.
    private static readonly (string Path, string Text)[] Files =
    {
        ("/src/Shop/Catalog.cs", """
            namespace Shop.Catalog
            {
                /// <summary>A product on sale.</summary>
                public class Product
                {
                    public string Name { get; set; } = "";

                    /// <summary>TODO</summary>
                    public decimal Price { get; set; }

                    /// <summary>Stock</summary>
                    public int Stock;

                    /// <summary>How many are reserved.</summary>
                    public int Reserved;

                    /// <inheritdoc/>
                    public override string ToString() => Name;

                    public override int GetHashCode() => 1;

                    /// <include file="docs.xml" path="doc/member[@name='Equals']/*"/>
                    public override bool Equals(object? obj) => false;

                    public event System.EventHandler? Changed;

                    internal void Hidden() => Changed?.Invoke(this, System.EventArgs.Empty);

                    protected internal void Both() { }

                    /// <summary>A variant.</summary>
                    public sealed class Variant
                    {
                        /// <summary>The variant's code.</summary>
                        public int Code;

                        protected void Tweak() { }
                    }
                }

                /// <summary>A sale.</summary>
                /// <param name="Sku">The item sold.</param>
                /// <param name="Quantity">How many.</param>
                public record Sale(string Sku, int Quantity);

                public enum Colour
                {
                    Red,

                    /// <summary>Blue.</summary>
                    Blue,
                }

                /// <summary>A cart.</summary>
                public partial class Cart
                {
                    /// <summary>Adds an item.</summary>
                    /// <param name="item">The item.</param>
                    public partial void Add(int item);

                    public partial int Count { get; }
                }

                public partial class Cart
                {
                    public partial void Add(int item) { }

                    public partial int Count => 0;
                }
            }
            """),
        ("/src/Shop/Stores.cs", """
            namespace Shop.Stores;

            public interface IStore
            {
                void Save();

                /// <summary>Loads.</summary>
                void Load();
            }

            /// <summary>A store in memory.</summary>
            /// <param name="capacity">How much it holds.</param>
            public sealed class MemoryStore(int capacity) : IStore
            {
                public int Capacity => capacity;

                public void Save() { }

                /// <inheritdoc/>
                public void Load() { }

                protected int Spare() => 0;
            }

            [System.CodeDom.Compiler.GeneratedCode("tool", "1.0")]
            public class Tooling
            {
                public void Run() { }
            }
            """),
        ("/src/Shop/Helpers.cs", """
            /// <summary>Shortcuts for the shop.</summary>
            public static class Helpers
            {
                /// <summary>Goes.</summary>
                public static void Go() { }

                public static void Stop() { }
            }
            """),
        ("/src/Shop/Api.g.cs", """
            namespace Shop.Generated;

            public class Client
            {
                public void Call() { }
            }
            """),
    };

    private const string Global = "is_global = true\nbuild_property.DocAnalyzersMinimumApiCoverage = 100\n";

    public static IEnumerable<object[]> Cases()
    {
        foreach (DocumentationMode mode in new[] { DocumentationMode.None, DocumentationMode.Diagnose, DocumentationMode.Parse })
        {
            yield return new object[] { mode, string.Empty };
            yield return new object[] { mode, "docanalyzers_api_exempt_overrides = true\ndocanalyzers_api_exempt_interface_implementations = true\n" };
            yield return new object[] { mode, "docanalyzers_api_include_internal = true\ndocanalyzers_api_exclude_protected_in_sealed_types = false\n" };
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Coverage_is_DOC190s_in_every_documentation_mode(DocumentationMode mode, string editorconfig)
    {
        CSharpCompilation compilation = ApiCompilation.Create(mode, Files);
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        AnalyzerOptions options = ApiCompilation.Options(("/src/.editorconfig", "root = true\n\n[*.cs]\n" + editorconfig), ("/src/.globalconfig", Global));

        ProjectCoverage coverage = await ApiCoverage.ComputeAsync("Shop", null, compilation, options, default);
        (double percent, int undocumented, int members) = await Doc190Async(compilation, options);

        Assert.Equal((percent, undocumented, members), (coverage.Coverage.Percent, coverage.Coverage.Undocumented, coverage.Coverage.Members));
        Assert.Equal(coverage.Coverage, coverage.Namespaces.Select(n => n.Coverage).Aggregate(CoverageCount.None, (a, b) => a.Add(b)));
    }

    [Fact]
    public async Task Documentation_modes_None_and_Diagnose_give_the_same_numbers_per_namespace()
    {
        AnalyzerOptions options = ApiCompilation.Options(("/src/.globalconfig", Global));

        ProjectCoverage none = await ApiCoverage.ComputeAsync("Shop", null, ApiCompilation.Create(DocumentationMode.None, Files), options, default);
        ProjectCoverage diagnose = await ApiCoverage.ComputeAsync("Shop", null, ApiCompilation.Create(DocumentationMode.Diagnose, Files), options, default);

        Assert.Equal(none.Namespaces, diagnose.Namespaces);
        Assert.Equal(none.Coverage, diagnose.Coverage);
    }

    [Fact]
    public async Task Namespaces_are_those_of_the_counted_members_and_generated_code_is_left_out()
    {
        ProjectCoverage coverage = await ApiCoverage.ComputeAsync("Shop", "Shop.csproj", ApiCompilation.Create(DocumentationMode.None, Files), ApiCompilation.Options(), default);

        Assert.Equal(new[] { NamespaceCoverage.GlobalNamespace, "Shop.Catalog", "Shop.Stores" }, coverage.Namespaces.Select(n => n.Namespace));

        // Helpers, Go and Stop: Stop has no comment.
        Assert.Equal(new CoverageCount(3, 1), coverage.Namespaces[0].Coverage);
    }

    [Fact]
    public async Task A_project_without_public_members_is_fully_covered_as_for_DOC190()
    {
        CSharpCompilation compilation = ApiCompilation.Create(DocumentationMode.None, new[] { ("/src/Lib/Class1.cs", "namespace Lib;\n\ninternal static class Class1\n{\n}\n") });

        ProjectCoverage coverage = await ApiCoverage.ComputeAsync("Lib", null, compilation, ApiCompilation.Options(), default);

        Assert.Equal(CoverageCount.None, coverage.Coverage);
        Assert.Equal(100, coverage.Coverage.Percent);
        Assert.Empty(coverage.Namespaces);
    }

    /// <summary>The percentage and counts in DOC190's message, reported because the minimum is 100 and the coverage lower.</summary>
    private static async Task<(double Percent, int Undocumented, int Members)> Doc190Async(Compilation compilation, AnalyzerOptions options)
    {
        ImmutableArray<Diagnostic> diagnostics = await compilation
            .WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new ApiDocumentationAnalyzer()), options)
            .GetAnalyzerDiagnosticsAsync();
        Diagnostic doc190 = Assert.Single(diagnostics, d => d.Id == DiagnosticIds.CoverageBelowMinimum);
        Match match = Regex.Match(doc190.GetMessage(CultureInfo.InvariantCulture), @"coverage is (?<percent>[0-9.]+)% \((?<missing>\d+) of (?<total>\d+) members undocumented\)");
        Assert.True(match.Success, doc190.GetMessage(CultureInfo.InvariantCulture));
        return (
            double.Parse(match.Groups["percent"].Value, CultureInfo.InvariantCulture),
            int.Parse(match.Groups["missing"].Value, CultureInfo.InvariantCulture),
            int.Parse(match.Groups["total"].Value, CultureInfo.InvariantCulture));
    }
}
