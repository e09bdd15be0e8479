using System.Collections.Concurrent;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace DocAnalyzers.ApiDocs;

/// <summary>The <see cref="FileComments"/> of each file of one compilation, found on first use by any rule.</summary>
internal sealed class DocumentationComments
{
    private readonly ConcurrentDictionary<SyntaxTree, FileComments> files = new();

    public FileComments For(SyntaxTree tree, CancellationToken cancellationToken) =>
        files.TryGetValue(tree, out FileComments? found) ? found : files.GetOrAdd(tree, FileComments.Find(tree, cancellationToken));
}
