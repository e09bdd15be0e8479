using System;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DocAnalyzers.ApiDocs;

/// <summary>
/// Whether a rule's findings in a file reach the user, by the compiler's order of precedence: the project's
/// NoWarn, WarningsAsErrors and rule set (unless <c>/warnaserror-:ID</c>), then <c>dotnet_diagnostic.ID.severity</c>
/// in <c>.editorconfig</c> for the file, then in a <c>.globalconfig</c>, then the rule's default, which the bulk
/// <c>dotnet_analyzer_diagnostic</c> keys change for a rule that is on by default and set nowhere else.
/// </summary>
internal static class RuleSeverity
{
    private const string AllAnalyzersKey = "dotnet_analyzer_diagnostic.severity";

    /// <summary>True unless the rule's severity in the file is none or silent, which no build or error list shows.</summary>
    public static bool IsShown(Compilation compilation, AnalyzerConfigOptionsProvider analyzerOptions, SyntaxTree tree, DiagnosticDescriptor rule, CancellationToken cancellationToken)
    {
        CompilationOptions options = compilation.Options;

        // The options' own comparer, as the compiler's: the command line builds them ignoring case.
        bool specified = options.SpecificDiagnosticOptions.TryGetValue(rule.Id, out ReportDiagnostic report);

        // ReportDiagnostic.Default here is /warnaserror-:ID, which leaves the configuration files in charge.
        if ((!specified || report == ReportDiagnostic.Default)
            && options.SyntaxTreeOptionsProvider is { } provider
            && (provider.TryGetDiagnosticValue(tree, rule.Id, cancellationToken, out ReportDiagnostic configured)
                || provider.TryGetGlobalDiagnosticValue(rule.Id, cancellationToken, out configured)))
        {
            specified = true;
            report = configured;
        }

        if (!specified)
        {
            report = rule.IsEnabledByDefault ? ReportDiagnostic.Default : ReportDiagnostic.Suppress;
            AnalyzerConfigOptions treeOptions = analyzerOptions.GetOptions(tree);
            if (rule.IsEnabledByDefault
                && (TryGetBulk(treeOptions, "dotnet_analyzer_diagnostic.category-" + rule.Category + ".severity", out ReportDiagnostic bulk)
                    || TryGetBulk(treeOptions, AllAnalyzersKey, out bulk)))
            {
                report = bulk;
            }
        }

        return report is not (ReportDiagnostic.Suppress or ReportDiagnostic.Hidden);
    }

    private static bool TryGetBulk(AnalyzerConfigOptions options, string key, out ReportDiagnostic report)
    {
        report = ReportDiagnostic.Default;
        if (!options.TryGetValue(key, out string? value))
        {
            return false;
        }

        switch (value.Trim().ToLowerInvariant())
        {
            case "default":
                return true;
            case "error":
                report = ReportDiagnostic.Error;
                return true;
            case "warning":
                report = ReportDiagnostic.Warn;
                return true;
            case "suggestion":
                report = ReportDiagnostic.Info;
                return true;
            case "silent":
            case "refactoring":
                report = ReportDiagnostic.Hidden;
                return true;
            case "none":
                report = ReportDiagnostic.Suppress;
                return true;
            default:
                return false;
        }
    }
}
