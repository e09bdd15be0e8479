using System.Text;
using System.Text.RegularExpressions;

namespace DocAnalyzers.Repository;

/// <summary>
/// An MSBuild file glob as a regular expression over '/'-separated paths relative to the glob's folder: <c>**/</c>
/// any folders, <c>**</c> anything, <c>*</c> and <c>?</c> within one name. The analyzer and the command-line tool
/// both judge which files the package's documentation globs cover with it.
/// </summary>
internal static class Glob
{
    public static Regex ToRegex(string glob, bool ignoreCase)
    {
        var pattern = new StringBuilder("^");
        for (int i = 0; i < glob.Length; i++)
        {
            char c = glob[i];
            if (c == '*' && i + 1 < glob.Length && glob[i + 1] == '*')
            {
                bool folders = i + 2 < glob.Length && glob[i + 2] == '/';
                pattern.Append(folders ? "(?:[^/]*/)*" : ".*");
                i += folders ? 2 : 1;
            }
            else
            {
                pattern.Append(c switch
                {
                    '*' => "[^/]*",
                    '?' => "[^/]",
                    _ => Regex.Escape(c.ToString()),
                });
            }
        }

        RegexOptions options = ignoreCase ? RegexOptions.CultureInvariant | RegexOptions.IgnoreCase : RegexOptions.CultureInvariant;
        return new Regex(pattern.Append('$').ToString(), options);
    }
}
