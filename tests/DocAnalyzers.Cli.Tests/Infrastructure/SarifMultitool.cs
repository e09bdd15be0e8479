using System;
using System.Diagnostics;
using System.IO;
using System.Threading;

namespace DocAnalyzers.Cli.Tests.Infrastructure;

/// <summary>
/// Microsoft's SARIF Multitool (npm package <c>@microsoft/sarif-multitool</c>), installed once per machine into the temp
/// folder, to validate a log as GitHub's and Microsoft's SARIF consumers read it: the 2.1.0 JSON schema (JSON1xxx) and the
/// SARIF rules (SARIF1xxx at error and warning level).
/// </summary>
internal static class SarifMultitool
{
    public const string Version = "5.7.0";

    private static readonly Lazy<string> Executable = new(Install, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Validates <paramref name="sarifPath"/> and returns the validator's own SARIF log of what it found.</summary>
    public static string Validate(string sarifPath)
    {
        string output = Path.Combine(Path.GetDirectoryName(sarifPath)!, Path.GetFileNameWithoutExtension(sarifPath) + ".validation.sarif");
        File.Delete(output);
        Run(Executable.Value, Path.GetDirectoryName(sarifPath)!, "validate", sarifPath, "--output", output, "--quiet");
        return File.ReadAllText(output);
    }

    private static string Install()
    {
        string folder = Path.Combine(Path.GetTempPath(), "docanalyzers-tests", "sarif-multitool-" + Version);
        string platform = OperatingSystem.IsWindows() ? "win32" : OperatingSystem.IsMacOS() ? "darwin" : "linux";
        string executable = Path.Combine(folder, "node_modules", "@microsoft", "sarif-multitool-" + platform, OperatingSystem.IsWindows() ? "Sarif.Multitool.exe" : "Sarif.Multitool");
        if (!File.Exists(executable))
        {
            Directory.CreateDirectory(folder);
            File.WriteAllText(Path.Combine(folder, "package.json"), "{ \"private\": true }");
            Run(OperatingSystem.IsWindows() ? "npm.cmd" : "npm", folder, "install", "--no-audit", "--no-fund", "@microsoft/sarif-multitool@" + Version);
        }

        // npm no longer runs the package's install script, which marks the program executable.
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(executable, File.GetUnixFileMode(executable) | UnixFileMode.UserExecute);
        }

        return executable;
    }

    private static void Run(string program, string workingDirectory, params string[] arguments)
    {
        var info = new ProcessStartInfo(program) { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (string argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        using var process = Process.Start(info) ?? throw new InvalidOperationException($"{program} did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} {string.Join(' ', arguments)} did not finish within 5 minutes.");
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} exited with {process.ExitCode}:\n{output.Result}\n{error.Result}");
        }
    }
}
