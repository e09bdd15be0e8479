using System;
using System.IO;
using System.Text;

namespace DocAnalyzers.Cli.Fixing;

/// <summary>Writes fixed documentation back: UTF-8, with a byte order mark only where the file had one; new files never over existing ones.</summary>
internal static class DocumentFiles
{
    private static readonly byte[] Utf8Bom = { 0xEF, 0xBB, 0xBF };

    public static void Write(FileChange change)
    {
        if (change.OldText is null)
        {
            // CreateNew: a file that appeared since the tool looked is not overwritten.
            using var created = new FileStream(change.Path, FileMode.CreateNew, FileAccess.Write);
            byte[] bytes = new UTF8Encoding(false).GetBytes(change.NewText);
            created.Write(bytes, 0, bytes.Length);
            return;
        }

        File.WriteAllText(change.Path, change.NewText, new UTF8Encoding(HasBom(change.Path)));
    }

    private static bool HasBom(string path)
    {
        byte[] start = new byte[3];
        using FileStream stream = File.OpenRead(path);
        return stream.Read(start, 0, 3) == 3 && start.AsSpan().SequenceEqual(Utf8Bom);
    }
}
