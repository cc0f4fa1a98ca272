namespace Statistico.Simulator.World;

/// <summary>Every fixture of a world in kick-off order, with look-ups. Immutable: a reset builds a new one.</summary>
public sealed class WorldDefinition
{
    private readonly Dictionary<int, WorldFixture> byId;

    public WorldDefinition(IEnumerable<WorldFixture> fixtures, TimeSpan priceMoveWindow)
    {
        Fixtures = [.. fixtures.OrderBy(f => f.KickOff).ThenBy(f => f.Id)];
        byId = Fixtures.ToDictionary(f => f.Id);
        PriceMoveWindow = priceMoveWindow;
    }

    public IReadOnlyList<WorldFixture> Fixtures { get; }

    /// <summary>How long before kick-off prices move from opening to closing.</summary>
    public TimeSpan PriceMoveWindow { get; }

    public WorldFixture? Find(int fixtureId) => byId.GetValueOrDefault(fixtureId);

    /// <summary>The world's prices of <paramref name="fixture"/> at <paramref name="now"/> (closing from kick-off on).</summary>
    public FixturePrices? PricesAt(WorldFixture fixture, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(fixture);
        if (fixture.Opening is not { } opening || fixture.Closing is not { } closing)
        {
            return null;
        }

        var untilKickOff = fixture.KickOff - now;
        if (untilKickOff <= TimeSpan.Zero)
        {
            return closing;
        }

        return untilKickOff >= PriceMoveWindow
            ? opening
            : FixturePrices.Between(opening, closing, 1 - (untilKickOff / PriceMoveWindow));
    }
}
