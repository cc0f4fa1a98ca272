namespace Statistico.AppHost.Tests;

/// <summary>
/// Each AppHost test starts the whole platform (seven services, DCP and the dashboard) on a 2-core machine: run
/// together they starve each other and the timings they assert mean nothing, so they share one collection.
/// </summary>
[CollectionDefinition(Name)]
public sealed class AppHostSequence
{
    public const string Name = "AppHost";
}
