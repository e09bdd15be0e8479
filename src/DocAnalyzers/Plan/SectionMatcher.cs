using System;
using System.Collections.Generic;
using DocAnalyzers.Markdown;

namespace DocAnalyzers.Plan;

/// <summary>
/// Decides which plan section a heading names, by meaning rather than by exact title. Each section's
/// title and aliases are phrases; a heading names a section when, compared as <see cref="TitleWords"/>:
/// <list type="number">
/// <item>its normalized text equals a phrase's (the exact match of earlier versions), or</item>
/// <item>its significant words are a phrase's words ("Contoso security" is Security once the project's
/// name is dropped; "Frequently asked questions" is FAQs and Troubleshooting), or</item>
/// <item>it holds all of a phrase's words, one of them as the head of a part, the phrase covers at least
/// half of its words, and its other words are words of the plan too ("Backup, restore, and disaster
/// recovery" is Disaster Recovery and Backup; "System Architecture books" is not System Architecture, its
/// head is books; "Asynchronous support" is not Contact Information, asynchronous is no word of the plan),
/// or it is a word of the section's own title qualified by one other word ("Modules integration" is
/// Integration Points, "Runtime architecture" System Architecture).</item>
/// </list>
/// A heading that names nothing as a whole is read up to its first spaced dash: what follows describes the section
/// the words before it name ("Backend — modular monolith, vertical slices" is Backend Architecture). Else one of its
/// parts that is exactly a title or alias of two words or more names that section when the other parts hold no word of
/// the plan ("Project structure and where to find the most important files" is Code Repository). Parts that each name
/// a section, when the sections are siblings, name them all (<see cref="SiblingsNamedByParts"/>).
/// A heading that opens with "Using" is a user guide's how-to and names nothing ("Using a Redis database").
/// A heading whose tail (the words after a preposition) holds a word of a section's title is about something
/// narrower and names nothing ("Architecture of the test suite"); other tails are ignored ("Migrating from
/// v2 to v3", "Testing with xUnit", "Scaling to large solutions", whose solution is a word of aliases only).
/// The strongest match wins; between equally strong ones, the section
/// that is not an ancestor of another (a parent's alias never swallows its own child), then the one under
/// the heading's enclosing plan section, else none: the match must be clear.
/// </summary>
internal sealed class SectionMatcher
{
    private static readonly string[] PartSeparators = { " and ", ", ", " & " };

    private static readonly HashSet<string> KindQualifiers = new(StringComparer.Ordinal) { "nightly", "daily" };

    private readonly Dictionary<string, List<Phrase>> byWord = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<PlanSection>> byKey = new(StringComparer.Ordinal);
    private readonly HashSet<string> vocabulary = new(StringComparer.Ordinal);
    private readonly HashSet<string> titleVocabulary = new(StringComparer.Ordinal);
    private readonly List<(PlanSection Chapter, HashSet<string> Heads)> chapterHeads = new();

    public SectionMatcher(IReadOnlyList<PlanSection> sections)
    {
        var phrases = new List<Phrase>();
        foreach (PlanSection section in sections)
        {
            TitleWords title = TitleWords.Read(section.Title);
            var titleWords = new HashSet<string>(title.Words, StringComparer.Ordinal);
            titleVocabulary.UnionWith(titleWords);
            if (section.Parent is null)
            {
                chapterHeads.Add((section, title.Heads));
            }

            AddPhrase(phrases, section, section.Title, titleWords);
            foreach (string alias in section.Aliases)
            {
                AddPhrase(phrases, section, alias, titleWords);
            }
        }

        foreach (Phrase phrase in phrases)
        {
            // A parent's alias never swallows its own child: the same words on a section and on one of its descendants belong to the descendant.
            if (phrases.Exists(other => other.Section != phrase.Section && IsAncestor(phrase.Section, other.Section) && other.Words.SetEquals(phrase.Words)))
            {
                continue;
            }

            foreach (string word in phrase.Words)
            {
                vocabulary.Add(word);
                if (!byWord.TryGetValue(word, out List<Phrase>? list))
                {
                    byWord[word] = list = new List<Phrase>();
                }

                list.Add(phrase);
            }
        }
    }

    /// <summary>Every significant word of every title and alias of the plan.</summary>
    public ICollection<string> Vocabulary => vocabulary;

    /// <summary>
    /// The section a heading names, or null. <paramref name="exactOnly"/> allows only the first two kinds
    /// of match (bold labels, which are short and often describe something else).
    /// </summary>
    public PlanSection? Match(string title, ICollection<string>? projectWords, PlanSection? enclosing, bool exactOnly = false) =>
        MatchKey(SectionTitle.Normalize(title), projectWords, enclosing, exactOnly);

