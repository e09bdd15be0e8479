using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using DocAnalyzers.EndToEnd.Tests.Infrastructure;

namespace DocAnalyzers.EndToEnd.Tests;

/// <summary>
/// The code fixes through the package, as a user runs them from the command line:
/// <c>dotnet format analyzers</c> loads DocAnalyzers.CodeFixes.dll from the package's analyzers/dotnet/cs
/// beside the analyzers and applies Fix All for each diagnostic ID.
/// </summary>
/// <remarks>
/// What dotnet format needs, as found with the .NET 10 SDK: nothing beyond the package reference. The DOC1xx rules
/// are warnings and <c>--severity</c> defaults to <c>warn</c>, so no <c>--severity</c> is given; its implicit
/// restore finds the project restored by the build before it, so no <c>--no-restore</c> is given either.
/// </remarks>
[Collection(PackageCollection.Name)]
public sealed class CodeFixTests
{
    private const string Project = "src/Library/Library.csproj";

    /// <summary>
    /// What the sample below is reported, worked out from its source: the rule and the message, which names the
    /// member, without the place (the test checks lines of its own). Editing the sample means editing this list.
    /// </summary>
    private static readonly string[] Findings =
    {
        // Catalog.cs (\n): a constructor, a property and an override without comments, a method without a <param>
        // and a <returns>, a generic method without a <typeparam>, a <param> and a <returns>.
        "DOC100: 'Catalog.Catalog(string, int)' is part of the public API but has no documentation comment",
        "DOC100: 'Catalog.Name' is part of the public API but has no documentation comment",
        "DOC100: 'Catalog.ToString()' is part of the public API but has no documentation comment",
        "DOC102: The documentation of 'Catalog.Find(string, bool)' has no <param> tag for parameter 'ignoreCase'",
        "DOC106: The documentation of 'Catalog.Find(string, bool)' has no <returns> tag",
        "DOC104: The documentation of 'Catalog.Map<TResult>(Func<string, TResult>)' has no <typeparam> tag for type parameter 'TResult'",
        "DOC102: The documentation of 'Catalog.Map<TResult>(Func<string, TResult>)' has no <param> tag for parameter 'convert'",
        "DOC106: The documentation of 'Catalog.Map<TResult>(Func<string, TResult>)' has no <returns> tag",

        // Pair.cs (\r\n): a generic positional record with a summary only, an undocumented method, a generic method
        // with a summary only. The record's positional properties are documented by its <param> tags, so they are
        // not reported on their own.
        "DOC104: The documentation of 'Pair<TFirst, TSecond>' has no <typeparam> tag for type parameter 'TFirst'",
        "DOC104: The documentation of 'Pair<TFirst, TSecond>' has no <typeparam> tag for type parameter 'TSecond'",
        "DOC102: The documentation of 'Pair<TFirst, TSecond>' has no <param> tag for parameter 'First'",
        "DOC102: The documentation of 'Pair<TFirst, TSecond>' has no <param> tag for parameter 'Second'",
        "DOC100: 'Pair<TFirst, TSecond>.Swap()' is part of the public API but has no documentation comment",
        "DOC104: The documentation of 'Pair<TFirst, TSecond>.Twice<T>(T)' has no <typeparam> tag for type parameter 'T'",
        "DOC102: The documentation of 'Pair<TFirst, TSecond>.Twice<T>(T)' has no <param> tag for parameter 'value'",
        "DOC106: The documentation of 'Pair<TFirst, TSecond>.Twice<T>(T)' has no <returns> tag",

        // Parsing.cs (\n): an undocumented static class and its methods, one generic with an out parameter, and a
        // struct whose constructor has a summary only.
        "DOC100: 'Parsing' is part of the public API but has no documentation comment",
        "DOC100: 'Parsing.ParseCount(string)' is part of the public API but has no documentation comment",
        "DOC100: 'Parsing.TryParse<T>(string, out T?)' is part of the public API but has no documentation comment",
        "DOC102: The documentation of 'Origin.Origin(string, int)' has no <param> tag for parameter 'file'",
        "DOC102: The documentation of 'Origin.Origin(string, int)' has no <param> tag for parameter 'line'",
    };

