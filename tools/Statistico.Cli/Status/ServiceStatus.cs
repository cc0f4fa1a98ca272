namespace Statistico.Cli.Status;

/// <summary>One service as <c>statistico status</c> found it.</summary>
/// <param name="Name">The service.</param>
/// <param name="Url">Where it was asked.</param>
/// <param name="Health">What its <c>/health</c> said.</param>
/// <param name="Lines">Its summary; empty when it could not be read.</param>
/// <param name="Error">Why the health or the summary could not be read, when one could not.</param>
public sealed record ServiceStatus(string Name, Uri Url, ServiceHealth Health, IReadOnlyList<SummaryLine> Lines, string? Error);
