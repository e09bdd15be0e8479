using System.IO;
using System.Linq;
using DocAnalyzers.Cli.Inputs;
using DocAnalyzers.Cli.Tests.Infrastructure;

namespace DocAnalyzers.Cli.Tests;

/// <summary>
/// The tool finds the inputs the package's MSBuild targets find: the same default globs, the same exclusions,
/// the same properties from Directory.Build.props. Each row: the files of a repository (';'-separated), the
/// Directory.Build.props property elements (or none), and the documentation files expected, relative to the root.
/// </summary>
public sealed class AnalyzerInputsTests
{
    [Theory]
    [InlineData("README.md;CHANGELOG.md;CONTRIBUTING.md;docs/guide.md;docs/deep/er/notes.md", null, "CHANGELOG.md;CONTRIBUTING.md;README.md;docs/deep/er/notes.md;docs/guide.md")]
    [InlineData("readme.md;Changelog.md", null, "Changelog.md;readme.md")]
    [InlineData("README.md;doc/guide.md;documentation/setup/run.md;docs2/x.md;src/doc/y.md", null, "README.md;doc/guide.md;documentation/setup/run.md")]
    [InlineData("README.md;NOTES.md;src/README.md;docs/guide.txt", null, "README.md")]
    [InlineData("README.md;docs/bin/a.md;docs/obj/b.md;docs/node_modules/c/d.md;docs/binder/e.md", null, "README.md;docs/binder/e.md")]
    [InlineData("README.md;docs/resource.md;docs/mdsource/resource.source.md;docs/mdsource/sponsors.include.md", null, "README.md;docs/resource.md")]
    [InlineData("README.md;docs/guide.md;adr/0001-use-markdown.md", "<DocAnalyzersDocs>README.md;adr/**/*.md</DocAnalyzersDocs>", "README.md;adr/0001-use-markdown.md")]
    [InlineData("README.md;design/a.md;design/sub/b.md", "<DocAnalyzersDocs>README.md; design/*.md </DocAnalyzersDocs>", "README.md;design/a.md")]
    [InlineData("README.md;docs/guide.md", "<DocAnalyzersDocs Condition=\"'$(DocAnalyzersDocs)' == ''\">README.md</DocAnalyzersDocs>", "README.md")]
    [InlineData("README.md;docs/guide.md;adr/1.md", "<DocAnalyzersDocs>$(DocAnalyzersDocs);adr/*.md</DocAnalyzersDocs>", "adr/1.md")]
    [InlineData("README.md;docs/guide.md;docs/plan.md", "<DocAnalyzersTemplate>docs/plan.md</DocAnalyzersTemplate>", "README.md;docs/guide.md")]
    public void Finds_the_documentation_files_the_targets_find(string files, string? properties, string expected)
    {
        using var repository = Repository(files, properties);
        AnalyzerInputs inputs = AnalyzerInputs.Discover(repository.Root);

        Assert.Equal(expected.Split(';'), inputs.Documents.Select(inputs.Relative).OrderBy(p => p, System.StringComparer.Ordinal));
    }

    [Fact]
    public void Reads_plan_and_template_from_Directory_Build_props_and_lets_the_command_line_override_them()
    {
        using var repository = new TestRepository();
        repository.With("README.md", "# Title\n").With("eng/plan.md", "## Overview\n").With(
            "Directory.Build.props",
            "<Project xmlns=\"http://schemas.microsoft.com/developer/msbuild/2003\"><PropertyGroup><DocAnalyzersPlan>library</DocAnalyzersPlan><DocAnalyzersTemplate>eng/plan.md</DocAnalyzersTemplate></PropertyGroup></Project>");

        AnalyzerInputs fromProps = AnalyzerInputs.Discover(repository.Root);
        AnalyzerInputs overridden = AnalyzerInputs.Discover(repository.Root, new InputOverrides(Plan: "arc42", Template: "eng/missing.md"));

        Assert.Equal(("library", "eng/plan.md"), (fromProps.Plan, fromProps.Template));
        Assert.Equal(Path.Combine(repository.Root, "eng", "plan.md"), fromProps.TemplatePath);
        Assert.Equal(("arc42", "eng/missing.md"), (overridden.Plan, overridden.Template));
        Assert.Null(overridden.TemplatePath);
    }