    /// <summary>The prompts the fixes write into the sample, which DOC108 reports after dotnet format.</summary>
    private static readonly string[] Prompts =
    {
        "DOC108: The <returns> of 'Catalog.Find(string, bool)' is a placeholder ('TODO')",
        "DOC108: The <param name=\"convert\"> of 'Catalog.Map<TResult>(Func<string, TResult>)' is a placeholder ('TODO')",
        "DOC108: The <returns> of 'Catalog.Map<TResult>(Func<string, TResult>)' is a placeholder ('TODO')",
        "DOC108: The summary of 'Pair<TFirst, TSecond>.Swap()' is a placeholder ('TODO')",
        "DOC108: The summary of 'Parsing' is a placeholder ('TODO')",
    };

    /// <summary>Each source file of the sample, its text and its line break.</summary>
    private static readonly (string Path, string LineBreak, string Text)[] Sources =
    {
        ("src/Library/Catalog.cs", "\n", """
            using System;
            using System.Collections.Generic;

            namespace Library;

            /// <summary>A catalog of named items.</summary>
            public class Catalog
            {
                private readonly Dictionary<string, string> items = new();

                public Catalog(string name, int capacity)
                {
                    Name = name;
                    Capacity = capacity;
                }

                public string Name { get; }

                /// <summary>How many items the catalog can hold.</summary>
                public int Capacity { get; }

                /// <summary>Finds the item stored under a key.</summary>
                /// <param name="key">The key of the item.</param>
                public string? Find(string key, bool ignoreCase) => items.TryGetValue(key, out string? item) ? item : null;

                /// <summary>Converts every item.</summary>
                public IReadOnlyList<TResult> Map<TResult>(Func<string, TResult> convert)
                {
                    var results = new List<TResult>();
                    foreach (string item in items.Values)
                    {
                        results.Add(convert(item));
                    }

                    return results;
                }

                public override string ToString() => Name;
            }

            """),
        ("src/Library/Pair.cs", "\r\n", """
            namespace Library;

            /// <summary>Two values that belong together.</summary>
            public record Pair<TFirst, TSecond>(TFirst First, TSecond Second)
            {
                public Pair<TSecond, TFirst> Swap() => new(Second, First);

                /// <summary>Makes a pair whose values are both <paramref name="value"/>.</summary>
                public static Pair<T, T> Twice<T>(T value) => new(value, value);
            }

            """),
        ("src/Library/Parsing.cs", "\n", """
            namespace Library;

            public static class Parsing
            {
                public static int ParseCount(string text) => int.Parse(text);

                public static bool TryParse<T>(string text, out T? value)
                {
                    value = default;
                    return false;
                }
            }

            /// <summary>Where a value came from.</summary>
            public readonly struct Origin
            {
                /// <summary>Creates an origin.</summary>
                public Origin(string file, int line)
                {
                    File = file;
                    Line = line;
                }

                /// <summary>The file.</summary>
                public string File { get; }

                /// <summary>The line.</summary>
                public int Line { get; }
            }

            """),
    };

    private readonly PackageFixture package;

    public CodeFixTests(PackageFixture package) => this.package = package;

    /// <summary>
    /// Without GenerateDocumentationFile the compiler leaves <c>///</c> as plain comments (documentation mode None);
    /// with it, it parses them (Diagnose) and finds what DOC100 and DOC102 report as CS1591 and CS1573, which DocAnalyzers
    /// suppresses. The fixers edit the text either way, and the project file sets the property so that dotnet format's
    /// workspace sees it too.
    /// </summary>
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Dotnet_format_adds_the_missing_tags_and_comments_and_changes_nothing_else(bool generateDocumentationFile)
    {
        using var repository = TestRepository.Create(package);
        repository.WriteLibrary(
            "src/Library",
            "Library",
            properties: $"""
                <Nullable>enable</Nullable>
                <GenerateDocumentationFile>{(generateDocumentationFile ? "true" : "false")}</GenerateDocumentationFile>
                <DocAnalyzersCheckRepository>false</DocAnalyzersCheckRepository>
                """);
        var originals = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach ((string path, string lineBreak, string text) in Sources)
        {
            string content = text.ReplaceLineEndings(lineBreak);
            File.WriteAllText(repository.PathOf(path), content);
            originals[path] = content;
        }

        // Before: exactly the findings above, 7 DOC100, 7 DOC102, 4 DOC104 and 3 DOC106.
        BuildResult before = repository.Build(Project);
        BuildAssert.Succeeded(before);
        Assert.Equal(Findings.OrderBy(f => f, StringComparer.Ordinal), IdsAndMessages(before));
        Assert.Equal(
            new[] { ("DOC100", 7), ("DOC102", 7), ("DOC104", 4), ("DOC106", 3) },
            before.DocDiagnostics.GroupBy(d => d.Id).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => (g.Key, g.Count())));
        if (generateDocumentationFile)
        {
            // The compiler finds the undocumented members and parameters too, but its CS1591 and CS1573 at the
            // places DocAnalyzers reports are suppressed: each problem is reported once.
            Assert.DoesNotContain(before.Diagnostics, d => d.Id is "CS1591" or "CS1573");
        }

