using System.Collections.Generic;
using System.Text;
using DocAnalyzers.Markdown;
using DocAnalyzers.Plan;
using DocAnalyzers.Repository;
using DocAnalyzers.Repository.Rules;
using Microsoft.CodeAnalysis.Text;

namespace DocAnalyzers.CodeFixes.Repository;

/// <summary>
/// Writes sections into a markdown file as the file itself writes them: ATX headings or bold labels,
/// its line endings and its blank lines. What it writes under a section is a <c>TODO:</c> prompt taken
/// from the plan, which DOC202 keeps reporting until a person replaces it: the fix cannot know the content.
/// </summary>
internal static class SectionWriter
{
    /// <summary>The line written under a new or empty section.</summary>
    public static string Prompt(PlanSection section)
    {
        string sentence = FirstSentence(section.Description);
        return "TODO: " + (sentence.Length > 0 ? sentence : "write this section.");
    }

    /// <summary>The description's first sentence, on one line.</summary>
    public static string FirstSentence(string description)
    {
        var builder = new StringBuilder();
        bool space = false;
        for (int i = 0; i < description.Length; i++)
        {
            char c = description[i];
            if (char.IsWhiteSpace(c))
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c);
            if (c is '.' or '!' or '?' && EndsSentence(description, i + 1))
            {
                break;
            }
        }