    /// <summary>As <see cref="Match"/>, for a title's comparison key (an outline entry's, computed once when it is read).</summary>
    public PlanSection? MatchKey(string key, ICollection<string>? projectWords, PlanSection? enclosing, bool exactOnly = false)
    {
        var best = new List<PlanSection>();
        double bestScore = 0;

        void Consider(PlanSection section, double score)
        {
            if (score > bestScore)
            {
                bestScore = score;
                best.Clear();
            }

            if (score == bestScore && !best.Contains(section))
            {
                best.Add(section);
            }
        }

        if (byKey.TryGetValue(key, out List<PlanSection>? exact))
        {
            foreach (PlanSection section in exact)
            {
                Consider(section, 4);
            }

            // A title a custom outline repeats in unrelated places still names one of them, as it always has.
            return Choose(best, enclosing) ?? best[0];
        }

        // "Using a Redis database" tells the reader how to use something: a user guide's topic, not the project's section.
        // "We Develop with GitHub" (a contributing guide's template) is a statement, not a topic.
        if (key.StartsWith("using ", StringComparison.Ordinal) || key.StartsWith("we ", StringComparison.Ordinal))
        {
            return null;
        }

        TitleWords heading = TitleWords.FromKey(key, projectWords);
        if (heading.Words.Count == 0)
        {
            return null;
        }

        foreach (string word in heading.Tail)
        {
            if (titleVocabulary.Contains(word))
            {
                return null;
            }
        }

        var words = new HashSet<string>(heading.Words, StringComparer.Ordinal);
        foreach (string word in heading.Words)
        {
            if (!byWord.TryGetValue(word, out List<Phrase>? candidates))
            {
                continue;
            }

            foreach (Phrase phrase in candidates)
            {
                if (phrase.Words.SetEquals(words))
                {
                    Consider(phrase.Section, 3);
                }
                else if (!exactOnly && phrase.Words.IsSubsetOf(words) && phrase.Words.Overlaps(heading.Heads) && 2 * phrase.Words.Count >= words.Count && (OnlyPlanWords(words) || QualifiesTitleWord(phrase, words)))
                {
                    Consider(phrase.Section, 1 + ((double)phrase.Words.Count / words.Count));
                }
            }
        }

        PlanSection? chosen = Choose(best, enclosing);
        if (chosen is not null || exactOnly)
        {
            return chosen;
        }

        // "Backend — modular monolith, vertical slices": what follows a spaced dash describes the section the words before it name.
        return SubtitleDash(key) is { } dash ? MatchKey(key.Substring(0, dash), projectWords, enclosing) : MatchOnePart(key, projectWords, enclosing);
    }

    // "Project structure and where to find the most important files": one part is a section's title or alias of two words
    // or more, as written, and the others hold no word of the plan. One word is too little ("Source and tests", "Dashboard
    // and telemetry backends"); "Unit testing and continuous integration" names two sections (see SiblingsNamedByParts).
    private PlanSection? MatchOnePart(string key, ICollection<string>? projectWords, PlanSection? enclosing)
    {
        string[] pieces = key.Split(PartSeparators, StringSplitOptions.RemoveEmptyEntries);
        if (pieces.Length < 2)
        {
            return null;
        }

        PlanSection? found = null;
        foreach (string piece in pieces)
        {
            string part = piece.Trim();
            if (part.IndexOf(' ') > 0 && byKey.TryGetValue(part, out List<PlanSection>? named) && Choose(new List<PlanSection>(named), enclosing) is { } section)
            {
                if (found is not null && found != section)
                {
                    return null;
                }

                found = section;
            }
            else if (HoldsPlanWord(piece, projectWords))
            {
                return null;
            }
        }

        return found;
    }

    /// <summary>
    /// The sections a heading names part by part, when its parts name sections that are siblings and its other parts hold
    /// no word of the plan ("Unit testing and continuous integration" is Testing and Build and Deployment Process; "Build and
    /// test" is Build and Deployment Process and Testing); else an empty list. Parts naming unrelated
    /// sections name none ("Backup and restore best practices", "A/B testing and rolling upgrades").
    /// </summary>
    public List<PlanSection> SiblingsNamedByParts(string key, ICollection<string>? projectWords, PlanSection? enclosing)
    {
        var named = new List<PlanSection>();
        string[] pieces = key.Split(PartSeparators, StringSplitOptions.RemoveEmptyEntries);
        if (pieces.Length < 2)
        {
            return named;
        }

        foreach (string piece in pieces)
        {
            string part = piece.Trim();
            if (MatchKey(part, projectWords, enclosing) is { } section)
            {
                if (section.Parent is null || (named.Count > 0 && named[0].Parent != section.Parent))
                {
                    return new List<PlanSection>();
                }

                if (!named.Contains(section))
                {
                    named.Add(section);
                }
            }
            else if (HoldsPlanWord(part, projectWords))
            {
                return new List<PlanSection>();
            }
        }

        return named.Count > 1 ? named : new List<PlanSection>();
    }

    private bool HoldsPlanWord(string key, ICollection<string>? projectWords)
    {
        TitleWords words = TitleWords.FromKey(key, projectWords);
        foreach (string word in words.Words)
        {
            if (vocabulary.Contains(word))
            {
                return true;
            }
        }

        return false;
    }

