namespace Statistico.Cli.Evaluate;

/// <summary>Values of a report row's <c>kind</c>: a fitted model or a bookmaker's prices.</summary>
public static class RowKinds
{
    public const string Model = "model";
    public const string Market = "market";
}
