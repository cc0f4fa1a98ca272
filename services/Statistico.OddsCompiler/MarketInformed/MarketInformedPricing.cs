using Statistico.Modelling.Goals;
using Statistico.Modelling.MarketInformed;
using Statistico.OddsCompiler.Data;

namespace Statistico.OddsCompiler.MarketInformed;

/// <summary>
/// One refresh's market-informed pricing (ADR 1102). A fixture's decision time is its kick-off: its pool weights are
/// fitted on the training matches that kicked off at least <see cref="MarketInformedSettings.ResultKnownAfter"/> before
/// it (so finished by then), each with prices observed before its own kick-off; with none, the weights are the prior
/// (trust the lead market alone). Fixtures sharing a training prefix share one fit.
/// </summary>
public sealed class MarketInformedPricing
{
    public static readonly MarketInformedPricing Empty = new(new Dictionary<Guid, MarketQuotes>(), [], 1, new MarketInformedSettings());

    private readonly IReadOnlyDictionary<Guid, MarketQuotes> _quotes;
    private readonly List<TrainingMatch> _training;
    private readonly int _sources;
    private readonly MarketInformedSettings _settings;
    private readonly Dictionary<int, MarketInformedModel> _fits = [];

    public MarketInformedPricing(IReadOnlyDictionary<Guid, MarketQuotes> quotes, List<TrainingMatch> training, int sources, MarketInformedSettings settings)
    {
        _quotes = quotes;
        _training = training;
        _sources = sources;
        _settings = settings;
    }

    /// <summary>The fixture's market-informed distribution and how many matches its weights learnt from; null without a 1X2 price.</summary>
    public (ScoreMatrix Matrix, int TrainingMatches)? Price(PricedFixture fixture, ScoreMatrix stats)
    {
        ArgumentNullException.ThrowIfNull(fixture);
        if (!_quotes.TryGetValue(fixture.Id, out var quotes) || !quotes.HasMatchOdds)
        {
            return null;
        }

        var decision = fixture.KickOff - _settings.ResultKnownAfter;
        var count = _training.Count(t => t.KickOff <= decision); // the rows are in kick-off order: a prefix
        if (!_fits.TryGetValue(count, out var model))
        {
            model = count == 0
                ? MarketInformedModel.Untrained(_sources, _sources)
                : MarketInformedModel.Fit([.. _training.Take(count).Select(t => t.Match)], _sources, _sources, new MarketInformedOptions { Ridge = _settings.Ridge });
            _fits[count] = model;
        }

        var match = new MatchRecord(DateOnly.FromDateTime(fixture.KickOff.UtcDateTime), fixture.HomeTeam, fixture.AwayTeam, 0, 0);
        return model.Predict(new MarketInformedMatch(match, stats, quotes)) is { } matrix ? (matrix, count) : null;
    }
}
