using DocAnalyzers.Markdown;

namespace DocAnalyzers.Tests.Repository;

/// <summary>How headings people write are matched to the plan's titles.</summary>
public sealed class SectionTitleTests
{
    [Theory]
    [InlineData("System Architecture", "system architecture")]
    [InlineData("**System Architecture**:", "system architecture")]
    [InlineData("  SYSTEM   architecture  ", "system architecture")]
    [InlineData("2.4 System Architecture", "system architecture")]
    [InlineData("3. System Architecture", "system architecture")]
    [InlineData("IV. System Architecture", "system architecture")]
    [InlineData("[System Architecture](#system-architecture)", "system architecture")]
    [InlineData("_System Architecture_ ##", "system architecture")]
    [InlineData("System Architecture {#arch}", "system architecture")]
    [InlineData("<a name=\"arch\"></a>System Architecture", "system architecture")]
    [InlineData("Performance & Scalability", "performance and scalability")]
    [InlineData("`snake_case` names", "snake_case names")]
    [InlineData("📐 System Architecture", "system architecture")]
    [InlineData("CI/CD", "ci/cd")]
    [InlineData("***", "")]
    public void Titles_are_normalized(string title, string key)
    {
        Assert.Equal(key, SectionTitle.Normalize(title));
    }
}
