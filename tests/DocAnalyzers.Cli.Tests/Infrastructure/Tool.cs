using System;
using System.Diagnostics;
using System.IO;
using System.Reflection;

namespace DocAnalyzers.Cli.Tests.Infrastructure;

/// <summary>What one run of the tool printed and returned.</summary>
internal sealed record ToolResult(int ExitCode, string Output, string Error);

/// <summary>Runs the built docanalyzers tool as a user would: <c>dotnet DocAnalyzers.Cli.dll ARGS</c>, in a separate process.</summary>
internal static class Tool
{
    // check --api restores and loads projects with MSBuild: seconds on an idle machine, far more on a busy one.
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);

    /// <summary>The tool's own build output, of the configuration these tests were built in.</summary>
    public static string AssemblyPath { get; } = FindAssembly();

    public static ToolResult Run(string workingDirectory, params string[] arguments)
    {
        var info = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(AssemblyPath);
        foreach (string argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        info.Environment["DOTNET_CLI_UI_LANGUAGE"] = "en";
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"docanalyzers {string.Join(' ', arguments)} did not finish within {Timeout}.");
        }

        return new ToolResult(process.ExitCode, output.Result.Replace("\r\n", "\n"), error.Result.Replace("\r\n", "\n"));
    }

    private static string FindAssembly()
    {
        string configuration = typeof(Tool).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
        for (DirectoryInfo? folder = new(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "DocAnalyzers.sln")))
            {
                string path = Path.Combine(folder.FullName, "src", "DocAnalyzers.Cli", "bin", configuration, "net10.0", "DocAnalyzers.Cli.dll");
                return File.Exists(path) ? path : throw new FileNotFoundException($"The tool is not built at {path}.");
            }
        }

        throw new DirectoryNotFoundException($"No DocAnalyzers.sln above {AppContext.BaseDirectory}.");
    }
}
