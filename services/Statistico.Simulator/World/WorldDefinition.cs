namespace Statistico.Simulator.World;

/// <summary>Every fixture of a world in kick-off order, with look-ups. Immutable: a reset builds a new one.</summary>
public sealed class WorldDefinition
{
    private readonly Dictionary<int, WorldFixture> byId;

    /// <param name="fixtures">Every fixture, past and upcoming.</param>
    /// <param name="priceMoveWindow">How long before kick-off prices move.</param>
    /// <param name="presentFrom">Where the world's past ends: fixtures before it are history (null: the world has none).</param>
    public WorldDefinition(IEnumerable<WorldFixture> fixtures, TimeSpan priceMoveWindow, DateTimeOffset? presentFrom = null)
    {
        Fixtures = [.. fixtures.OrderBy(f => f.KickOff).ThenBy(f => f.Id)];
        byId = Fixtures.ToDictionary(f => f.Id);
        PriceMoveWindow = priceMoveWindow;
        FirstUpcomingKickOff = Fixtures.FirstOrDefault(f => presentFrom is null || f.KickOff >= presentFrom)?.KickOff;
    }

    public IReadOnlyList<WorldFixture> Fixtures { get; }

    /// <summary>The first kick-off after the world's past (the first fixture when it has none); null for an empty world.</summary>
    public DateTimeOffset? FirstUpcomingKickOff { get; }

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
