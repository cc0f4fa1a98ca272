using System.CommandLine;
using System.Globalization;
using Spectre.Console;

namespace Statistico.Cli.KillSwitch;

/// <summary>
/// <c>statistico kill-switch status|on --reason|off</c>: reads and sets the Trader's stored kill switch, which stops every
/// new trade and order at once, across restarts and replicas. Exit 0 done, 1 the Trader did not answer or answered
/// with an error, 2 bad options.
/// </summary>
public static class KillSwitchCommand
{
    /// <summary>Where the Trader's URL comes from when <c>--trader</c> is not given.</summary>
    public const string EnvironmentVariable = "STATISTICO_TRADER_URL";

    /// <summary>The Trader's URL otherwise (its launchSettings port).</summary>
    public const string DefaultTraderUrl = "http://localhost:5160/";

    /// <summary>How long to wait for the Trader: an operator stopping trading must not watch a command hang.</summary>
    public static readonly TimeSpan AnswerTimeout = TimeSpan.FromSeconds(30);

    public static Command Create(IAnsiConsole console, Func<Uri, HttpClient> httpFactory)
    {
        var trader = new Option<string?>("--trader")
        {
            Description = $"The Trader's URL (default: ${EnvironmentVariable} or {DefaultTraderUrl}).",
            Recursive = true,
        };

        var status = new Command("status", "Show whether new trades and orders are stopped, why and since when.");
        status.SetAction((parse, cancellationToken) =>
            RunAsync(console, httpFactory, parse.GetValue(trader), change: null, (client, ct) => client.GetAsync(ct), cancellationToken));

        var onReason = new Option<string?>("--reason") { Description = "Why trading stops (required; stored and shown by status; at most 400 characters)." };
        var on = new Command("on", "Engage: stop every new trade and order now (stored, so it holds across restarts and for every replica).") { onReason };
        on.SetAction((parse, cancellationToken) =>
        {
            var reason = parse.GetValue(onReason);
            if (string.IsNullOrWhiteSpace(reason))
            {
                console.MarkupLine("[red]error:[/] kill-switch on needs --reason \"why\" (it is stored and shown by status).");
                return Task.FromResult(2);
            }

            return RunAsync(console, httpFactory, parse.GetValue(trader), change: true, (client, ct) => client.SetAsync(true, reason.Trim(), ct), cancellationToken);
        });

        var offReason = new Option<string?>("--reason") { Description = "Why trading resumes (optional; stored and shown by status; at most 400 characters)." };
        var off = new Command("off", "Release: let strategies signal trades and send orders again.") { offReason };
        off.SetAction((parse, cancellationToken) =>
            RunAsync(console, httpFactory, parse.GetValue(trader), change: false, (client, ct) => client.SetAsync(false, parse.GetValue(offReason)?.Trim() is { Length: > 0 } r ? r : null, ct), cancellationToken));

        return new Command("kill-switch", "Show, engage or release the Trader's kill switch, which stops every new trade and order.")
        {
            trader, status, on, off,
        };
    }

    private static async Task<int> RunAsync(
        IAnsiConsole console,
        Func<Uri, HttpClient> httpFactory,
        string? traderOption,
        bool? change,
        Func<TraderKillSwitchClient, CancellationToken, Task<KillSwitchStatus>> call,
        CancellationToken cancellationToken)
    {
        var url = traderOption ?? Environment.GetEnvironmentVariable(EnvironmentVariable) ?? DefaultTraderUrl;
        if (!Uri.TryCreate(url.EndsWith('/') ? url : url + "/", UriKind.Absolute, out var trader) || trader.Scheme is not ("http" or "https"))
        {
            console.MarkupLine($"[red]error:[/] --trader '{Markup.Escape(url)}' is not an http(s) URL.");
            return 2;
        }

        var at = Markup.Escape(trader.AbsoluteUri);
        const string unchanged = "The kill switch was not changed.";
        const string unknown = "Whether the kill switch changed is unknown: check with statistico kill-switch status.";
        KillSwitchStatus state;
        try
        {
            using var http = httpFactory(trader);
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(AnswerTimeout);
            state = await call(new TraderKillSwitchClient(http), timeout.Token).ConfigureAwait(false);
        }
        catch (HttpRequestException exception)
        {
            // Refused, unresolvable or no TLS: the request never left. Otherwise it may have reached the Trader.
            var neverSent = exception.HttpRequestError is HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError or HttpRequestError.SecureConnectionError;
            console.MarkupLine($"[red]error:[/] the Trader at {at} could not be reached ({Markup.Escape(exception.Message)}).");
            WriteIfChanging(console, change, neverSent ? unchanged : unknown);
            console.MarkupLine($"Is it running? Point at it with --trader <url> or ${EnvironmentVariable}.");
            return 1;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            console.MarkupLine($"[red]error:[/] the Trader at {at} did not answer within {AnswerTimeout.TotalSeconds:0} s.");
            WriteIfChanging(console, change, unknown);
            return 1;
        }
        catch (TraderProblemException problem)
        {
            console.MarkupLine($"[red]error:[/] the Trader at {at} answered {problem.StatusCode}: {Markup.Escape(problem.Message)}");
            foreach (var (field, messages) in problem.Errors)
            {
                foreach (var message in messages)
                {
                    console.MarkupLine($"  {Markup.Escape(field)}: {Markup.Escape(message)}");
                }
            }

            // A refused request changed nothing; after a server error the single upsert may or may not have committed.
            WriteIfChanging(console, change, problem.StatusCode is >= 400 and < 500 ? unchanged : unknown);
            return 1;
        }

        if (change is { } engaged)
        {
            console.MarkupLine(engaged
                ? "[red bold]Kill switch engaged:[/] no new trade is signalled and no order is sent from now on."
                : "[green bold]Kill switch released:[/] strategies trade again.");
        }

        Write(console, state, trader);
        return 0;
    }

    private static void WriteIfChanging(IAnsiConsole console, bool? change, string line)
    {
        if (change is not null)
        {
            console.MarkupLine(line);
        }
    }

    private static void Write(IAnsiConsole console, KillSwitchStatus state, Uri trader)
    {
        console.MarkupLine(state.Engaged
            ? "Kill switch: [red bold]ON[/] (no new trade is signalled and no order is sent)"
            : "Kill switch: [green bold]OFF[/] (trading as usual)");
        console.MarkupLine($"Reason:      {(state.Reason is { Length: > 0 } reason ? Markup.Escape(reason) : "(none given)")}");
        console.MarkupLine($"Since:       {(state.EverSet ? state.ChangedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture) : "never set")}");
        console.MarkupLine($"Trader:      {Markup.Escape(trader.AbsoluteUri)}");
    }
}
