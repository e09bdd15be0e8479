using System.Collections.Concurrent;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DocAnalyzers.ApiDocs;

/// <summary>The options of each syntax tree, read once per compilation, and the problems found in them.</summary>
internal sealed class ApiOptionsCache
{
    private readonly AnalyzerConfigOptionsProvider provider;
    private readonly ConcurrentDictionary<SyntaxTree, ApiDocOptions> byTree = new();
    private readonly ConcurrentDictionary<string, byte> problems = new();

    public ApiOptionsCache(AnalyzerConfigOptionsProvider provider) => this.provider = provider;

    /// <summary>Each problem once, in a stable order.</summary>
    public IEnumerable<string> Problems
    {
        get
        {
            var sorted = new List<string>(problems.Keys);
            sorted.Sort(System.StringComparer.Ordinal);
            return sorted;
        }
    }

    public ApiDocOptions For(SyntaxTree tree) => byTree.GetOrAdd(tree, Read);

    private ApiDocOptions Read(SyntaxTree tree)
    {
        var found = new List<string>();
        ApiDocOptions options = ApiDocOptions.Read(provider.GetOptions(tree), found);
        Record(found);
        return options;
    }

    private void Record(List<string> found)
    {
        foreach (string problem in found)
        {
            problems.TryAdd(problem, 0);
        }
    }
}
