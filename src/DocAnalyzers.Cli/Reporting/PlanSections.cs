using System;
using System.Collections.Generic;
using DocAnalyzers.Cli.Analysis;
using DocAnalyzers.Plan;
using DocAnalyzers.Repository.Rules;
using Microsoft.CodeAnalysis;

namespace DocAnalyzers.Cli.Reporting;

/// <summary>
/// The status of each section of the plan, read from the repository analysis's own findings by the section's plan path
/// they carry (<see cref="MissingSectionRule.SectionPathProperty"/>): DOC200 missing, DOC201 empty, DOC202 placeholder.
/// A rule turned off reports nothing, so its sections read as present.
/// </summary>
internal static class PlanSections
{
    /// <param name="relative">Makes a finding's full path relative to the repository root.</param>
    public static IReadOnlyList<PlanSectionEntry> From(DocumentationPlan? plan, IEnumerable<Diagnostic> diagnostics, Func<string, string> relative)
    {
        if (plan is null)
        {
            return Array.Empty<PlanSectionEntry>();
        }

        var found = new Dictionary<string, (PlanSectionStatus Status, string? File, int Line)>(StringComparer.Ordinal);
        var withSubsections = new HashSet<string>(StringComparer.Ordinal);
        bool noDocumentation = false;
        foreach (Diagnostic diagnostic in diagnostics)
        {
            if (!DocumentationAnalysis.IsShown(diagnostic))
            {
                continue;
            }

            if (diagnostic.Id == DiagnosticIds.NoDocumentation)
            {
                noDocumentation = true;
                continue;
            }

            PlanSectionStatus? status = diagnostic.Id switch
            {
                DiagnosticIds.SectionMissing => PlanSectionStatus.Missing,
                DiagnosticIds.SectionEmpty => PlanSectionStatus.Empty,
                DiagnosticIds.SectionPlaceholder => PlanSectionStatus.Placeholder,
                _ => null,
            };
            if (status is null || !diagnostic.Properties.TryGetValue(MissingSectionRule.SectionPathProperty, out string? path) || path is null)
            {
                continue;
            }

            if (diagnostic.Properties.TryGetValue(MissingSectionRule.WithSubsectionsProperty, out string? all) && all == "true")
            {
                withSubsections.Add(path);
            }

            (string? file, int line) = Where(diagnostic, relative);

            // A missing chapter's finding names the missing subsections it covers, each missing with everything under it.
            foreach (string child in MissingSectionRule.MissingSubsectionsOf(diagnostic))
            {
                withSubsections.Add(child);
                found[child] = (PlanSectionStatus.Missing, file, line);
            }

            // A section reported more than once (empty in one file, a placeholder in another) shows the worst, first found.
            if (!found.TryGetValue(path, out var known) || Rank(status.Value) > Rank(known.Status))
            {
                found[path] = (status.Value, file, line);
            }
        }

        var entries = new List<PlanSectionEntry>(plan.Sections.Count);
        foreach (PlanSection section in plan.Sections)
        {
            string path = DocumentationPlan.PathOf(section);
            string[] titles = path.Split('\t');
            if (found.TryGetValue(path, out var finding))
            {
                entries.Add(new PlanSectionEntry(titles, finding.Status, finding.File, finding.Line));
            }
            else if (IsOptional(section))
            {
                entries.Add(new PlanSectionEntry(titles, PlanSectionStatus.Optional, null, 0));
            }
            else if (noDocumentation || UnderMissingChapter(section, withSubsections))
            {
                entries.Add(new PlanSectionEntry(titles, PlanSectionStatus.Missing, null, 0));
            }
            else
            {
                entries.Add(new PlanSectionEntry(titles, PlanSectionStatus.Present, null, 0));
            }
        }

        return entries;
    }

    private static int Rank(PlanSectionStatus status) => status switch
    {
        PlanSectionStatus.Missing => 3,
        PlanSectionStatus.Empty => 2,
        PlanSectionStatus.Placeholder => 1,
        _ => 0,
    };

    private static (string? File, int Line) Where(Diagnostic diagnostic, Func<string, string> relative)
    {
        if (diagnostic.Location.Kind is LocationKind.None or LocationKind.MetadataFile)
        {
            return (null, 0);
        }

        FileLinePositionSpan span = diagnostic.Location.GetLineSpan();
        return (relative(span.Path), span.StartLinePosition.Line + 1);
    }

    private static bool IsOptional(PlanSection section)
    {
        for (PlanSection? current = section; current is not null; current = current.Parent)
        {
            if (current.IsOptional)
            {
                return true;
            }
        }

        return false;
    }

    // DOC200 reports a chapter missing with all its subsections as one finding, on the chapter.
    private static bool UnderMissingChapter(PlanSection section, HashSet<string> withSubsections)
    {
        for (PlanSection? current = section.Parent; current is not null; current = current.Parent)
        {
            if (withSubsections.Contains(DocumentationPlan.PathOf(current)))
            {
                return true;
            }
        }

        return false;
    }
}
