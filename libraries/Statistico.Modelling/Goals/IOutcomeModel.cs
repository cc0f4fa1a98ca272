namespace Statistico.Modelling.Goals;

/// <summary>A model that forecasts only HOME/DRAW/AWAY (e.g. ratings mapped by an ordered logit).</summary>
public interface IOutcomeModel
{
    /// <summary>Short stable name used in reports.</summary>
    string Name { get; }

    /// <summary>Fits on matches played before <paramref name="asOf"/>.</summary>
    IFittedOutcomeModel Fit(IReadOnlyList<MatchRecord> matches, DateOnly asOf);

    /// <summary>Fits continuing from a previous fit where the model can (ratings carry their history).</summary>
    IFittedOutcomeModel Fit(IReadOnlyList<MatchRecord> matches, DateOnly asOf, IFittedOutcomeModel? previous) => Fit(matches, asOf);
}
