using System.Net.Http.Json;
using System.Text.Json;

namespace Statistico.Cli.Status;

/// <summary>
/// Asks every service for its <c>/health</c> and <c>/api/summary</c> (and the Simulator for its clock), all at once, each
/// bounded by <see cref="AnswerTimeout"/>: a service that does not answer is reported down, never waited for.
/// </summary>
public sealed class StatusReader(Func<Uri, HttpClient> httpFactory, TimeProvider clock)
{
    /// <summary>How long one request may take; a refreshing table must not stall on one slow service.</summary>
    public static readonly TimeSpan AnswerTimeout = TimeSpan.FromSeconds(5);

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private static readonly Uri HealthPath = new("health", UriKind.Relative);
    private static readonly Uri SummaryPath = new("api/summary", UriKind.Relative);
    private static readonly Uri WorldPath = new("control/status", UriKind.Relative);

    public async Task<PlatformStatus> ReadAsync(IReadOnlyList<(StatusTarget Target, Uri Url)> targets, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(targets);
        var at = clock.GetUtcNow();
        var services = targets.Select(t => ReadServiceAsync(t.Target, t.Url, cancellationToken)).ToList();
        var simulator = targets.FirstOrDefault(t => t.Target == StatusTarget.Simulator);
        var world = simulator.Url is null ? Task.FromResult<WorldClock?>(null) : ReadWorldAsync(simulator.Url, cancellationToken);
        return new PlatformStatus(at, await world.ConfigureAwait(false), await Task.WhenAll(services).ConfigureAwait(false));
    }

    private async Task<ServiceStatus> ReadServiceAsync(StatusTarget target, Uri url, CancellationToken cancellationToken)
    {
        using var http = httpFactory(url);
        var health = await HealthAsync(http, cancellationToken).ConfigureAwait(false);
        if (health.Health == ServiceHealth.Down)
        {
            return new ServiceStatus(target.Name, url, ServiceHealth.Down, [], health.Error);
        }

        // The Simulator has no summary of its own: its world clock is the summary.
        if (target == StatusTarget.Simulator)
        {
            return new ServiceStatus(target.Name, url, health.Health, [], health.Error);
        }

        try
        {
            var summary = await GetAsync<ServiceSummary>(http, SummaryPath, cancellationToken).ConfigureAwait(false);
            return new ServiceStatus(target.Name, url, health.Health, summary?.Lines ?? [], health.Error);
        }
        catch (Exception exception) when (IsNoAnswer(exception, cancellationToken))
        {
            return new ServiceStatus(target.Name, url, health.Health, [], health.Error ?? $"summary: {Describe(exception)}");
        }
    }

    private static async Task<(ServiceHealth Health, string? Error)> HealthAsync(HttpClient http, CancellationToken cancellationToken)
    {
        try
        {
            using var timeout = Timeout(cancellationToken);
            using var response = await http.GetAsync(HealthPath, timeout.Token).ConfigureAwait(false);
            return response.IsSuccessStatusCode
                ? (ServiceHealth.Healthy, null)
                : (ServiceHealth.Unhealthy, $"/health answered {(int)response.StatusCode}");
        }
        catch (Exception exception) when (IsNoAnswer(exception, cancellationToken))
        {
            return (ServiceHealth.Down, Describe(exception));
        }
    }

    private async Task<WorldClock?> ReadWorldAsync(Uri url, CancellationToken cancellationToken)
    {
        try
        {
            using var http = httpFactory(url);
            return await GetAsync<WorldClock>(http, WorldPath, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (IsNoAnswer(exception, cancellationToken))
        {
            // Shown as "world: unknown"; the Simulator's own row says why.
            return null;
        }
    }

    private static async Task<T?> GetAsync<T>(HttpClient http, Uri path, CancellationToken cancellationToken)
    {
        using var timeout = Timeout(cancellationToken);
        using var response = await http.GetAsync(path, timeout.Token).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<T>(Json, timeout.Token).ConfigureAwait(false);
    }

    private static CancellationTokenSource Timeout(CancellationToken cancellationToken)
    {
        var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(AnswerTimeout);
        return timeout;
    }

    /// <summary>Refused, reset, an error status, not our JSON, or too slow; but not the user stopping the command.</summary>
    private static bool IsNoAnswer(Exception exception, CancellationToken cancellationToken) =>
        exception is HttpRequestException or JsonException or NotSupportedException
        || (exception is OperationCanceledException && !cancellationToken.IsCancellationRequested);

    private static string Describe(Exception exception) => exception switch
    {
        OperationCanceledException => $"no answer within {AnswerTimeout.TotalSeconds:0} s",
        JsonException => "the answer is not a summary",
        _ => exception.Message,
    };
}
