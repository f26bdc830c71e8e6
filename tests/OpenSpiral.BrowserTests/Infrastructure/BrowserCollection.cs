namespace OpenSpiral.BrowserTests.Infrastructure;

/// <summary>All browser tests share one server and one browser, and run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser";
}
