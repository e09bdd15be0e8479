using System;
using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Parsing;
using System.Threading.Tasks;
using DocAnalyzers.Cli;
using DocAnalyzers.Cli.Commands;

// The command line only parses and dispatches; usage errors exit with 2, not System.CommandLine's 1, which means findings here.
// The root is named for the installed command, not the assembly (a RootCommand takes the assembly's name).
var root = new Command(ToolInfo.Name, "Checks a repository's markdown documentation against a documentation plan, with the DocAnalyzers rules and fixes.")
{
    new HelpOption(),
    new VersionOption(),
    CheckCommand.Create(),
    FixCommand.Create(),
    InitCommand.Create(),
    ReportCommand.Create(),
};
ParseResult parsed = root.Parse(args);
if (parsed.Errors.Count > 0)
{
    foreach (ParseError error in parsed.Errors)
    {
        Console.Error.WriteLine($"{ToolInfo.Name}: error: {error.Message}");
    }

    Console.Error.WriteLine($"Run '{ToolInfo.Name} --help' for usage.");
    return ExitCodes.UsageOrConfiguration;
}

return await parsed.InvokeAsync().ConfigureAwait(false);
