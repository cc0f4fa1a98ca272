namespace Statistico.AppHost.Tests;

/// <summary>
/// Tests that start the whole AppHost share this collection, so they run one after another: two platforms at once
/// would fight over the two cores and the services' fixed ports.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class AppHostSerialGroup
{
    public const string Name = "AppHost";
}
