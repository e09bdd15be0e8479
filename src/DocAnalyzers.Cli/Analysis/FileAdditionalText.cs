using System;
using System.IO;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace DocAnalyzers.Cli.Analysis;

/// <summary>A documentation file or the template as the compiler hands it to the analyzer: read on first use, null when unreadable.</summary>
internal sealed class FileAdditionalText : AdditionalText
{
    private readonly Lazy<SourceText?> text;

    public FileAdditionalText(string path)
    {
        Path = path;
        text = new Lazy<SourceText?>(Read, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public override string Path { get; }

    public override SourceText? GetText(CancellationToken cancellationToken = default) => text.Value;

    /// <summary>Reads a file as the compiler does: the encoding from its byte order mark, else UTF-8.</summary>
    public static SourceText? ReadFile(string path)
    {
        try
        {
            using FileStream stream = File.OpenRead(path);
            return SourceText.From(stream, encoding: null, checksumAlgorithm: SourceHashAlgorithm.Sha256, throwIfBinaryDetected: false, canBeEmbedded: false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            return null;
        }
    }

    private SourceText? Read() => ReadFile(Path);
}