    // The first dash with a space on each side ("Backend — modular monolith"), not one inside a word ("Front-end").
    private static int? SubtitleDash(string key)
    {
        for (int i = 1; i + 1 < key.Length; i++)
        {
            if (key[i] is '-' or '–' or '—' && key[i - 1] == ' ' && key[i + 1] == ' ')
            {
                return i - 1;
            }
        }

        return null;
    }

    /// <summary>
    /// The other chapters a heading of <paramref name="chapter"/> holds too: a heading made only of the head its
    /// title shares with theirs ("Architecture" is both System Architecture and Application Architecture) is the
    /// generic form of each, not a choice between them.
    /// </summary>
    public List<PlanSection> ChaptersSharingHead(string key, ICollection<string>? projectWords, PlanSection chapter)
    {
        var shared = new List<PlanSection>();
        int own = chapterHeads.FindIndex(entry => entry.Chapter == chapter);
        IReadOnlyList<string> words = TitleWords.FromKey(key, projectWords).Words;
        if (own < 0 || words.Count == 0 || !IsSubset(words, chapterHeads[own].Heads))
        {
            return shared;
        }

        foreach ((PlanSection other, HashSet<string> heads) in chapterHeads)
        {
            if (other != chapter && IsSubset(words, heads))
            {
                shared.Add(other);
            }
        }

        return shared;
    }

    private static bool IsSubset(IReadOnlyList<string> words, HashSet<string> set)
    {
        foreach (string word in words)
        {
            if (!set.Contains(word))
            {
                return false;
            }
        }

        return true;
    }

    // "Monitor metrics" and "Backup, restore, and disaster recovery" speak the plan's language;
    // "Asynchronous support" and "Sequence diagram" hold a word of the plan, but are about something else.
    private bool OnlyPlanWords(HashSet<string> words)
    {
        foreach (string word in words)
        {
            if (!vocabulary.Contains(word))
            {
                return false;
            }
        }

        return true;
    }

    // "Modules integration", "Runtime architecture": one word of a section's own title, as the head, with one
    // qualifier the plan does not know. An alias is looser ("Asynchronous support" is not Contact Information).
    private static bool QualifiesTitleWord(Phrase phrase, HashSet<string> words)
    {
        if (phrase.Words.Count != 1 || words.Count != 2)
        {
            return false;
        }

        foreach (string word in words)
        {
            // A participle picks out a kind ("Ignored tests", "Related projects"), and so does a schedule ("Nightly builds",
            // "Daily builds": where to get prerelease packages): it is no qualifier of the section.
            if (phrase.Words.Contains(word) ? !phrase.TitleWords.Contains(word) : word.EndsWith("ed", StringComparison.Ordinal) || KindQualifiers.Contains(word))
            {
                return false;
            }
        }

        return true;
    }

    private static PlanSection? Choose(List<PlanSection> best, PlanSection? enclosing)
    {
        // The closest match wins: a section over its ancestors (a parent's alias never swallows its own child).
        best.RemoveAll(candidate => best.Exists(other => IsAncestor(candidate, other)));
        if (best.Count <= 1)
        {
            return best.Count == 0 ? null : best[0];
        }

        // A custom outline may repeat a title under several parents: the one under the enclosing section.
        List<PlanSection> underEnclosing = best.FindAll(section => section.Parent == enclosing);
        return underEnclosing.Count == 1 ? underEnclosing[0] : null;
    }

    /// <summary>True when <paramref name="ancestor"/> is <paramref name="section"/>'s parent, or its parent's, and so on.</summary>
    public static bool IsAncestor(PlanSection ancestor, PlanSection section)
    {
        for (PlanSection? current = section.Parent; current is not null; current = current.Parent)
        {
            if (current == ancestor)
            {
                return true;
            }
        }

        return false;
    }

    private void AddPhrase(List<Phrase> phrases, PlanSection section, string text, HashSet<string> titleWords)
    {
        string key = SectionTitle.Normalize(text);
        if (key.Length > 0)
        {
            if (!byKey.TryGetValue(key, out List<PlanSection>? list))
            {
                byKey[key] = list = new List<PlanSection>();
            }

            if (!list.Contains(section))
            {
                list.Add(section);
            }
        }

        // A phrase that goes on after a preposition matches as written only: its words stop at the preposition, and
        // "Get in Touch" would be Contact Information for every heading whose word is "get" ("Logs - Get").
        TitleWords words = TitleWords.Read(text);
        if (words.Words.Count > 0 && words.Tail.Count == 0)
        {
            phrases.Add(new Phrase(section, new HashSet<string>(words.Words, StringComparer.Ordinal), titleWords));
        }
    }

    private sealed class Phrase
    {
        public Phrase(PlanSection section, HashSet<string> words, HashSet<string> titleWords)
        {
            Section = section;
            Words = words;
            TitleWords = titleWords;
        }

        /// <summary>The significant words of the section's own title.</summary>
        public HashSet<string> TitleWords { get; }

        public PlanSection Section { get; }

        public HashSet<string> Words { get; }
    }
}
