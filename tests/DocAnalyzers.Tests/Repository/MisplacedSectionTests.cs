using DocAnalyzers.Repository;
using Microsoft.CodeAnalysis.Testing;

namespace DocAnalyzers.Tests.Repository;

/// <summary>DOC203: a plan section found under a different parent than the plan puts it.</summary>
public sealed class MisplacedSectionTests
{
    [Fact]
    public async Task Subsection_under_another_parent_is_reported_instead_of_missing()
    {
        string readme = Docs.CompleteWith("### Infrastructure\nTwo virtual machines behind a load balancer.\n\n", "")
            .Replace("### Integration Points", "{|#0:### Infrastructure|}\nTwo virtual machines.\n\n### Integration Points");
        await new RepositoryTest(("README.md", readme))
            .Expect(new DiagnosticResult(Descriptors.SectionMisplaced).WithLocation(0).WithArguments("Infrastructure", "under 'Application Architecture'", "under 'System Architecture'"))
            .VerifyAsync();
    }

    [Fact]
    public async Task Subsection_outside_its_parent_in_the_parents_file_is_reported()
    {
        string readme = Docs.CompleteWith("### Infrastructure\nTwo virtual machines behind a load balancer.\n\n", "")
            + "\n\n{|#0:Infrastructure\n==============|}\nTwo virtual machines.\n";
        await new RepositoryTest(("README.md", readme))
            .Expect(new DiagnosticResult(Descriptors.SectionMisplaced).WithLocation(0).WithArguments("Infrastructure", "at the top level", "under 'System Architecture'"))
            .VerifyAsync();
    }

    [Fact]
    public async Task Top_level_section_nested_in_another_section_is_reported()
    {
        string readme = Docs.CompleteWith("## Overview\nThe shop sells books online.\n\n", "")
            .Replace("### Upgrade Paths", "{|#0:### Overview|}\nThe shop sells books online.\n\n### Upgrade Paths");
        await new RepositoryTest(("README.md", readme))
            .Expect(new DiagnosticResult(Descriptors.SectionMisplaced).WithLocation(0).WithArguments("Overview", "under 'Change Management'", "at the top level"))
            .VerifyAsync();
    }

    [Fact]
    public async Task A_correctly_placed_copy_wins_over_a_misplaced_one()
    {
        string readme = Docs.CompleteWith("### Integration Points", "### Infrastructure\nAlso two machines.\n\n### Integration Points");
        await new RepositoryTest(("README.md", readme)).VerifyAsync();
    }

    [Fact]
    public async Task Headings_outside_the_plan_between_parent_and_child_are_transparent()
    {
        string readme = Docs.CompleteWith("### Infrastructure", "### Hosting\nWe host it.\n\n#### Infrastructure");
        await new RepositoryTest(("README.md", readme)).VerifyAsync();
    }
}
