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
}
