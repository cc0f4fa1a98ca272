namespace Statistico.FootballData.Providers;

/// <summary>Quartz cron expressions (seconds first) per ingestion kind; an empty one means "not scheduled".</summary>
public sealed class ProviderSchedules
{
    public string? Fixtures { get; set; }

    public string? Results { get; set; }

    public string? Statistics { get; set; }

    public string? For(IngestionKind kind) => kind switch
    {
        IngestionKind.Fixtures => Fixtures,
        IngestionKind.Results => Results,
        IngestionKind.Statistics => Statistics,
        IngestionKind.History => null, // read once by HistoryBackfill, not on a schedule
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
