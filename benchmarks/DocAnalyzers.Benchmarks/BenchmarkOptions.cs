using System.Globalization;
using Microsoft.CodeAnalysis;

namespace DocAnalyzers.Benchmarks;

/// <summary>The command-line flags, parsed by hand: --runs N, --mode none|parse|diagnose and --ide.</summary>
internal sealed record BenchmarkOptions(int Runs, DocumentationMode Mode, bool Ide)
{
    public const string Usage = "usage: dotnet run -c Release --project benchmarks/DocAnalyzers.Benchmarks -- [--runs N] [--mode none|parse|diagnose] [--ide]";

    public static BenchmarkOptions? Parse(string[] args, out string? error)
    {
        int runs = 5;
        var mode = DocumentationMode.Diagnose;
        bool ide = false;
        error = null;
        for (int i = 0; i < args.Length; i++)
        {
            string? value = i + 1 < args.Length ? args[i + 1] : null;
            switch (args[i])
            {
                case "--runs" when int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out runs) && runs > 0:
                    i++;
                    break;
                case "--mode" when value is "none" or "parse" or "diagnose":
                    mode = value switch
                    {
                        "none" => DocumentationMode.None,
                        "parse" => DocumentationMode.Parse,
                        _ => DocumentationMode.Diagnose,
                    };
                    i++;
                    break;
                case "--ide":
                    ide = true;
                    break;
                default:
                    error = $"unknown or incomplete option '{args[i]}'";
                    return null;
            }
        }

        if (ide && mode == DocumentationMode.None)
        {
            error = "--ide measures what an IDE runs, which parses documentation comments: use --mode parse or diagnose";
            return null;
        }

        return new BenchmarkOptions(runs, mode, ide);
    }
}
