using Microsoft.CodeAnalysis.Testing;

namespace DocAnalyzers.Tests;

/// <summary>The reference assemblies every test compiles against, pinned in one place.</summary>
internal static class TestReferences
{
    public static ReferenceAssemblies Assemblies { get; } = ReferenceAssemblies.Net.Net80;
}
