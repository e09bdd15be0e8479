using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace DocAnalyzers.Benchmarks;

/// <summary>Parses the corpus and builds compilations of it against the running .NET's assemblies.</summary>
internal static class CorpusCompilation
{
    public static ImmutableArray<SyntaxTree> Parse(Corpus corpus, DocumentationMode mode)
    {
        var options = new CSharpParseOptions(LanguageVersion.Latest, mode);
        return [.. corpus.Files.Select(f => CSharpSyntaxTree.ParseText(f.Text, options, f.Path))];
    }

    /// <summary>
    /// A real library's C# files (--sources), bin and obj left out, as its build would see them on a modern target: the
    /// usual NET*_OR_GREATER symbols, and the SDK's implicit global usings. Its package references are missing, so it may
    /// not compile cleanly; the analyzers still see every declaration and comment.
    /// </summary>
    public static ImmutableArray<SyntaxTree> ParseSources(string folder, DocumentationMode mode)
    {
        var options = new CSharpParseOptions(
            LanguageVersion.Latest,
            mode,
            preprocessorSymbols: ["NET", "NETCOREAPP", "NET5_0_OR_GREATER", "NET6_0_OR_GREATER", "NET7_0_OR_GREATER", "NET8_0_OR_GREATER"]);
        string[] files = Directory.GetFiles(folder, "*.cs", SearchOption.AllDirectories)
            .Where(f => !Path.GetRelativePath(folder, f).Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj"))
            .Order(StringComparer.Ordinal)
            .ToArray();
        const string ImplicitUsings = "global using System; global using System.Collections.Generic; global using System.IO; global using System.Linq; global using System.Threading; global using System.Threading.Tasks;";
        return
        [
            .. files.Select(f => CSharpSyntaxTree.ParseText(File.ReadAllText(f), options, f)),
            CSharpSyntaxTree.ParseText(ImplicitUsings, options, Path.Combine(folder, "ImplicitUsings.g.cs")),
        ];
    }

    /// <summary>
    /// System.*.dll and netstandard.dll of the runtime this process runs on, in a fixed order: the same
    /// framework the benchmark itself runs on, without another package to restore.
    /// </summary>
    public static ImmutableArray<MetadataReference> FrameworkReferences()
    {
        string paths = (string?)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")
            ?? throw new InvalidOperationException("The runtime lists no trusted platform assemblies.");
        return
        [
            .. paths.Split(Path.PathSeparator)
                .Where(p => Path.GetFileName(p) is var name
                    && (name == "netstandard.dll" || (name.StartsWith("System.", StringComparison.Ordinal) && name.EndsWith(".dll", StringComparison.Ordinal))))
                .Order(StringComparer.Ordinal)
                .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p)),
        ];
    }

    /// <summary>
    /// A fresh compilation, so nothing bound by an earlier run is reused. Single-threaded like the analyzer
    /// runs (concurrentAnalysis: false), so compile and analyzer times compare one core with one core.
    /// </summary>
    public static CSharpCompilation Create(
        ImmutableArray<SyntaxTree> trees,
        ImmutableArray<MetadataReference> references,
        ImmutableDictionary<string, ReportDiagnostic>? diagnosticOptions = null)
    {
        var options = new CSharpCompilationOptions(
            OutputKind.DynamicallyLinkedLibrary,
            nullableContextOptions: NullableContextOptions.Enable,
            concurrentBuild: false,
            deterministic: true,
            specificDiagnosticOptions: diagnosticOptions);
        return CSharpCompilation.Create("Synthetic.Library", trees, references, options);
    }
}
