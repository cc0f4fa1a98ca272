namespace Statistico.Ratings.Recompute;

/// <summary>The <c>Ratings</c> configuration section.</summary>
public sealed class RatingsOptions
{
    public const string SectionName = "Ratings";

    /// <summary>Quiet time after a result before recomputing, so a burst of results costs one recomputation.</summary>
    public TimeSpan DebounceDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>
    /// The longest a recomputation waits for quiet: a backfill's results arrive without a pause for a minute, and
    /// recomputing after every 200 ms of them replayed the league a hundred times over, taking the cores the results
    /// themselves needed.
    /// </summary>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>How often a replica looks for work another replica's consumer recorded.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);
}
