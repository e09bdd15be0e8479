using System;
using System.Collections.Generic;
using System.Text;
using DocAnalyzers.Markdown;

namespace DocAnalyzers.Plan;

/// <summary>
/// The significant words of a title, as <see cref="SectionMatcher"/> compares them: lower case, singular
/// and without <c>-ing</c> ("Tests" and "Testing" are both <c>test</c>), without filler words, numbers and
/// version numbers, and without the project's own name. A title is read as parts joined by "and", commas,
/// slashes, parentheses or question marks; each part's last word is its head ("Monitor Contoso metrics" is
/// about metrics), and so is a part's opening <c>-ing</c> word before a determiner ("Building the sources" is
/// about building). A last word that names an aspect rather than a topic ("Testing patterns", "Security
/// concerns") leaves the head to the word before it, and so does "guide", which stays a word.
/// Words after a preposition ("Migrating from v2", "Architecture of the test suite") are the tail: they
/// say what the title is about, and <see cref="SectionMatcher"/> decides whether they matter.
/// </summary>
internal sealed class TitleWords
{
    private static readonly HashSet<string> Filler = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "our", "your", "my", "their", "its", "this", "these", "that", "those",
        "how", "when", "where", "which", "who", "do", "does", "we", "you", "i",
        "can", "is", "are", "be", "as", "some", "here", "etc",