        CommandResult format = repository.Dotnet("format", "analyzers", Project, "--diagnostics", "DOC100", "DOC102", "DOC104", "DOC106");
        Assert.True(format.ExitCode == 0, $"{format.CommandLine} exited with {format.ExitCode}:\n{format.Output}");

        // After: no compiler warning about the new comments (CS1570, CS1573, CS1574, CS1591...) and no DOC1xx but DOC108
        // on the TODO prompts the fixes write where they cannot draft a sentence, so that someone writes them.
        BuildResult after = repository.Build(Project);
        BuildAssert.Succeeded(after);
        Assert.True(
            after.Diagnostics.All(d => d.Id == "DOC108"),
            $"The build after dotnet format reported diagnostics other than DOC108.\n{format.Output}\n{after}");
        Assert.Equal(Prompts.OrderBy(f => f, StringComparer.Ordinal), IdsAndMessages(after));

        foreach ((string path, string lineBreak, _) in Sources)
        {
            string original = originals[path];
            string fixedText = File.ReadAllText(repository.PathOf(path));
            AssertOnlyDocumentationLinesAdded(path, original, fixedText);
            if (path.EndsWith("Catalog.cs", StringComparison.Ordinal))
            {
                // dotnet format applies the first fix of DOC100, whichever diagnostic it starts from: <inheritdoc/> on an override.
                Assert.Contains("    /// <inheritdoc/>\n    public override string ToString() => Name;", fixedText, StringComparison.Ordinal);
            }

            AssertLineBreaks(path, fixedText, lineBreak);
        }
    }

    /// <summary>The DocAnalyzers diagnostics as <c>ID: message</c>, sorted.</summary>
    private static IEnumerable<string> IdsAndMessages(BuildResult build) =>
        build.DocDiagnostics.Select(d => $"{d.Id}: {d.Message}").OrderBy(d => d, StringComparer.Ordinal);

    /// <summary>
    /// Every original line is still there, unchanged and in order, and every line between them is a new
    /// <c>///</c> line: the fixes only added documentation comment lines.
    /// </summary>
    private static void AssertOnlyDocumentationLinesAdded(string path, string original, string fixedText)
    {
        string[] before = Lines(original);
        string[] after = Lines(fixedText);
        var added = new List<string>();
        int next = 0;
        foreach (string line in after)
        {
            if (next < before.Length && line == before[next])
            {
                next++;
            }
            else
            {
                added.Add(line);
            }
        }

        Assert.True(next == before.Length, $"{path}: original line {next + 1} ('{(next < before.Length ? before[next].TrimEnd() : string.Empty)}') is missing or moved:\n{fixedText}");
        Assert.NotEmpty(added);
        Assert.All(added, line => Assert.True(line.TrimStart().StartsWith("///", StringComparison.Ordinal), $"{path}: added line '{line.TrimEnd()}' is not a documentation comment line:\n{fixedText}"));
    }

    /// <summary>The file still uses only its own line break.</summary>
    private static void AssertLineBreaks(string path, string text, string lineBreak)
    {
        int crlf = Count(text, "\r\n");
        int lf = Count(text, "\n");
        int cr = Count(text, "\r");
        if (lineBreak == "\r\n")
        {
            Assert.True(crlf == lf && crlf == cr && crlf > 0, $"{path} should use \\r\\n only: {crlf} \\r\\n, {lf} \\n, {cr} \\r.");
        }
        else
        {
            Assert.True(cr == 0 && lf > 0, $"{path} should use \\n only: {cr} \\r, {lf} \\n.");
        }
    }

    /// <summary>The lines with their line breaks, so that a changed break counts as a changed line.</summary>
    private static string[] Lines(string text)
    {
        var lines = new List<string>();
        int start = 0;
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                lines.Add(text[start..(i + 1)]);
                start = i + 1;
            }
        }

        if (start < text.Length)
        {
            lines.Add(text[start..]);
        }

        return lines.ToArray();
    }

    private static int Count(string text, string value)
    {
        int count = 0;
        for (int i = text.IndexOf(value, StringComparison.Ordinal); i >= 0; i = text.IndexOf(value, i + value.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
