using System;
using System.Collections.Generic;
using System.Linq;
using Xunit.Sdk;

namespace DocAnalyzers.EndToEnd.Tests.Infrastructure;

/// <summary>Assertions on a build's outcome that print the build's output when they fail.</summary>
internal static class BuildAssert
{
    public static void Succeeded(BuildResult build)
    {
        if (build.ExitCode != 0)
        {
            throw new XunitException($"The build failed.\n{build}");
        }
    }

    public static void Failed(BuildResult build)
    {
        if (build.ExitCode == 0)
        {
            throw new XunitException($"The build succeeded, but should have failed.\n{build}");
        }
    }

    /// <summary>
    /// The build reported exactly these DocAnalyzers diagnostics, written as <see cref="BuildDiagnostic.Describe"/>
    /// does (<c>README.md(7,1): warning DOC200: message</c>, <c>CSC: warning DOC206: message</c>), in any order,
    /// each with a help link to its rule page.
    /// </summary>
    public static void DocDiagnostics(BuildResult build, TestRepository repository, params string[] expected) =>
        DocDiagnostics(build, repository.Root, expected);

    /// <summary>As <see cref="DocDiagnostics(BuildResult, TestRepository, string[])"/>, with files relative to <paramref name="root"/>.</summary>
    public static void DocDiagnostics(BuildResult build, string root, params string[] expected)
    {
        IReadOnlyList<string> actual = build.DescribeDocDiagnostics(root);
        List<string> wanted = expected.OrderBy(d => d, StringComparer.Ordinal).ToList();
        if (!actual.SequenceEqual(wanted, StringComparer.Ordinal))
        {
            string missing = string.Join("\n  ", wanted.Except(actual, StringComparer.Ordinal));
            string unexpected = string.Join("\n  ", actual.Except(wanted, StringComparer.Ordinal));
            throw new XunitException($"DocAnalyzers diagnostics differ.\nMissing:\n  {missing}\nUnexpected:\n  {unexpected}\n\n{build}");
        }

        foreach (BuildDiagnostic diagnostic in build.DocDiagnostics)
        {
            Assert.EndsWith($"/docs/rules/{diagnostic.Id}.md", diagnostic.HelpLink ?? "(no help link)", StringComparison.Ordinal);
        }
    }
}
