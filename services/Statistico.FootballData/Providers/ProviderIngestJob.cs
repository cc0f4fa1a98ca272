using Quartz;

namespace Statistico.FootballData.Providers;

/// <summary>
/// The Quartz job behind every provider schedule. Its key names the provider and kind (<c>{provider}.{kind}</c>), so one
/// job type serves them all; the clustered scheduler runs each firing on one replica only.
/// </summary>
[DisallowConcurrentExecution]
public sealed partial class ProviderIngestJob(ProviderCatalog providers, ProviderIngestion ingestion, ILogger<ProviderIngestJob> logger) : IJob
{
    public static string JobName(string provider, IngestionKind kind) => $"{provider}.{kind.ToString().ToLowerInvariant()}";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var name = context.JobDetail.Key.Name;
        var separator = name.LastIndexOf('.');
        if (separator < 0 || !Enum.TryParse<IngestionKind>(name[(separator + 1)..], ignoreCase: true, out var kind)
            || providers.Find(name[..separator]) is not { } provider)
        {
            LogUnknownJob(name);
            return;
        }

        var reports = await ingestion.RunAsync(provider, kind, cancellationToken);
        foreach (var problem in reports.SelectMany(r => r.Problems))
        {
            LogProblem(provider.Name, problem.ToString());
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Job {Job} names no enabled provider and kind; nothing run")]
    private partial void LogUnknownJob(string job);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Provider}: {Problem}")]
    private partial void LogProblem(string provider, string problem);
}
