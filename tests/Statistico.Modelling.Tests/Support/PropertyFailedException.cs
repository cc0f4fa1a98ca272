namespace Statistico.Modelling.Tests.Support;

/// <summary>A property that failed, with the seeds that replay it and the shrunk case.</summary>
public sealed class PropertyFailedException(string message, Exception inner) : Exception(message, inner);
