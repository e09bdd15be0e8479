namespace DocAnalyzers.Tests.Repository;

/// <summary>Markdown written by hand for the tests: documentation that follows the built-in plan.</summary>
internal static class Docs
{
    /// <summary>Every section of the built-in plan, with content, and an image in the Architecture Diagram.</summary>
    public const string Complete = """
        # Shop

        ## Overview
        The shop sells books online.

        ## System Architecture
        Three tiers.

        ### Architecture Diagram
        ![Architecture](docs/architecture.png)

        ### Infrastructure
        Two virtual machines behind a load balancer.

        ### Database Architecture
        PostgreSQL 16, one schema per service.

        ### Security Architecture
        OpenID Connect sign-in; TLS everywhere.

        ## Application Architecture
        A web front end and an API.

        ### Frontend Architecture
        React with Vite.

        ### Backend Architecture
        ASP.NET Core minimal APIs.

        ### Integration Points
        Payments through Stripe webhooks.

        ## Development Environment
        Linux or Windows with the .NET SDK.

        ### Code Repository
        One Git repository; src/ and tests/.

        ### Build and Deployment Process
        GitHub Actions builds and deploys on every merge.

        ### Testing
        xunit for unit tests, Playwright for end-to-end tests.

        ## Performance and Scalability
        Measured monthly.

        ### Performance Metrics
        p95 page load under 300 ms.

        ### Scalability Strategies
        Horizontal scaling of the API.

        ### Disaster Recovery and Backup
        Nightly backups kept 30 days.

        ## Documentation and Resources
        Where to read more.

        ### API Documentation
        OpenAPI at /swagger.

        ### External Resources
        Links to the Stripe documentation.

        ## Change Management
        How the shop changes.

        ### Change Log
        1.0: first release.

        ### Upgrade Paths
        Run the migrations, then deploy.

        ### Best Practices and Guidelines
        Follow the .editorconfig.

        ### FAQs and Troubleshooting
        Restart the worker when the queue stalls.

        ### Contact Information
        shop-team@example.com
        """;

    /// <summary>Every section of the built-in plan in the plan's own format: headings and bold labels.</summary>
    public const string BoldLabels = """
        ### **Overview**:
        The shop sells books online.

        ### **System Architecture**:

        **Architecture Diagram**: ![diagram](a.png)

        **Infrastructure**: Two virtual machines.

        **Database Architecture:** PostgreSQL.

        __Security Architecture__: TLS everywhere.

        ### **Application Architecture**:

        **Frontend Architecture**: React.

        **Backend Architecture**: ASP.NET Core.

        **Integration Points**: Stripe.

        ### 4. Development Environment

        **Code Repository**: Git.

        **Build and Deployment Process**: GitHub Actions.

        **Testing**: xunit.

        ### Performance & Scalability

        **Performance Metrics**: p95 under 300 ms.

        **Scalability Strategies**: horizontal.

        **Disaster Recovery and Backup**: nightly.

        ### [Documentation and Resources](#documentation-and-resources)

        **API Documentation**: OpenAPI.

        **External Resources**: Stripe docs.

        ### Change Management ###

        **Change Log**: 1.0.

        **Upgrade Paths**: migrations.

        **Best Practices and Guidelines**: the .editorconfig.

        **FAQs and Troubleshooting**: restart the worker.

        **Contact Information**: shop-team@example.com
        """;

    /// <summary>Returns <see cref="BoldLabels"/> with <paramref name="old"/> replaced, failing if it is not there.</summary>
    public static string BoldLabelsWith(string old, string replacement)
    {
        Assert.Contains(old, BoldLabels);
        return BoldLabels.Replace(old, replacement);
    }

    /// <summary>The chapter of <see cref="Complete"/> that <paramref name="heading"/> opens, up to the next chapter: to remove it whole.</summary>
    public static string Chapter(string heading)
    {
        int start = Complete.IndexOf(heading + "\n", StringComparison.Ordinal);
        Assert.True(start >= 0, $"No chapter '{heading}'");
        int next = Complete.IndexOf("\n## ", start + heading.Length, StringComparison.Ordinal);
        return next < 0 ? Complete[start..] : Complete[start..(next + 1)];
    }

    /// <summary>Returns <see cref="Complete"/> with <paramref name="old"/> replaced, failing if it is not there.</summary>
    public static string CompleteWith(string old, string replacement)
    {
        Assert.Contains(old, Complete);
        return Complete.Replace(old, replacement);
    }
}
