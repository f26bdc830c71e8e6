namespace OpenSpiral.Tests;

/// <summary>
/// Tests in this collection share one running application (each start migrates and seeds the demo).
/// They may add data but only change what they created themselves.
/// </summary>
[CollectionDefinition(Name)]
public sealed class ApplicationCollection : ICollectionFixture<OpenSpiralApplication>
{
    public const string Name = "Application";
}
