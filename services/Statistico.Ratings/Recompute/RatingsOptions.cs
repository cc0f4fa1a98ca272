namespace Statistico.Ratings.Recompute;

/// <summary>The <c>Ratings</c> configuration section.</summary>
public sealed class RatingsOptions
{
    public const string SectionName = "Ratings";

    /// <summary>Quiet time after a result before recomputing, so a burst of results costs one recomputation.</summary>
    public TimeSpan DebounceDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>How often a replica looks for work another replica's consumer recorded.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);
}
