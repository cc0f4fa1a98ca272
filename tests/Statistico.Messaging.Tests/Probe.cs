namespace Statistico.Messaging.Tests;

/// <summary>A test message.</summary>
public sealed record Probe(string Name);
