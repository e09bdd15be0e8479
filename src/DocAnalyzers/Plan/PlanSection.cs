using System.Collections.Generic;

namespace DocAnalyzers.Plan;

/// <summary>One required (or optional) section of a documentation plan.</summary>
internal sealed class PlanSection
{
    private readonly List<PlanSection> children = new();

    public PlanSection(string title, PlanSection? parent, string description, bool isOptional, bool isDiagram, IReadOnlyList<string> aliases, IReadOnlyList<string> files, bool isIntro = false, bool isGroup = false, bool isTable = false, bool isList = false, IReadOnlyList<string>? codeMarkers = null, bool isLinks = false)
    {
        Title = title;
        Parent = parent;
        parent?.children.Add(this);
        IsIntro = isIntro;
        IsGroup = isGroup;
        IsTable = isTable;
        IsList = isList;
        IsLinks = isLinks;
        CodeMarkers = codeMarkers ?? System.Array.Empty<string>();
        Description = description;
        IsOptional = isOptional;
        IsDiagram = isDiagram;
        Aliases = aliases;
        Files = files;
    }

    /// <summary>The title as the plan writes it, quoted in messages.</summary>
    public string Title { get; }

    public PlanSection? Parent { get; }

    /// <summary>The sections directly under this one, in plan order.</summary>
    public IReadOnlyList<PlanSection> Children => children;

    /// <summary>What belongs in the section, from the text under its heading in the plan.</summary>
    public string Description { get; }

    /// <summary>An optional section is not reported when missing, and neither are the sections under it.</summary>
    public bool IsOptional { get; }

    /// <summary>The section must hold a diagram (DOC204).</summary>
    public bool IsDiagram { get; }

    /// <summary>A table in the parent section's own text satisfies the section (benchmark results under <c>## Performance</c>).</summary>
    public bool IsTable { get; }

    /// <summary>
    /// The section lists things kept elsewhere or over time (links, releases, terms): a heading inside it is one of its
    /// entries and names no section of the plan ("### Storage" links under "## Other resources").
    /// </summary>
    public bool IsList { get; }

    /// <summary>
    /// A list of links to web pages in the main README satisfies the section: at least three items in a row, each opening
    /// with one (Smartstore's "* :house: **Website:** [https://www.smartstore.com](...)").
    /// </summary>
    public bool IsLinks { get; }

    /// <summary>The main README's introduction (prose between its title and its first section) satisfies the section.</summary>
    public bool IsIntro { get; }

    /// <summary>The section only gathers its subsections: it is present when any of them is, with or without a heading.</summary>
    public bool IsGroup { get; }

    /// <summary>
    /// Texts a code block holds when it is the section's content wherever it stands (<c>dotnet add package</c>: the
    /// install command under a README's "Getting started" is the library's Installation); empty for most sections.
    /// </summary>
    public IReadOnlyList<string> CodeMarkers { get; }

    /// <summary>Other titles that name the section, as written in the plan.</summary>
    public IReadOnlyList<string> Aliases { get; }

    /// <summary>File names (such as CHANGELOG.md) whose presence satisfies the section.</summary>
    public IReadOnlyList<string> Files { get; }
}
