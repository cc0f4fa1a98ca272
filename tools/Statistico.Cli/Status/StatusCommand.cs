using System.CommandLine;
using System.Globalization;
using Spectre.Console;

namespace Statistico.Cli.Status;

/// <summary>
/// <c>statistico status</c>: one view of the running platform (the world clock, every service's health and its
/// counts and latest times), refreshing until stopped, once with <c>--once</c>, or as JSON with <c>--json</c>.
/// Exit 0 every service healthy, 1 some service unhealthy or unreachable, 2 bad options.
/// </summary>
public static class StatusCommand
{
    /// <summary>Seconds between refreshes unless <c>--interval</c> says otherwise.</summary>
    public const double DefaultIntervalSeconds = 2;

    public static Command Create(IAnsiConsole console, Func<Uri, HttpClient> httpFactory) => Create(console, httpFactory, TimeProvider.System);

    public static Command Create(IAnsiConsole console, Func<Uri, HttpClient> httpFactory, TimeProvider clock)
    {
        var json = new Option<bool>("--json") { Description = "Write the summary as JSON (with --once one indented document, else one line per refresh)." };
        var once = new Option<bool>("--once") { Description = "Read once, print, and exit with the health as the exit code." };
        var interval = new Option<double>("--interval")
        {
            Description = "Seconds between refreshes.",
            DefaultValueFactory = _ => DefaultIntervalSeconds,
        };
        var urls = StatusTarget.All.Select(target => (Target: target, Option: new Option<string?>(target.Option)
        {
            Description = $"{target.Name}'s URL (default: ${target.EnvironmentVariable} or {target.DefaultUrl}).",
        })).ToList();

        var command = new Command("status", "Show the running platform: the world clock, each service's health, counts and latest times.")
        {
            json, once, interval,
        };
        foreach (var (_, option) in urls)
        {
            command.Options.Add(option);
        }

        command.SetAction((parse, cancellationToken) =>
        {
            var seconds = parse.GetValue(interval);
            if (!double.IsFinite(seconds) || seconds is < 0.1 or > 3600)
            {
                console.MarkupLine($"[red]error:[/] --interval {seconds.ToString(CultureInfo.InvariantCulture)} must be between 0.1 and 3600 seconds.");
                return Task.FromResult(2);
            }

            var targets = new List<(StatusTarget, Uri)>();
            foreach (var (target, option) in urls)
            {
                var url = parse.GetValue(option) ?? Environment.GetEnvironmentVariable(target.EnvironmentVariable) ?? target.DefaultUrl;
                if (!Uri.TryCreate(url.EndsWith('/') ? url : url + "/", UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
                {
                    console.MarkupLine($"[red]error:[/] {target.Option} '{Markup.Escape(url)}' is not an http(s) URL.");
                    return Task.FromResult(2);
                }

                targets.Add((target, uri));
            }

            var run = new StatusRun(console, new StatusReader(httpFactory, clock), targets, TimeSpan.FromSeconds(seconds));
            return parse.GetValue(json)
                ? run.JsonAsync(parse.GetValue(once), cancellationToken)
                : run.TableAsync(parse.GetValue(once), cancellationToken);
        });
        return command;
    }
}
