using System.Text;
using DocAnalyzers.Repository;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;

namespace DocAnalyzers.Tests.Repository;

/// <summary>
/// A compilation whose additional files are markdown documentation under <see cref="Root"/>, with the
/// MSBuild properties the package's props would pass (this project owns the repository check) and each
/// file marked <c>DocAnalyzersKind=Document</c>, as the package's targets mark the files they hand over.
/// </summary>
internal sealed class RepositoryTest : CSharpAnalyzerTest<RepositoryDocumentationAnalyzer, DefaultVerifier>
{
    public const string Root = "/repo/";

    private readonly StringBuilder properties = new("is_global = true\n");
    private readonly Dictionary<string, string?> kinds = new(StringComparer.Ordinal);

    public RepositoryTest(params (string Path, string Markup)[] files)
    {
        ReferenceAssemblies = TestReferences.Assemblies;
        TestCode = "class C { }";
        foreach ((string path, string markup) in files)
        {
            TestState.AdditionalFiles.Add((Root + path, markup));
            kinds[path] = "Document";
        }

        Property("DocAnalyzersRepositoryRoot", Root);
        Property("DocAnalyzersCheckRepository", "true");
    }

    /// <summary>Sets a build property as the props' CompilerVisibleProperty would.</summary>
    public RepositoryTest Property(string name, string value)
    {
        properties.Append("build_property.").Append(name).Append(" = ").Append(value).Append('\n');
        return this;
    }

    /// <summary>Drops every build property, as in a compilation without the package's props.</summary>
    public RepositoryTest WithoutProperties()
    {
        properties.Clear().Append("is_global = true\n");
        return this;
    }

    /// <summary>Marks a file (relative to the root) with the DocAnalyzersKind metadata; null leaves it unmarked.</summary>
    public RepositoryTest Kind(string path, string? kind)
    {
        kinds[path] = kind;
        return this;
    }

    public RepositoryTest Expect(params DiagnosticResult[] diagnostics)
    {
        ExpectedDiagnostics.AddRange(diagnostics);
        return this;
    }

    /// <summary>Expects the diagnostic only when <paramref name="expected"/> is true: the rows of a theory that tell both cases apart.</summary>
    public RepositoryTest ExpectIf(bool expected, DiagnosticResult diagnostic) => expected ? Expect(diagnostic) : this;

    public Task VerifyAsync(CancellationToken cancellationToken = default)
    {
        // A global config's sections follow its global properties, so it is written once, last.
        var sections = new StringBuilder();
        foreach ((string path, string? kind) in kinds)
        {
            if (kind is not null)
            {
                sections.Append('[').Append(Root).Append(path).Append("]\nbuild_metadata.AdditionalFiles.DocAnalyzersKind = ").Append(kind).Append('\n');
            }
        }

        TestState.AnalyzerConfigFiles.Add(("/.globalconfig", properties.ToString() + sections));
        return base.RunAsync(cancellationToken);
    }
}
