using System;
using System.IO;

namespace DocAnalyzers.Cli.Tests.Infrastructure;

/// <summary>The clone of DocAnalyzers these tests run in: the folder that holds DocAnalyzers.sln.</summary>
internal static class RepositoryFolder
{
    public static string Root { get; } = Find();

    private static string Find()
    {
        for (DirectoryInfo? folder = new(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "DocAnalyzers.sln")))
            {
                return folder.FullName;
            }
        }

        throw new DirectoryNotFoundException($"No DocAnalyzers.sln above {AppContext.BaseDirectory}.");
    }
}
