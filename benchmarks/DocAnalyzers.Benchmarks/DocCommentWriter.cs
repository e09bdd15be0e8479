namespace DocAnalyzers.Benchmarks;

/// <summary>
/// Writes the /// comment of every declaration: none for a fixed share, &lt;inheritdoc/&gt; on most overrides
/// and implementations, and otherwise a full comment, now and then with one seeded defect.
/// Every declaration passes through here once, so this is also where types and members are counted.
/// </summary>
internal sealed class DocCommentWriter(Random random, CorpusStats stats)
{
    public const double UndocumentedShare = 0.20;
    private const double InheritDocShare = 0.80;
    private const double UndocumentedExceptionShare = 0.30;

    // Each defect with its share among the documented public declarations it applies to.
    private const string MissingParam = "missing <param>";
    private const string StaleParam = "stale <param>";
    private const string MissingTypeParam = "missing <typeparam>";
    private const string MissingReturns = "missing <returns>";
    private const string ReturnsOnVoid = "<returns> on void";
    private const string Placeholder = "placeholder summary";
    private const string NothingToInherit = "<inheritdoc/> with nothing to inherit";
    private const string Malformed = "malformed XML";
    private const string UndocumentedException = "undocumented exception";

    /// <summary>Writes the comment, or none; returns whether the declaration is documented.</summary>
    public bool Write(CodeWriter source, DocTarget target)
    {
        Count(target);
        if (random.NextDouble() < UndocumentedShare)
        {
            CountUndocumented(target);
            return false;
        }

        if (target.CanInherit && random.NextDouble() < InheritDocShare)
        {
            stats.InheritDoc++;
            Line(source, "<inheritdoc/>");
            return true;
        }

        string? defect = target.Visible ? PickDefect(target) : null;
        if (defect is not null)
        {
            stats.AddDefect(defect);
        }

        if (defect == NothingToInherit)
        {
            Line(source, "<inheritdoc/>");
            return true;
        }

        string summary = defect switch
        {
            Placeholder => "TODO.",
            Malformed => target.Summary + " See <c>the notes.",
            _ => target.Summary,
        };
        if (random.NextDouble() < 0.5)
        {
            Line(source, "<summary>");
            Line(source, summary);
            Line(source, "</summary>");
        }
        else
        {
            Line(source, $"<summary>{summary}</summary>");
        }

        WriteTypeParameters(source, target, defect == MissingTypeParam);
        WriteParameters(source, target, defect);
        if (target.ReturnsValue && defect != MissingReturns)
        {
            Line(source, $"<returns>The {Words.Pick(random, Words.Adjectives)} result.</returns>");
        }
        else if (defect == ReturnsOnVoid)
        {
            Line(source, "<returns>The result.</returns>");
        }

        if (target.Throws is not null)
        {
            if (target.Visible && random.NextDouble() < UndocumentedExceptionShare)
            {
                stats.AddDefect(UndocumentedException);
            }
            else
            {
                Line(source, $"<exception cref=\"{target.Throws}\">The input is not valid.</exception>");
            }
        }

        if (!target.IsType && random.NextDouble() < 0.05)
        {
            string about = target.Parameters.Count > 0 ? $" for <paramref name=\"{target.Parameters[0]}\"/>" : "";
            Line(source, $"<remarks>The result is computed again on every call{about}.</remarks>");
        }

        return true;
    }

    private void WriteTypeParameters(CodeWriter source, DocTarget target, bool leaveOneOut)
    {
        int skipped = leaveOneOut ? random.Next(target.TypeParameters.Count) : -1;
        for (int i = 0; i < target.TypeParameters.Count; i++)
        {
            if (i != skipped)
            {
                string name = target.TypeParameters[i];
                string noun = name.Length > 1 ? Words.Lower(name[1..]) : "item";
                Line(source, $"<typeparam name=\"{name}\">The type of the {noun} values.</typeparam>");
            }
        }
    }

    private void WriteParameters(CodeWriter source, DocTarget target, string? defect)
    {
        int changed = defect is MissingParam or StaleParam ? random.Next(target.Parameters.Count) : -1;
        for (int i = 0; i < target.Parameters.Count; i++)
        {
            string name = target.Parameters[i];
            if (i == changed && defect == MissingParam)
            {
                continue;
            }

            // A renamed parameter whose tag kept the old name.
            string tagName = i == changed ? "old" + char.ToUpperInvariant(name[0]) + name[1..] : name;
            Line(source, $"<param name=\"{tagName}\">The {Words.Lower(name)} to use.</param>");
        }
    }

    private string? PickDefect(DocTarget target)
    {
        double roll = random.NextDouble();
        (string Kind, double Share, bool Applies)[] defects =
        [
            (MissingParam, 0.03, target.Parameters.Count > 0),
            (StaleParam, 0.02, target.Parameters.Count > 0),
            (MissingTypeParam, 0.03, target.TypeParameters.Count > 0),
            (MissingReturns, 0.03, target.ReturnsValue),
            (ReturnsOnVoid, 0.01, target.ReturnsVoid),
            (Placeholder, 0.01, true),
            (NothingToInherit, 0.01, !target.CanInherit && !target.IsType),
            (Malformed, 0.005, true),
        ];
        foreach (var (kind, share, applies) in defects)
        {
            if (!applies)
            {
                continue;
            }

            if (roll < share)
            {
                return kind;
            }

            roll -= share;
        }

        return null;
    }

    private void Count(DocTarget target)
    {
        if (target.IsType)
        {
            stats.Types++;
        }
        else
        {
            stats.Members++;
        }
    }

    private void CountUndocumented(DocTarget target)
    {
        if (target.IsType)
        {
            stats.UndocumentedTypes++;
        }
        else
        {
            stats.UndocumentedMembers++;
        }

        if (target.Visible)
        {
            stats.UndocumentedVisible++;
        }
    }

    private static void Line(CodeWriter source, string text) => source.Line("/// " + text);
}
