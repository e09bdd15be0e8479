using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using DocAnalyzers.EndToEnd.Tests.Infrastructure;
using Markdig;
using Markdig.Syntax;

namespace DocAnalyzers.EndToEnd.Tests;

/// <summary>
/// Every command the README shows works as written. Each <c>sh</c> block of README.md runs, in README order, as
/// one bash script, in a fresh copy of this repository ("# In a clone of DocAnalyzers", the default) or in a new
/// repository beside it that holds a class library ("# In your repository"); a <c>text</c> block right after it is
/// the output the README promises, line by line (paths shortened, help links cut), and a failing build when it
/// quotes an error. Two commands are not run, for the reasons in <see cref="NotRun"/>.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class ReadmeCommandsTests
{
    /// <summary>Commands the README shows that this test cannot run, and why; each must still be in the README.</summary>
    private static readonly Dictionary<string, string> NotRun = new(StringComparer.Ordinal)
    {
        ["dotnet test DocAnalyzers.sln"] = "runs this test suite, and this test with it",
        ["dotnet run -c Release --project benchmarks/DocAnalyzers.Benchmarks"] = "a benchmark of several minutes, whose figures the README quotes from a measured run",
    };

    private readonly PackageFixture package;

    public ReadmeCommandsTests(PackageFixture package) => this.package = package;

    [Fact]
    public void Every_command_in_the_readme_works_as_written()
    {
        string readme = File.ReadAllText(Path.Combine(package.RepositoryRoot, "README.md"));
        List<(string Script, string? Output)> blocks = ShellBlocks(readme);
        Assert.All(NotRun.Keys, command => Assert.Contains(blocks, block => block.Script.Contains(command, StringComparison.Ordinal)));

        string work = Path.Combine(Path.GetTempPath(), "DocAnalyzers.EndToEnd", "Readme-" + Guid.NewGuid().ToString("N")[..8]);
        string clone = RepositoryCopy.Create(package.RepositoryRoot, Path.Combine(work, "DocAnalyzers"));
        string yours = CreateYourRepository(Path.Combine(work, "MyRepo"));

        // The README packs DocAnalyzers and its tool itself: the consumer must restore those packages, not ones cached by another run.
        foreach (string id in new[] { "docanalyzers", "docanalyzers.cli" })
        {
            string cached = Path.Combine(package.PackagesDirectory, id);
            if (Directory.Exists(cached))
            {
                Directory.Delete(cached, recursive: true);
            }
        }

        // dotnet's cache of local tool commands is per user and knows a tool by name and version only: an entry left by
        // another clone's run points into that clone's packages folder. The README's commands get a dotnet home of their own.
        var environment = new Dictionary<string, string>(package.ConsumerEnvironment) { ["DOTNET_CLI_HOME"] = Path.Combine(work, "dotnet-home") };

        try
        {
            foreach ((string script, string? expected) in blocks)
            {
                string folder = script.TrimStart().StartsWith("# In your repository", StringComparison.Ordinal) ? yours : clone;
                string runnable = NotRun.Keys.Aggregate(script, (text, command) => text.Replace(command, "true # not run: " + command, StringComparison.Ordinal));
                string file = Path.Combine(work, "block.sh");
                File.WriteAllText(file, "set -e\n" + runnable);
                CommandResult result = Cli.Run("bash", folder, new[] { file }, environment);

                bool quotesError = expected is not null && Regex.IsMatch(expected, @"(^|: )error ", RegexOptions.Multiline);
                Assert.True(quotesError ? result.ExitCode != 0 : result.ExitCode == 0, $"The README block\n{script}\nexited with {result.ExitCode}:\n{result.Output}");
                foreach (string line in (expected ?? string.Empty).Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0))
                {
                    Assert.True(
                        Printed(result.Output).Any(printed => printed.EndsWith(line, StringComparison.Ordinal)),
                        $"The README says the block\n{script}\nprints\n  {line}\nbut it printed:\n{result.Output}");
                }
            }
        }
        finally
        {
            if (Environment.GetEnvironmentVariable("DOCANALYZERS_E2E_KEEP") != "1")
            {
                Directory.Delete(work, recursive: true);
            }
        }
    }

    /// <summary>The <c>sh</c> blocks in order, each with the <c>text</c> block that follows it directly, if any.</summary>
    private static List<(string Script, string? Output)> ShellBlocks(string readme)
    {
        List<FencedCodeBlock> fenced = Markdown.Parse(readme).Descendants<FencedCodeBlock>().ToList();
        var blocks = new List<(string, string?)>();
        for (int i = 0; i < fenced.Count; i++)
        {
            if (fenced[i].Info == "sh")
            {
                string? output = i + 1 < fenced.Count && fenced[i + 1].Info == "text" && Adjacent(readme, fenced[i], fenced[i + 1]) ? fenced[i + 1].Lines.ToString() : null;
                blocks.Add((fenced[i].Lines.ToString(), output));
            }
        }

        return blocks;
    }

    // Output is quoted right after its command: at most one paragraph between them.
    private static bool Adjacent(string readme, FencedCodeBlock command, FencedCodeBlock output) =>
        readme[(command.Span.End + 1)..output.Span.Start].Split("\n\n", StringSplitOptions.RemoveEmptyEntries).Count(p => p.Trim().Length > 0) <= 1;

    /// <summary>Each line as the README quotes it: without the help link and the project MSBuild appends.</summary>
    private static IEnumerable<string> Printed(string output) =>
        output.Split('\n').Select(line => Regex.Replace(line.Trim(), @"(\s+\(https?://[^\s()]+\))?(\s+\[[^\]]+\])?$", string.Empty));

    /// <summary>"Your repository": a git repository with a README and a new class library, MyLib/MyLib.csproj.</summary>
    private string CreateYourRepository(string folder)
    {
        Directory.CreateDirectory(folder);
        Assert.True(Cli.Run("git", folder, new[] { "init", "--quiet" }).ExitCode == 0);
        File.WriteAllText(Path.Combine(folder, "README.md"), "# MyRepo\n\nA library that greets people in the languages they speak.\n");
        CommandResult library = Cli.Run(Cli.Dotnet, folder, new[] { "new", "classlib", "--name", "MyLib", "--output", "MyLib" }, package.ConsumerEnvironment);
        Assert.True(library.ExitCode == 0, library.Output);
        return folder;
    }
}
