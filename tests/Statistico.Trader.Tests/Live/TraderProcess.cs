using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Statistico.Testing;

namespace Statistico.Trader.Tests.Live;

/// <summary>
/// The Trader as its own operating-system process (<c>dotnet Statistico.Trader.dll</c> from the service's build
/// output), so a test can kill it the way a crash or an OOM killer does: SIGKILL, no shutdown hooks, no flushing.
/// Its standard output is kept line by line, so a test can wait for a fault marker before it kills.
/// </summary>
internal sealed class TraderProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly ConcurrentQueue<string> lines = new();

    private TraderProcess(Process process, Uri baseAddress)
    {
        this.process = process;
        BaseAddress = baseAddress;
        process.OutputDataReceived += (_, e) => Keep(e.Data);
        process.ErrorDataReceived += (_, e) => Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public Uri BaseAddress { get; }

    public bool HasExited => process.HasExited;

    /// <summary>Starts the Trader with <paramref name="settings"/> as configuration keys (<c>Section:Key</c>).</summary>
    public static TraderProcess Start(IReadOnlyDictionary<string, string> settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var baseAddress = new Uri($"http://127.0.0.1:{FreePort()}");
        var start = new ProcessStartInfo("dotnet", [ServiceAssembly()])
        {
            WorkingDirectory = Path.GetDirectoryName(ServiceAssembly())!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["DOTNET_ENVIRONMENT"] = "Testing";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        start.Environment["ASPNETCORE_URLS"] = baseAddress.ToString();
        // The dashboard's collector is not running: no exporter keeps retrying it.
        start.Environment.Remove("OTEL_EXPORTER_OTLP_ENDPOINT");
        foreach (var (key, value) in settings)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        return new TraderProcess(Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start"), baseAddress);
    }

    public async Task WaitHealthyAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        await Eventually.UntilAsync(
            async () =>
            {
                ThrowIfExited();
                try
                {
                    return (await http.GetAsync("/health", cancellationToken)).StatusCode == HttpStatusCode.OK;
                }
                catch (HttpRequestException)
                {
                    return false;
                }
                catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
                {
                    // One slow answer (a starting process on a loaded machine) is not an answer yet: ask again.
                    return false;
                }
            },
            timeout,
            $"the Trader process to be healthy; its output ends:{Environment.NewLine}{Tail()}",
            cancellationToken);
    }

    /// <summary>Waits until the process has written a line containing <paramref name="marker"/>.</summary>
    public Task WaitForLineAsync(string marker, TimeSpan timeout, CancellationToken cancellationToken) =>
        Eventually.UntilAsync(
            () =>
            {
                ThrowIfExited();
                return Task.FromResult(lines.Any(l => l.Contains(marker, StringComparison.Ordinal)));
            },
            timeout,
            $"the Trader to write '{marker}'; its output ends:{Environment.NewLine}{Tail()}",
            cancellationToken);

    /// <summary>Waits for the process to end on its own and returns its exit code.</summary>
    public async Task<int> WaitForExitAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(timeout);
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"The Trader process did not exit within {timeout}; its output ends:{Environment.NewLine}{Tail()}");
        }

        return process.ExitCode;
    }

    /// <summary>SIGKILL: the process ends at once, wherever it is.</summary>
    public async Task KillAsync()
    {
        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            await KillAsync();
        }

        process.Dispose();
    }

    private string Tail() => string.Join(Environment.NewLine, lines.TakeLast(30));

    private void Keep(string? line)
    {
        if (line is not null)
        {
            lines.Enqueue(line);
        }
    }

    private void ThrowIfExited()
    {
        if (process.HasExited)
        {
            throw new InvalidOperationException($"The Trader process exited with {process.ExitCode}; its output ends:{Environment.NewLine}{Tail()}");
        }
    }

    /// <summary>The service's own build output, of the same configuration as this test assembly.</summary>
    private static string ServiceAssembly()
    {
        var assembly = Path.Combine(ServiceBuildOutput.Directory("Statistico.Trader"), "Statistico.Trader.dll");
        return File.Exists(assembly) ? assembly : throw new FileNotFoundException("Build the Trader first", assembly);
    }

    /// <summary>A loopback port nobody listens on now.</summary>
    public static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}