        // Words that qualify a section without naming one: "Other helpful resources", "Running the sample locally", "Brief migration guide".
        "other", "helpful", "useful", "sample", "samples", "brief",
    };

    private static readonly HashSet<string> Prepositions = new(StringComparer.Ordinal)
    {
        "of", "for", "from", "to", "in", "on", "with", "at", "by", "into", "via", "using", "within",
        "under", "over", "per", "vs", "versus", "across", "behind", "through", "against", "between", "without", "inside",
    };

    // "Building the sources" is about building; "Testing frameworks" is about frameworks; "Testing your handlers"
    // is about the reader's code, not the project's.
    private static readonly HashSet<string> Determiners = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "our", "this", "these", "that", "those",
    };

    private static readonly HashSet<string> Conjunctions = new(StringComparer.Ordinal) { "and", "or", "nor" };

    // Nouns that name an aspect of a topic, not a topic: "Testing patterns" and "Security concerns" are about testing
    // and security. Alone ("Notes") they stay the word they are. Not "considerations": in real docs those are the
    // caveats of one feature's page ("Performance considerations" under a command's page), not the project's section;
    // nor "overview", which plans use in titles (arc42's "Quality Requirements Overview" is not its chapter).
    private static readonly HashSet<string> AspectNouns = new(StringComparer.Ordinal)
    {
        Stem("concerns"), Stem("patterns"), Stem("tips"), Stem("notes"),
    };

    // "Guide" says what kind of page it is, not its topic: the head is the word before it ("Migration guide" is about
    // migrating), but it stays a word, so that "Contributor guide" (how to contribute) and "Contributors" (people) differ.
    private static readonly string GuideNoun = Stem("guides");

    private TitleWords(List<string> words, HashSet<string> heads, List<string> tail)
    {
        Words = words;
        Heads = heads;
        Tail = tail;
    }

    /// <summary>The significant words before any preposition, each once, in order.</summary>
    public IReadOnlyList<string> Words { get; }

    /// <summary>The last significant word of each part.</summary>
    public HashSet<string> Heads { get; }

    /// <summary>The significant words after a preposition.</summary>
    public IReadOnlyList<string> Tail { get; }

    /// <summary>Reads a title; <paramref name="projectWords"/> (stems, see <see cref="Stem"/>) are dropped unless nothing else is left.</summary>
    public static TitleWords Read(string title, ICollection<string>? projectWords = null) =>
        FromKey(SectionTitle.Normalize(title), projectWords);

    /// <summary>As <see cref="Read"/>, from the title's comparison key (<see cref="SectionTitle.Normalize"/>).</summary>
    public static TitleWords FromKey(string text, ICollection<string>? projectWords)
    {
        var parts = new List<(List<string> Words, List<string> Tail, string? Gerund)>();
        List<string> words = new();
        List<string> tail = new();
        string? gerund = null;
        bool inTail = false;

        void EndPart()
        {
            if (words.Count > 0 || tail.Count > 0)
            {
                parts.Add((words, tail, gerund));
            }

            words = new List<string>();
            tail = new List<string>();
            gerund = null;
            inTail = false;
        }

        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            if (char.IsLetterOrDigit(c))
            {
                int start = i;
                // A hyphen inside a word joins it: "front-end" is "frontend", "built-in" is one word.
                while (i < text.Length && (char.IsLetterOrDigit(text[i]) || (text[i] is '\'' or '-' && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]))))
                {
                    i++;
                }

                string token = text.Substring(start, i - start).Replace("-", string.Empty);
                int apostrophe = token.IndexOf('\'');
                if (apostrophe > 0)
                {
                    token = token.Substring(0, apostrophe);
                }

                if (Conjunctions.Contains(token))
                {
                    EndPart();
                }
                else if (token.Length < 2 || Filler.Contains(token) || IsNumber(token))
                {
                    // Not a word the title is about.
                }
                else if (Prepositions.Contains(token))
                {
                    // "How to run" is about running; "Migrating from v2" is about migrating, from v2; "Build notes (for
                    // maintainers)" is about build notes, for maintainers: a part that opens with a preposition is the tail.
                    inTail |= words.Exists(word => word != GuideNoun) || (words.Count == 0 && parts.Exists(part => part.Words.Count > 0));
                }
                else
                {
                    string stem = Stem(token);
                    if (!inTail && words.Count == 0 && token.Length > 5 && token.EndsWith("ing", StringComparison.Ordinal) && Determiners.Contains(NextToken(text, i)))
                    {
                        gerund = stem;
                    }

                    (inTail ? tail : words).Add(stem);
                }

                continue;
            }

            if (c is ',' or '/' or '(' or ')' or '[' or ']' or ';' or ':' or '|' or '+' or '·' or '•' or '?' or '!'
                || (c is '-' or '–' or '—' && (i == 0 || text[i - 1] == ' ' || i + 1 == text.Length || text[i + 1] == ' ')))
            {
                EndPart();
            }

            i++;
        }

        EndPart();
        return Build(parts, projectWords);
    }

    /// <summary>
    /// The word's stem: plural and <c>-ing</c> endings go, and a final <c>e</c>, so that "Scaling" and
    /// "Scale", "Strategies" and "Strategy", "Planning" and "Plan" compare equal.
    /// </summary>
    public static string Stem(string word)
    {
        string w = word;
        if (w.Length > 4 && w.EndsWith("ies", StringComparison.Ordinal))
        {
            w = w.Substring(0, w.Length - 3) + "y";
        }
        else if (w.Length > 3 && w[w.Length - 1] == 's' && !w.EndsWith("ss", StringComparison.Ordinal) && !w.EndsWith("us", StringComparison.Ordinal) && !w.EndsWith("is", StringComparison.Ordinal))
        {
            w = w.Substring(0, w.Length - 1);
        }

        if (w.Length > 5 && w.EndsWith("ing", StringComparison.Ordinal))
        {
            w = w.Substring(0, w.Length - 3);

            // "planning" is "plan", but "installing" stays "install".
            if (w.Length > 3 && w[w.Length - 1] == w[w.Length - 2] && w[w.Length - 1] is not ('l' or 's' or 'z'))
            {
                w = w.Substring(0, w.Length - 1);
            }
        }

        if (w.Length > 3 && w[w.Length - 1] == 'e')
        {
            w = w.Substring(0, w.Length - 1);
        }

        return w;
    }

    /// <summary>The stems of a name such as a repository folder or a README title ("Contoso.Web" gives contoso, web).</summary>
    public static IEnumerable<string> NameWords(string name)
    {
        var builder = new StringBuilder();
        foreach (char c in name)
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
                continue;
            }

            if (builder.Length > 1 && !IsNumber(builder.ToString()))
            {
                yield return Stem(builder.ToString());
            }

            builder.Clear();
        }

        if (builder.Length > 1 && !IsNumber(builder.ToString()))
        {
            yield return Stem(builder.ToString());
        }
    }

    private static string NextToken(string text, int index)
    {
        while (index < text.Length && !char.IsLetterOrDigit(text[index]))
        {
            index++;
        }

        int start = index;
        while (index < text.Length && char.IsLetterOrDigit(text[index]))
        {
            index++;
        }

        return text.Substring(start, index - start);
    }

    // 2, 3.0, v2, v10 are versions or numbering, not words.
    private static bool IsNumber(string token)
    {
        int start = token.Length > 1 && token[0] == 'v' ? 1 : 0;
        for (int i = start; i < token.Length; i++)
        {
            if (!char.IsDigit(token[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static TitleWords Build(List<(List<string> Words, List<string> Tail, string? Gerund)> parts, ICollection<string>? projectWords)
    {
        bool dropProject = false;
        if (projectWords is { Count: > 0 })
        {
            foreach (var part in parts)
            {
                foreach (string word in part.Words)
                {
                    if (!projectWords.Contains(word))
                    {
                        dropProject = true;
                    }
                }
            }
        }

        var words = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var heads = new HashSet<string>(StringComparer.Ordinal);
        var tail = new List<string>();
        foreach (var part in parts)
        {
            string? head = null;
            int count = part.Words.Count > 1 && AspectNouns.Contains(part.Words[part.Words.Count - 1]) ? part.Words.Count - 1 : part.Words.Count;
            for (int w = 0; w < count; w++)
            {
                string word = part.Words[w];
                if (dropProject && projectWords!.Contains(word))
                {
                    continue;
                }

                if (word != GuideNoun || head is null)
                {
                    head = word;
                }

                if (seen.Add(word))
                {
                    words.Add(word);
                }
            }

            if (head is not null)
            {
                heads.Add(head);
            }

            if (part.Gerund is not null && (!dropProject || !projectWords!.Contains(part.Gerund)))
            {
                heads.Add(part.Gerund);
            }

            foreach (string word in part.Tail)
            {
                if (projectWords is null || !projectWords.Contains(word))
                {
                    tail.Add(word);
                }
            }
        }

        return new TitleWords(words, heads, tail);
    }
}