    [Fact]
    public void Names_what_it_cannot_read_without_MSBuild()
    {
        using var repository = new TestRepository();
        repository.With("README.md", "# Title\n").With(
            "Directory.Build.props",
            "<Project><Import Project=\"eng/docs.props\" /><PropertyGroup><DocAnalyzersPlan Condition=\"'$(Configuration)' == 'Release'\">library</DocAnalyzersPlan></PropertyGroup></Project>");

        AnalyzerInputs inputs = AnalyzerInputs.Discover(repository.Root);

        Assert.Equal(string.Empty, inputs.Plan);
        Assert.Contains(inputs.Notes, note => note.Contains("eng/docs.props", System.StringComparison.Ordinal));
        Assert.Contains(inputs.Notes, note => note.Contains("DocAnalyzersPlan", System.StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("README.md;LICENSE;NOTICE;docs/LICENSE", null, "LICENSE")]
    [InlineData("README.md;license.txt;Copying.md;LICENSE-MIT;LICENSE.rtf", null, "Copying.md;license.txt")]
    [InlineData("README.md;LICENSE.md", "<DocAnalyzersDocs>README.md;LICENSE.md</DocAnalyzersDocs>", "")]
    [InlineData("README.md;CHANGELOG.md;ReleaseNotes.md;RELEASE_NOTES.md;History.md;docs/CHANGES.md;NOTES.md", null, "History.md;RELEASE_NOTES.md;ReleaseNotes.md")]
    public void Finds_the_conventional_files_at_the_root_the_targets_find(string files, string? properties, string expected)
    {
        using var repository = Repository(files, properties);
        AnalyzerInputs inputs = AnalyzerInputs.Discover(repository.Root);

        Assert.Equal(expected.Split(';', System.StringSplitOptions.RemoveEmptyEntries), inputs.ConventionalFiles.Select(inputs.Relative).OrderBy(p => p, System.StringComparer.Ordinal));
    }

    [Fact]
    public void Generated_config_carries_the_build_properties_and_file_kinds_the_targets_pass()
    {
        using var repository = new TestRepository();
        repository.With("README.md", "# Title\n").With("eng/plan.md", "## Overview\n").With("LICENSE", "MIT License\n");

        AnalyzerInputs inputs = AnalyzerInputs.Discover(repository.Root, new InputOverrides(Template: "eng/plan.md"));
        string config = inputs.GeneratedConfig();

        Assert.StartsWith("is_global = true\n", config);
        Assert.Contains($"build_property.DocAnalyzersRepositoryRoot = {inputs.Root}\n", config);
        Assert.Contains("build_property.DocAnalyzersDocsSearched = README.md, docs/**/*.md, doc/**/*.md, documentation/**/*.md, CHANGELOG.md, CONTRIBUTING.md\n", config);
        Assert.Contains("build_property.DocAnalyzersCheckRepository = true\n", config);
        Assert.Contains($"[{Path.Combine(repository.Root, "README.md").Replace('\\', '/')}]\nbuild_metadata.AdditionalFiles.DocAnalyzersKind = Document\n", config);
        Assert.Contains($"[{Path.Combine(repository.Root, "eng", "plan.md").Replace('\\', '/')}]\nbuild_metadata.AdditionalFiles.DocAnalyzersKind = Template\n", config);
        Assert.Contains($"[{Path.Combine(repository.Root, "LICENSE").Replace('\\', '/')}]\nbuild_metadata.AdditionalFiles.DocAnalyzersKind = Conventional\n", config);
    }

    [Fact]
    public void Finds_editorconfig_files_up_to_the_root_one_and_the_nearest_globalconfig()
    {
        using var repository = new TestRepository();
        repository.With("repo/README.md", "# Title\n")
            .With("repo/.editorconfig", "[*.cs]\ndotnet_diagnostic.DOC202.severity = none\n")
            .With(".editorconfig", "root = true\n")
            .With(".globalconfig", "is_global = true\n");

        AnalyzerInputs inputs = AnalyzerInputs.Discover(Path.Combine(repository.Root, "repo"));

        Assert.Equal(
            new[] { Path.Combine(repository.Root, "repo", ".editorconfig"), Path.Combine(repository.Root, ".editorconfig"), Path.Combine(repository.Root, ".globalconfig") },
            inputs.ConfigFiles.Where(f => f.StartsWith(repository.Root, System.StringComparison.Ordinal)));
    }

    [Fact]
    public void A_folder_that_does_not_exist_is_a_configuration_error()
    {
        var error = Assert.Throws<ConfigurationException>(() => AnalyzerInputs.Discover(Path.Combine(Path.GetTempPath(), "no-such-repository-" + System.Guid.NewGuid())));
        Assert.Contains("does not exist", error.Message, System.StringComparison.Ordinal);
    }

    // A repository with these files (';'-separated) and, unless null, these Directory.Build.props property elements.
    private static TestRepository Repository(string files, string? properties)
    {
        var repository = new TestRepository();
        foreach (string file in files.Split(';'))
        {
            repository.With(file, "# Title\n");
        }

        if (properties is not null)
        {
            repository.With("Directory.Build.props", $"<Project><PropertyGroup>{properties}</PropertyGroup></Project>");
        }

        return repository;
    }
}
