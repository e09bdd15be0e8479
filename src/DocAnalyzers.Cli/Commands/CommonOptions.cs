using System.CommandLine;

namespace DocAnalyzers.Cli.Commands;

/// <summary>The argument and options the commands share.</summary>
internal static class CommonOptions
{
    public static Argument<string> PathArgument() => new("path")
    {
        Description = "The repository root; the current folder when left out.",
        Arity = ArgumentArity.ZeroOrOne,
        DefaultValueFactory = _ => ".",
    };

    public static Option<string?> Plan() => new("--plan")
    {
        Description = "The built-in plan: technical, library or arc42. Overrides DocAnalyzersPlan in Directory.Build.props.",
    };

    public static Option<string?> Template() => new("--template")
    {
        Description = "A markdown outline, relative to the root, that replaces the built-in plans. Overrides DocAnalyzersTemplate.",
    };

    public static Option<string?> Project() => new("--project")
    {
        Description = "The solution (.sln, .slnx) or C# project (.csproj) that --api loads, when the root holds none or several. Implies --api.",
    };

    public static Option<bool> NoRestore() => new("--no-restore")
    {
        Description = "With --api: do not restore the projects first (they must have been restored).",
    };
}
