using System.IO;
using System.Linq;

namespace DocAnalyzers.EndToEnd.Tests.Infrastructure;

/// <summary>A fresh clone of this repository, made by copying: the files git would check out, no build output.</summary>
internal static class RepositoryCopy
{
    /// <summary>
    /// Copies the files git would check out (tracked, and new files not ignored) from <paramref name="root"/> to
    /// <paramref name="destination"/>, and makes the copy a git repository of its own.
    /// </summary>
    public static string Create(string root, string destination)
    {
        CommandResult files = Cli.Run("git", root, new[] { "ls-files", "--cached", "--others", "--exclude-standard" });
        Assert.True(files.ExitCode == 0, files.Output);
        foreach (string relative in files.Output.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0))
        {
            string source = Path.Combine(root, relative);
            if (File.Exists(source))
            {
                string target = Path.Combine(destination, relative);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(source, target);
            }
        }

        Assert.True(Cli.Run("git", destination, new[] { "init", "--quiet" }).ExitCode == 0);
        return destination;
    }
}
