using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace DocAnalyzers.Repository;

/// <summary>Reports a diagnostic of a repository rule.</summary>
internal delegate void Reporter(DiagnosticDescriptor descriptor, Location location, params object?[] messageArgs);

/// <summary>Reports a diagnostic of a repository rule with properties that its code fix reads.</summary>
internal delegate void PropertyReporter(DiagnosticDescriptor descriptor, Location location, ImmutableDictionary<string, string?>? properties, params object?[] messageArgs);

/// <summary>
/// The compiler applies <c>dotnet_diagnostic.ID.severity</c> from <c>.editorconfig</c> only to diagnostics
/// located in source files, never to those in markdown files or without a location. So the severity
/// that <c>.editorconfig</c> sets for the project's C# files is read once here and given to each
/// repository diagnostic as its effective severity; a <c>.globalconfig</c>, NoWarn and -warnaserror
/// still apply on top, as for any diagnostic.
/// </summary>
internal sealed class ConfiguredSeverities
{
    private readonly Dictionary<string, ReportDiagnostic> severities;

    private ConfiguredSeverities(Dictionary<string, ReportDiagnostic> severities) => this.severities = severities;

    public static ConfiguredSeverities Read(Compilation compilation, IEnumerable<DiagnosticDescriptor> descriptors, CancellationToken cancellationToken)
    {
        var severities = new Dictionary<string, ReportDiagnostic>();
        SyntaxTreeOptionsProvider? provider = compilation.Options.SyntaxTreeOptionsProvider;
        SyntaxTree? tree = null;
        foreach (SyntaxTree first in compilation.SyntaxTrees)
        {
            tree = first;
            break;
        }

        if (provider is not null && tree is not null)
        {
            foreach (DiagnosticDescriptor descriptor in descriptors)
            {
                if (provider.TryGetDiagnosticValue(tree, descriptor.Id, cancellationToken, out ReportDiagnostic severity))
                {
                    severities[descriptor.Id] = severity;
                }
            }
        }

        return new ConfiguredSeverities(severities);
    }

    /// <summary>A reporter that creates each diagnostic with its configured severity, or drops it when set to none.</summary>
    public Reporter For(System.Action<Diagnostic> report)
    {
        PropertyReporter reporter = WithProperties(report);
        return (descriptor, location, messageArgs) => reporter(descriptor, location, null, messageArgs);
    }

    /// <summary>As <see cref="For"/>, for diagnostics that carry properties.</summary>
    public PropertyReporter WithProperties(System.Action<Diagnostic> report) => (descriptor, location, properties, messageArgs) =>
    {
        if (!severities.TryGetValue(descriptor.Id, out ReportDiagnostic configured) || configured == ReportDiagnostic.Default)
        {
            report(Diagnostic.Create(descriptor, location, properties, messageArgs));
            return;
        }

        if (configured == ReportDiagnostic.Suppress)
        {
            return;
        }

        DiagnosticSeverity severity = configured switch
        {
            ReportDiagnostic.Error => DiagnosticSeverity.Error,
            ReportDiagnostic.Warn => DiagnosticSeverity.Warning,
            ReportDiagnostic.Info => DiagnosticSeverity.Info,
            _ => DiagnosticSeverity.Hidden,
        };
        report(Diagnostic.Create(descriptor, location, severity, additionalLocations: null, properties, messageArgs));
    };
}
