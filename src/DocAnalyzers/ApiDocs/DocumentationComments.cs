using System;
using System.Collections.Concurrent;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace DocAnalyzers.ApiDocs;

/// <summary>The documentation comments of each file of a compilation, found once per file.</summary>
internal sealed class DocumentationComments
{
    private readonly ConcurrentDictionary<SyntaxTree, Lazy<FileComments>> files = new();

    // Symbol actions for one file run side by side: one of them finds the file's comments, the others wait for it
    // rather than repeat the work (concurrent analysis does, in every build).
    // The search itself is not cancellable: a Lazy would keep the cancellation as its result.
    public FileComments For(SyntaxTree tree, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return files.GetOrAdd(tree, key => new Lazy<FileComments>(() => FileComments.Find(key, CancellationToken.None), LazyThreadSafetyMode.ExecutionAndPublication)).Value;
    }
}
