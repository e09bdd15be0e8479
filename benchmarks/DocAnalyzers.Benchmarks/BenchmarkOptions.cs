using System.Globalization;
using Microsoft.CodeAnalysis;

namespace DocAnalyzers.Benchmarks;

/// <summary>
/// The command-line flags, parsed by hand: --runs N, --mode none|parse|diagnose, --ide, --baseline DLL (compare this
/// build's DOC1xx analyzers with another build's), --sources DIR (a real library's C# files instead of the corpus) and
/// --default-severities (the DOC1xx rules as a user's build runs them, DOC110 off, instead of all of them).
/// </summary>
internal sealed record BenchmarkOptions(int Runs, DocumentationMode Mode, bool Ide, string? Baseline, string? Sources, bool DefaultSeverities = false)
{
    public const string Usage = "usage: dotnet run -c Release --project benchmarks/DocAnalyzers.Benchmarks -- [--runs N] [--mode none|parse|diagnose] [--ide] [--baseline PATH/DocAnalyzers.dll] [--sources DIR] [--default-severities]";

    public static BenchmarkOptions? Parse(string[] args, out string? error)
    {
        int runs = 5;
        var mode = DocumentationMode.Diagnose;
        bool ide = false;
        string? baseline = null;
        string? sources = null;
        bool defaultSeverities = false;
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
                case "--default-severities":
                    defaultSeverities = true;
                    break;
                case "--baseline" when value is not null:
                    baseline = Path.GetFullPath(value);
                    i++;
                    break;
                case "--sources" when value is not null:
                    sources = Path.GetFullPath(value);
                    i++;
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

        if (baseline is not null && !File.Exists(baseline))
        {
            error = $"--baseline: no file '{baseline}' (give the DocAnalyzers.dll of the build to compare with)";
            return null;
        }

        if (sources is not null && !Directory.Exists(sources))
        {
            error = $"--sources: no folder '{sources}'";
            return null;
        }

        if (ide && (baseline is not null || sources is not null))
        {
            error = "--ide measures the generated corpus against StyleCop: it does not combine with --baseline or --sources";
            return null;
        }

        return new BenchmarkOptions(runs, mode, ide, baseline, sources, defaultSeverities);
    }
}