        return builder.ToString();
    }

    /// <summary>Changes that add each section to the file, with any of its ancestors the file lacks.</summary>
    public static IReadOnlyList<TextChange> AddSections(MarkdownFile file, IEnumerable<PlanSection> sections)
    {
        ResolvedDocument document = file.Document;
        var order = new Dictionary<PlanSection, int>();
        for (int i = 0; i < file.Plan.Sections.Count; i++)
        {
            order[file.Plan.Sections[i]] = i;
        }

        var present = new Dictionary<PlanSection, int>();
        for (int i = 0; i < document.Count; i++)
        {
            if (document.SectionOf(i) is { } section && !present.ContainsKey(section))
            {
                present[section] = i;
            }

            foreach (PlanSection shared in document.SharedSectionsOf(i))
            {
                if (!present.ContainsKey(shared))
                {
                    present[shared] = i;
                }
            }
        }

        // A section goes under its parent, so a parent this file lacks is written too, around it.
        var added = new HashSet<PlanSection>();
        foreach (PlanSection section in sections)
        {
            for (PlanSection? current = section; current is not null && !present.ContainsKey(current) && added.Add(current); current = current.Parent)
            {
            }
        }

        var roots = new List<PlanSection>();
        foreach (PlanSection section in added)
        {
            if (section.Parent is null || !added.Contains(section.Parent))
            {
                roots.Add(section);
            }
        }

        roots.Sort((a, b) => order[a].CompareTo(order[b]));
        var writer = new Writer(document, order, present, added);
        var atPosition = new SortedDictionary<int, List<(PlanSection Section, int Level, bool Label)>>();
        foreach (PlanSection root in roots)
        {
            (int position, int level, bool label) = writer.Place(root);
            if (!atPosition.TryGetValue(position, out var list))
            {
                atPosition[position] = list = new List<(PlanSection, int, bool)>();
            }

            list.Add((root, level, label));
        }

        var changes = new List<TextChange>();
        foreach (var pair in atPosition)
        {
            changes.Add(new TextChange(new TextSpan(pair.Key, 0), writer.Insertion(pair.Key, pair.Value)));
        }

        return changes;
    }

    /// <summary>The change that writes the prompt under the empty section at <paramref name="span"/>, or null.</summary>
    public static TextChange? FillEmpty(MarkdownFile file, TextSpan span)
    {
        ResolvedDocument document = file.Document;
        for (int i = 0; i < document.Count; i++)
        {
            OutlineEntry entry = document.Outline.Entries[i];
            if (entry.Span != span || document.SectionOf(i) is not { } section || !EmptySectionRule.IsEmpty(document, i))
            {
                continue;
            }

            // A bold label takes its text on the same line, after the colon.
            if (entry.IsLabel)
            {
                return new TextChange(new TextSpan(span.End, 0), " " + Prompt(section));
            }

            var style = new Style(document.Outline);
            TextLine line = file.Text.Lines.GetLineFromPosition(System.Math.Max(span.Start, span.End - 1));
            string prefix = style.BlankAfterHeading ? style.NewLine + style.NewLine : style.NewLine;
            return new TextChange(new TextSpan(line.End, 0), prefix + Prompt(section));
        }

        return null;
    }

    // "e.g. the" goes on: a sentence ends at the end, or before a word that does not start in lower case.
    private static bool EndsSentence(string text, int next)
    {
        if (next < text.Length && !char.IsWhiteSpace(text[next]))
        {
            return false;
        }

        while (next < text.Length && char.IsWhiteSpace(text[next]))
        {
            next++;
        }

        return next >= text.Length || !char.IsLower(text[next]);
    }

    private static bool IsBlank(TextLine line)
    {
        for (int i = line.Start; i < line.End; i++)
        {
            if (!char.IsWhiteSpace(line.Text![i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>How the file writes its sections: line break, and blank lines after and before headings.</summary>
    private sealed class Style
    {
        public Style(MarkdownOutline outline)
        {
            string source = outline.Source;
            int lineFeed = source.IndexOf('\n');
            NewLine = lineFeed > 0 && source[lineFeed - 1] == '\r' ? "\r\n" : "\n";

            // Most markdown puts blank lines around headings; a file that does not is followed.
            BlankAfterHeading = true;
            BlankBeforeHeading = true;
            TextLineCollection lines = outline.Text.Lines;
            bool after = false;
            bool before = false;
            foreach (OutlineEntry entry in outline.Entries)
            {
                if (entry.IsLabel)
                {
                    continue;
                }

                int first = lines.GetLineFromPosition(entry.Span.Start).LineNumber;
                int last = lines.GetLineFromPosition(System.Math.Max(entry.Span.Start, entry.Span.End - 1)).LineNumber;
                if (!after && entry.OwnContent.Count > 0)
                {
                    BlankAfterHeading = lines.GetLineFromPosition(entry.OwnContent[0].Span.Start).LineNumber > last + 1;
                    after = true;
                }

                if (!before && first > 0 && entry != outline.Entries[0])
                {
                    BlankBeforeHeading = IsBlank(lines[first - 1]);
                    before = true;
                }
            }
        }

        public string NewLine { get; }

        public bool BlankAfterHeading { get; }

        public bool BlankBeforeHeading { get; }
    }

    /// <summary>Places and writes the sections added to one file, against its original text.</summary>
    private sealed class Writer
    {
        private readonly ResolvedDocument document;
        private readonly IReadOnlyList<OutlineEntry> entries;
        private readonly Dictionary<PlanSection, int> order;
        private readonly Dictionary<PlanSection, int> present;
        private readonly HashSet<PlanSection> added;
        private readonly Style style;

        public Writer(ResolvedDocument document, Dictionary<PlanSection, int> order, Dictionary<PlanSection, int> present, HashSet<PlanSection> added)
        {
            this.document = document;
            entries = document.Outline.Entries;
            this.order = order;
            this.present = present;
            this.added = added;
            style = new Style(document.Outline);
        }

        private SourceText Text => document.Outline.Text;

        /// <summary>
        /// Where a section goes, at which level and whether as a bold label: after the nearest earlier
        /// plan sibling and all its content, else before the nearest later one, else at the end of the parent.
        /// </summary>
        public (int Position, int Level, bool Label) Place(PlanSection section)
        {
            int parent = section.Parent is null ? -1 : present[section.Parent];
            int end = parent < 0 ? entries.Count : entries[parent].EndIndex;
            int previous = -1;
            int next = -1;
            for (int j = parent + 1; j < end; j++)
            {
                if (document.SectionOf(j) is not { } sibling || sibling.Parent != section.Parent || document.PlanAncestorOf(j) != parent || sibling == section)
                {
                    continue;
                }

                if (order[sibling] < order[section] && (previous < 0 || order[sibling] >= order[document.SectionOf(previous)!]))
                {
                    previous = j;
                }
                else if (order[sibling] > order[section] && (next < 0 || order[sibling] < order[document.SectionOf(next)!]))
                {
                    next = j;
                }
            }

            int position = previous >= 0 ? EndOf(previous) : next >= 0 ? LineStart(next) : parent >= 0 ? EndOf(parent) : Text.Length;

            // Siblings set the level: one deeper than theirs would nest the later siblings under the new section.
            int sample = previous >= 0 ? previous : next;
            int level;
            bool label;
            if (sample >= 0)
            {
                level = entries[sample].Level;
                label = entries[sample].IsLabel;
            }
            else if (parent >= 0)
            {
                level = entries[parent].Level + 1;
                label = ChildrenAreLabels(parent);
            }
            else
            {
                level = HasTitle() ? 2 : 1;
                label = false;
            }

            // A bold label cannot hold subsections; a heading cannot go deeper than six.
            bool hasChildren = HasAddedChildren(section);
            label = hasChildren ? false : label || level > 6;
            return (position, System.Math.Min(level, 6), label);
        }

        /// <summary>The text inserted at <paramref name="position"/>: the sections in plan order, separated as the file separates sections.</summary>
        public string Insertion(int position, List<(PlanSection Section, int Level, bool Label)> sections)
        {
            string source = document.Outline.Source;
            string newLine = style.NewLine;
            var text = new StringBuilder();
            bool atEnd = position == source.Length;
            bool unterminated = atEnd && position > 0 && source[position - 1] != '\n';
            if (unterminated)
            {
                text.Append(newLine);
            }

            int previousLine = Text.Lines.GetLineFromPosition(position).LineNumber - (unterminated ? 0 : 1);
            if (position > 0 && Separated(sections[0].Label) && previousLine >= 0 && !IsBlank(Text.Lines[previousLine]))
            {
                text.Append(newLine);
            }

            for (int i = 0; i < sections.Count; i++)
            {
                if (i > 0)
                {
                    text.Append(newLine);
                    if (Separated(sections[i].Label))
                    {
                        text.Append(newLine);
                    }
                }

                Write(text, sections[i].Section, sections[i].Level, sections[i].Label);
            }

            if (!atEnd)
            {
                text.Append(newLine);
                if (Separated(NextIsLabel(position)))
                {
                    text.Append(newLine);
                }
            }
            else if (!unterminated)
            {
                text.Append(newLine);
            }

            return text.ToString();
        }

        // Bold labels are paragraphs: without a blank line between them they would run together.
        private bool Separated(bool label) => label || style.BlankBeforeHeading;

        private void Write(StringBuilder text, PlanSection section, int level, bool label)
        {
            if (label)
            {
                text.Append("**").Append(section.Title).Append("**: ").Append(Prompt(section));
                return;
            }

            text.Append('#', level).Append(' ').Append(section.Title).Append(style.NewLine);
            if (style.BlankAfterHeading)
            {
                text.Append(style.NewLine);
            }

            text.Append(Prompt(section));
            var children = new List<PlanSection>();
            foreach (PlanSection child in added)
            {
                if (child.Parent == section)
                {
                    children.Add(child);
                }
            }

            children.Sort((a, b) => order[a].CompareTo(order[b]));
            foreach (PlanSection child in children)
            {
                bool childLabel = level >= 6 && !HasAddedChildren(child);
                text.Append(style.NewLine);
                if (Separated(childLabel))
                {
                    text.Append(style.NewLine);
                }

                Write(text, child, System.Math.Min(level + 1, 6), childLabel);
            }
        }

        private bool HasAddedChildren(PlanSection section)
        {
            foreach (PlanSection other in added)
            {
                if (other.Parent == section)
                {
                    return true;
                }
            }

            return false;
        }

        // The parent's own subsections show the style; without any, those of its siblings in the plan.
        private bool ChildrenAreLabels(int parent)
        {
            for (int j = parent + 1; j < entries[parent].EndIndex; j++)
            {
                if (entries[j].ParentIndex == parent)
                {
                    return entries[j].IsLabel;
                }
            }

            PlanSection? grandparent = document.SectionOf(parent)?.Parent;
            for (int k = 0; k < entries.Count; k++)
            {
                if (k != parent && document.SectionOf(k) is { } other && other.Parent == grandparent && document.PlanAncestorOf(k) == document.PlanAncestorOf(parent)
                    && k + 1 < entries[k].EndIndex)
                {
                    return entries[k + 1].IsLabel;
                }
            }

            return false;
        }

        private bool HasTitle()
        {
            foreach (OutlineEntry entry in entries)
            {
                if (entry.Level == 1 && !entry.IsLabel)
                {
                    return true;
                }
            }

            return false;
        }

        private bool NextIsLabel(int position)
        {
            foreach (OutlineEntry entry in entries)
            {
                if (Text.Lines.GetLineFromPosition(entry.Span.Start).Start == position)
                {
                    return entry.IsLabel;
                }
            }

            return true;
        }

        private int LineStart(int index) => Text.Lines.GetLineFromPosition(entries[index].Span.Start).Start;

        // A section ends where the next entry of its level or higher begins.
        private int EndOf(int index) => entries[index].EndIndex < entries.Count ? LineStart(entries[index].EndIndex) : Text.Length;
    }
}
