namespace Statistico.Simulator.Exchange.Contract;

/// <summary>One line of getAccountStatement: a settled market's net result and the balance after it.</summary>
public sealed record StatementItem(string RefId, DateTimeOffset ItemDate, decimal Amount, decimal Balance, string ItemClass)
{
    public IReadOnlyDictionary<string, string> ItemClassData { get; init; } = new Dictionary<string, string>();

    public required StatementLegacyData LegacyData { get; init; }
}
