using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DocAnalyzers.ApiDocs;

/// <summary>
/// The public API documentation options, read from <c>.editorconfig</c> or a <c>.globalconfig</c>.
/// A value that cannot be read is recorded as a problem (reported as DOC001) and the default is used.
/// </summary>
internal sealed class ApiDocOptions
{
    public const string ExemptOverridesKey = "docanalyzers_api_exempt_overrides";
    public const string ExemptInterfaceImplementationsKey = "docanalyzers_api_exempt_interface_implementations";
    public const string ExcludeProtectedInSealedTypesKey = "docanalyzers_api_exclude_protected_in_sealed_types";
    public const string IncludeInternalKey = "docanalyzers_api_include_internal";
    public const string RulesInTestProjectsKey = "docanalyzers_api_rules_in_test_projects";
    public const string KeepCompilerWarningsKey = "docanalyzers_api_keep_compiler_warnings";

    private const string IsTestProjectKey = "build_property.IsTestProject";

    // Null means every rule runs; in a test project the default is the empty set.
    private readonly ImmutableHashSet<string>? runningRules;

    private ApiDocOptions(bool exemptOverrides, bool exemptInterfaceImplementations, bool excludeProtectedInSealedTypes, bool includeInternal, bool keepCompilerWarnings, ImmutableHashSet<string>? runningRules)
    {
        ExemptOverrides = exemptOverrides;
        ExemptInterfaceImplementations = exemptInterfaceImplementations;
        ExcludeProtectedInSealedTypes = excludeProtectedInSealedTypes;
        IncludeInternal = includeInternal;
        KeepCompilerWarnings = keepCompilerWarnings;
        this.runningRules = runningRules;
    }

    public bool ExemptOverrides { get; }

    public bool ExemptInterfaceImplementations { get; }

    public bool ExcludeProtectedInSealedTypes { get; }

    public bool IncludeInternal { get; }

    /// <summary>True when the compiler's documentation warnings that a DOC1xx rule repeats are not suppressed.</summary>
    public bool KeepCompilerWarnings { get; }

    /// <summary>False when no DOC1xx rule runs, so the caller can skip all work.</summary>
    public bool AnyRuleRuns => runningRules is null || runningRules.Count > 0;

    public bool Runs(string id) => runningRules is null || runningRules.Contains(id);

    public static ApiDocOptions Read(AnalyzerConfigOptions options, ICollection<string> problems)
    {
        bool isTestProject = options.TryGetValue(IsTestProjectKey, out string? test) && string.Equals(test.Trim(), "true", StringComparison.OrdinalIgnoreCase);
        return new ApiDocOptions(
            ReadBoolean(options, ExemptOverridesKey, problems),
            ReadBoolean(options, ExemptInterfaceImplementationsKey, problems),
            ReadBoolean(options, ExcludeProtectedInSealedTypesKey, problems),
            ReadBoolean(options, IncludeInternalKey, problems),
            ReadBoolean(options, KeepCompilerWarningsKey, problems),
            isTestProject ? ReadRulesInTestProjects(options, problems) : null);
    }

    private static bool ReadBoolean(AnalyzerConfigOptions options, string key, ICollection<string> problems)
    {
        if (!options.TryGetValue(key, out string? value))
        {
            return false;
        }

        switch (value.Trim().ToLowerInvariant())
        {
            case "true":
                return true;
            case "false":
                return false;
            default:
                problems.Add($"'{key}' must be true or false, not '{value}'");
                return false;
        }
    }

    private static ImmutableHashSet<string> ReadRulesInTestProjects(AnalyzerConfigOptions options, ICollection<string> problems)
    {
        if (!options.TryGetValue(RulesInTestProjectsKey, out string? value) || value.Trim().Equals("none", StringComparison.OrdinalIgnoreCase))
        {
            return ImmutableHashSet<string>.Empty;
        }

        if (value.Trim().Equals("all", StringComparison.OrdinalIgnoreCase))
        {
            return ApiRuleIds.All;
        }

        ImmutableHashSet<string>.Builder rules = ImmutableHashSet.CreateBuilder<string>(StringComparer.Ordinal);
        foreach (string part in value.Split(','))
        {
            string id = part.Trim().ToUpperInvariant();
            if (ApiRuleIds.All.Contains(id))
            {
                rules.Add(id);
            }
            else
            {
                problems.Add($"'{RulesInTestProjectsKey}' must be none, all or a comma-separated list of DOC1xx rule IDs, but '{part.Trim()}' is not one");
            }
        }

        return rules.ToImmutable();
    }
}

/// <summary>The IDs of the public API documentation rules, for the test-project option.</summary>
internal static class ApiRuleIds
{
    public static readonly ImmutableHashSet<string> All = ImmutableHashSet.Create(
        StringComparer.Ordinal,
        DiagnosticIds.MissingDocumentation,
        DiagnosticIds.MissingSummary,
        DiagnosticIds.MissingParamTag,
        DiagnosticIds.UnmatchedParamTag,
        DiagnosticIds.MissingTypeParamTag,
        DiagnosticIds.UnmatchedTypeParamTag,
        DiagnosticIds.MissingReturns,
        DiagnosticIds.ReturnsOnVoid,
        DiagnosticIds.PlaceholderDocumentation,
        DiagnosticIds.NothingToInherit,
        DiagnosticIds.UndocumentedException,
        DiagnosticIds.MalformedDocumentation,
        DiagnosticIds.CoverageBelowMinimum);
}
