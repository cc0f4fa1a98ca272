using System.Text.Json;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Statistico.Contracts.FootballData;
using Statistico.Contracts.Odds;
using Statistico.Modelling.Goals;
using Statistico.OddsCompiler.Books;
using Statistico.OddsCompiler.Data;
using Statistico.OddsCompiler.GoalModels;
using Statistico.OddsCompiler.History;
using Statistico.OddsCompiler.MarketInformed;
using Statistico.OddsCompiler.Priors;

namespace Statistico.OddsCompiler.Refits;

/// <summary>
/// Refits a competition's model when its history changed, then recompiles every scheduled fixture and publishes the
/// books that moved by a tick (or were never published, or have a new kick-off). Everything it publishes leaves
/// through the bus outbox with the rows that record it.
/// </summary>
public sealed partial class CompetitionRefresher(
    OddsCompilerDbContext db,
    PlayedMatches history,
    HistoryBackfill backfill,
    PriorResolver priorResolver,
    CompetitionModels models,
    BookCompiler compiler,
    MarketInformedPricer marketInformed,
    IPublishEndpoint publish,
    TimeProvider clock,
    IOptions<CompilerOptions> options,
    ILogger<CompetitionRefresher> logger)
{
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task RefreshAsync(string competitionId, bool refit, CancellationToken cancellationToken)
    {
        var fixtures = await db.Fixtures
            .Where(f => f.CompetitionId == competitionId && f.Status == FixtureStatus.Scheduled)
            .OrderBy(f => f.KickOff).ThenBy(f => f.Id)
            .ToListAsync(cancellationToken);
        if (fixtures.Count == 0)
        {
            return;
        }

        var model = models.Find(competitionId);
        // A fixture with a team the model neither saw nor has a prior for (a new fixture of a promoted team) needs
        // a refit to get that team's prior.
        var unknownTeam = model is not null && fixtures.Any(f => !model.Knows(f.HomeTeam) || !model.Knows(f.AwayTeam));
        var refitted = refit || model is null || unknownTeam;
        if (refitted)
        {
            model = await RefitAsync(competitionId, fixtures, model, cancellationToken);
            // The refit may have found some of them played (a result whose event never reached the compiler).
            fixtures.RemoveAll(f => f.Status != FixtureStatus.Scheduled);
        }

        var published = 0;
        if (model is not null)
        {
            var ids = fixtures.Select(f => f.Id).ToList();
            var books = await db.Books.Where(b => ids.Contains(b.FixtureId)).ToDictionaryAsync(b => b.FixtureId, cancellationToken);
            var informedBooks = await db.MarketInformedBooks.Where(b => ids.Contains(b.FixtureId)).ToDictionaryAsync(b => b.FixtureId, cancellationToken);
            var pricing = await marketInformed.PrepareAsync(fixtures, cancellationToken);
            foreach (var fixture in fixtures)
            {
                published += await CompileAsync(
                    fixture, model, books.GetValueOrDefault(fixture.Id), pricing, informedBooks.GetValueOrDefault(fixture.Id), cancellationToken);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        if (refitted)
        {
            // Only a committed refit replaces the model in memory: a refresh whose save fails (a fixture changed under
            // it, the database away) runs again and must refit again, or the snapshot it did not save would be missing
            // under the version its books carry.
            models.Replace(competitionId, model);
        }

        LogRefreshed(competitionId, model?.VersionLabel, fixtures.Count, published);
    }

    private async Task<CompetitionModel?> RefitAsync(string competitionId, List<PricedFixture> fixtures, CompetitionModel? current, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        // Results published before this compiler subscribed are read from Football Data once; every later one
        // arrives in its FixtureResulted. First, before anything else is tracked: the backfill commits on its own,
        // and a half-made competition state committed with it would show the API a verdict without its reason.
        await backfill.EnsureAsync(competitionId, fixtures[0].KickOff, settings.HistoryWindowDays, cancellationToken);
        var state = await db.Competitions.FindAsync([competitionId], cancellationToken);
        if (state is null)
        {
            state = new CompetitionState { CompetitionId = competitionId };
            db.Competitions.Add(state);
        }

        state.CheckedAt = clock.GetUtcNow();
        var training = await history.ReadAsync(competitionId, fixtures[0].KickOff, settings.HistoryWindowDays, cancellationToken);
        MarkPlayed(fixtures, training);
        if (training is null || training.Matches.Count < settings.MinimumMatches)
        {
            // Too little history gives wild prices: publish nothing and say why (ADR 0402).
            state.Priced = false;
            state.CurrentVersion = null;
            state.Reason = $"{training?.Matches.Count ?? 0} finished matches in the {settings.HistoryWindowDays}-day window before the next fixture; at least {settings.MinimumMatches} are needed to price {competitionId}.";
            LogNotPriced(competitionId, state.Reason);
            return null;
        }

        var priors = await priorResolver.ResolveAsync(training, fixtures, cancellationToken);
        if (current is not null && SameTraining(current.Training, training) && SamePriors(current.Priors, priors))
        {
            // A duplicate or late result (or a ratings update) changed nothing: keep the model and its version.
            return current;
        }

        var fitted = ModelFitter.Fit(training, priors);
        var version = await db.Snapshots.Where(s => s.CompetitionId == competitionId).MaxAsync(s => (int?)s.Version, cancellationToken) ?? 0;
        var model = new CompetitionModel(version + 1, fitted.ModelName, fitted.Fit, training, fitted.Parameters, priors);
        db.Snapshots.Add(new CompetitionModelSnapshot
        {
            CompetitionId = competitionId,
            Version = model.Version,
            ModelName = fitted.ModelName,
            FittedAt = clock.GetUtcNow(),
            AsOf = training.AsOf,
            WindowFrom = training.WindowFrom,
            MatchCount = training.Matches.Count,
            TeamCount = training.MatchesByTeam.Count,
            LogLikelihood = fitted.LogLikelihood,
            FitMilliseconds = fitted.Elapsed.TotalMilliseconds,
            Parameters = JsonSerializer.Serialize(fitted.Parameters, Json),
        });
        state.Priced = true;
        state.CurrentVersion = model.Version;
        state.Reason = null;
        LogFitted(competitionId, model.Version, training.Matches.Count, training.AsOf, fitted.Elapsed.TotalMilliseconds);
        return model;
    }

    /// <summary>
    /// A fixture in the history is never priced again, even when its <c>FixtureResulted</c> did not reach the compiler
    /// (the backfill or the scheduled refit's is then the first to see the result): a book on a played match is a free
    /// bet for whoever knows the score.
    /// </summary>
    private void MarkPlayed(List<PricedFixture> fixtures, TrainingSet? training)
    {
        foreach (var fixture in fixtures.Where(f => training?.FinishedFixtureIds.Contains(f.Id) == true))
        {
            fixture.Status = FixtureStatus.Finished;
            LogFoundPlayed(fixture.Id, fixture.CompetitionId);
        }
    }

    /// <summary>Compiles the stats book and, when the fixture has prices, the market-informed one; returns how many were published.</summary>
    private async Task<int> CompileAsync(
        PricedFixture fixture, CompetitionModel model, CompiledBook? book, MarketInformedPricing pricing, MarketInformedBook? informedBook, CancellationToken cancellationToken)
    {
        var minimum = options.Value.MinimumTeamMatches;
        var thin = new[] { fixture.HomeTeam, fixture.AwayTeam }
            .Where(t => model.Training.MatchesByTeam.GetValueOrDefault(t) < minimum && !model.Priors.ContainsKey(t)).ToList();
        if (thin.Count > 0)
        {
            fixture.NotPricedReason = $"{string.Join(" and ", thin)} played fewer than {minimum} {fixture.CompetitionId} matches in the training window and has no prior; it is not priced until it has.";
            return 0;
        }

        fixture.NotPricedReason = null;
        var needsPublish = fixture.NeedsPublish;
        var matrix = FixtureDistribution.Predict(model.Fit, fixture.HomeTeam, fixture.AwayTeam, fixture.NeutralVenue);
        var published = await PublishStatsAsync(fixture, model, matrix, book, needsPublish, cancellationToken) ? 1 : 0;
        published += await PublishMarketInformedAsync(fixture, model, matrix, pricing, informedBook, needsPublish, cancellationToken) ? 1 : 0;
        fixture.NeedsPublish = false;
        return published;
    }

    private async Task<bool> PublishStatsAsync(
        PricedFixture fixture, CompetitionModel model, ScoreMatrix matrix, CompiledBook? book, bool needsPublish, CancellationToken cancellationToken)
    {
        var markets = compiler.Compile(matrix);
        if (book is not null && !needsPublish
            && !PriceMovement.MovedByATick(JsonSerializer.Deserialize<List<CompiledMarket>>(book.Markets, Json)!, markets))
        {
            return false;
        }

        var compiledAt = clock.GetUtcNow();
        await publish.Publish(new OddsCompiled(fixture.Id, model.ModelName, model.VersionLabel, markets, compiledAt)
        {
            ExpectedHomeGoals = matrix.ExpectedHomeGoals,
            ExpectedAwayGoals = matrix.ExpectedAwayGoals,
        }, cancellationToken);
        if (book is null)
        {
            book = new CompiledBook { FixtureId = fixture.Id, ModelName = model.ModelName, ModelVersion = model.VersionLabel, Markets = string.Empty };
            db.Books.Add(book);
        }

        book.ModelName = model.ModelName;
        book.ModelVersion = model.VersionLabel;
        book.CompiledAt = compiledAt;
        book.ExpectedHomeGoals = matrix.ExpectedHomeGoals;
        book.ExpectedAwayGoals = matrix.ExpectedAwayGoals;
        book.Markets = JsonSerializer.Serialize(markets, Json);
        return true;
    }

    /// <summary>
    /// The market-informed book (ADR 1102): the stats matrix calibrated to the pooled forecasts, published under its own
    /// model name by the same tick rule as the stats book. No stored price, no book. The stats forecast is kept with it
    /// as a future training row only while it comes from a model fitted on matches dated before the kick-off day.
    /// </summary>
    private async Task<bool> PublishMarketInformedAsync(
        PricedFixture fixture, CompetitionModel model, ScoreMatrix stats, MarketInformedPricing pricing, MarketInformedBook? book, bool needsPublish,
        CancellationToken cancellationToken)
    {
        if (pricing.Price(fixture, stats) is not { } informed)
        {
            return false;
        }

        var markets = compiler.Compile(informed.Matrix);
        var moved = book is null || needsPublish
            || PriceMovement.MovedByATick(JsonSerializer.Deserialize<List<CompiledMarket>>(book.Markets, Json)!, markets);
        var version = $"{model.VersionLabel}+{informed.TrainingMatches}";
        var compiledAt = clock.GetUtcNow();
        if (moved)
        {
            await publish.Publish(new OddsCompiled(fixture.Id, MarketInformedSettings.ModelName, version, markets, compiledAt)
            {
                ExpectedHomeGoals = informed.Matrix.ExpectedHomeGoals,
                ExpectedAwayGoals = informed.Matrix.ExpectedAwayGoals,
            }, cancellationToken);
        }

        if (book is null)
        {
            book = new MarketInformedBook { FixtureId = fixture.Id, ModelVersion = version, Markets = string.Empty };
            db.MarketInformedBooks.Add(book);
        }

        if (moved)
        {
            book.ModelVersion = version;
            book.CompiledAt = compiledAt;
            book.ExpectedHomeGoals = informed.Matrix.ExpectedHomeGoals;
            book.ExpectedAwayGoals = informed.Matrix.ExpectedAwayGoals;
            book.Markets = JsonSerializer.Serialize(markets, Json);
        }

        if (model.Training.AsOf <= DateOnly.FromDateTime(fixture.KickOff.UtcDateTime))
        {
            book.StatsScores = StoredScores.ToJson(stats);
            book.StatsAsOf = model.Training.AsOf;
        }

        return moved;
    }

    private static bool SameTraining(TrainingSet before, TrainingSet after) =>
        before.AsOf == after.AsOf && before.Matches.SequenceEqual(after.Matches);

    private static bool SamePriors(IReadOnlyDictionary<string, TeamPrior> before, IReadOnlyDictionary<string, TeamPrior> after) =>
        before.Count == after.Count && before.All(p => after.TryGetValue(p.Key, out var other) && other == p.Value);

    [LoggerMessage(Level = LogLevel.Information, Message = "Fixture {FixtureId} of {CompetitionId} is finished in Football Data; no longer priced")]
    private partial void LogFoundPlayed(Guid fixtureId, string competitionId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Competition} is not priced: {Reason}")]
    private partial void LogNotPriced(string competition, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Competition} model v{Version} fitted on {Matches} matches as of {AsOf} in {Milliseconds:F1} ms")]
    private partial void LogFitted(string competition, int version, int matches, DateOnly asOf, double milliseconds);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Competition} refreshed with model {Version}: {Fixtures} scheduled fixtures, {Published} books published")]
    private partial void LogRefreshed(string competition, string? version, int fixtures, int published);
}
