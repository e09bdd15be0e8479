using System.IO;
using System.Linq;

namespace DocAnalyzers.Cli.Tests.Infrastructure;

/// <summary>Documentation the tests generate repositories from.</summary>
internal static class Samples
{
    /// <summary>Every section the library plan asks for, each with real content: nothing to report.</summary>
    public const string CompleteLibraryReadme = """
        # Greeter

        Greeter says hello in the languages your users speak.

        ## Installation

        Run `dotnet add package Greeter`; it supports .NET 8 and later.

        ## Usage

        Call `Greeter.Hello("fr")` to get a French greeting.

        ## Change Log

        1.0.0 is the first release.

        ## Contributing

        Build with `dotnet build` and run `dotnet test` before you open a pull request.

        ## Support

        Ask questions and report bugs in the issue tracker.

        ## License

        Greeter is published under the MIT license.

        """;

    /// <summary>
    /// Against the library plan: Usage is empty (DOC201), Installation a placeholder (DOC202), License and the
    /// Project chapter are missing (DOC200).
    /// </summary>
    public const string PartialLibraryReadme = """
        # Greeter

        Greeter says hello in the languages your users speak.

        ## Installation

        TODO

        ## Usage

        """;

    /// <summary>
    /// A class library's public class, for --api: Hello's &lt;param&gt; names no parameter (DOC103) and its parameter
    /// has none (DOC102), Count has no comment (DOC100), Wave's summary is not well-formed XML (DOC111 without
    /// GenerateDocumentationFile, the compiler's CS1570 with it); Goodbye and the internal Helper need nothing.
    /// </summary>
    public const string GreeterSource = """
        namespace Lib;

        /// <summary>Says hello.</summary>
        public class Greeter
        {
            /// <summary>Greets someone.</summary>
            /// <param name="nam">The name.</param>
            /// <returns>The greeting.</returns>
            public string Hello(string name) => "Hello " + name;

            public int Count { get; set; }

            /// <summary>Says goodbye.</summary>
            /// <returns>The farewell.</returns>
            public string Goodbye() => "Goodbye";

            /// <summary>Waves <c>a hand.</summary>
            public void Wave()
            {
            }
        }

        internal sealed class Helper
        {
        }

        """;

    /// <summary>A solution file that lists projects, by their paths relative to the solution.</summary>
    public static string Solution(params string[] projectPaths) =>
        "<Solution>\n" + string.Concat(System.Array.ConvertAll(projectPaths, p => $"  <Project Path=\"{p}\" />\n")) + "</Solution>\n";

    /// <summary>
    /// src/Lib/Lib.csproj of a repository built as if it referenced the package: the analyzer the tool runs, and the
    /// package's build/ props and targets. <paramref name="properties"/> are more lines for its PropertyGroup.
    /// </summary>
    public static string PackageLibraryProject(params string[] properties)
    {
        string toolFolder = Path.GetDirectoryName(Tool.AssemblyPath)!;
        string packageBuild = Path.GetFullPath(Path.Combine(toolFolder, "..", "..", "..", "..", "DocAnalyzers.Package", "build"));
        string more = string.Concat(properties.Select(p => "\n    " + p));
        return $"""
            <Project>
              <Import Project="Sdk.props" Sdk="Microsoft.NET.Sdk" />
              <Import Project="{packageBuild}/DocAnalyzers.props" />
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <DocAnalyzersRepositoryRoot>../..</DocAnalyzersRepositoryRoot>
                <EnableNETAnalyzers>false</EnableNETAnalyzers>{more}
              </PropertyGroup>
              <ItemGroup>
                <Analyzer Include="{toolFolder}/DocAnalyzers.dll;{toolFolder}/Markdig.dll" />
              </ItemGroup>
              <Import Project="Sdk.targets" Sdk="Microsoft.NET.Sdk" />
              <Import Project="{packageBuild}/DocAnalyzers.targets" />
            </Project>
            """;
    }
}
