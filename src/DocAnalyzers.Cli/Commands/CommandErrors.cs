using System;
using System.Collections.Generic;
using System.IO;
using System.Threading.Tasks;
using DocAnalyzers.Cli.Inputs;

namespace DocAnalyzers.Cli.Commands;

/// <summary>Runs a command body: a configuration error or a failure becomes a message on standard error and exit code 2.</summary>
internal static class CommandErrors
{
    public static async Task<int> RunAsync(TextWriter error, Func<Task<int>> body)
    {
        try
        {
            return await body().ConfigureAwait(false);
        }
        catch (ConfigurationException e)
        {
            error.WriteLine($"{ToolInfo.Name}: error: {e.Message}");
            return ExitCodes.UsageOrConfiguration;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"{ToolInfo.Name}: error: {e.Message}");
            return ExitCodes.UsageOrConfiguration;
        }
    }

    /// <summary>Notes on what the inputs left out, on standard error.</summary>
    public static void WriteNotes(TextWriter error, AnalyzerInputs inputs)
    {
        foreach (string note in inputs.Notes)
        {
            error.WriteLine($"{ToolInfo.Name}: note: {DirectoryBuildProps.FileName}: not read: {note}");
        }
    }

    /// <summary>Throws for DOC001: the analyzer found the plan or template unusable, and nothing else can run.</summary>
    public static void ThrowOnConfigurationError(IEnumerable<(string Id, string Message)> diagnostics)
    {
        foreach ((string id, string message) in diagnostics)
        {
            if (id == DiagnosticIds.ConfigurationUnusable)
            {
                throw new ConfigurationException($"{id}: {message}");
            }
        }
    }
}
