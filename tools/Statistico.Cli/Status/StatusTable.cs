using System.Globalization;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Statistico.Cli.Status;

/// <summary>The table <c>statistico status</c> shows: the world clock above, one row per stage of every service.</summary>
public static class StatusTable
{
    public static IRenderable Render(PlatformStatus status)
    {
        ArgumentNullException.ThrowIfNull(status);
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn("Service").AddColumn("Health").AddColumn("Stage")
            .AddColumn(new TableColumn("Count").RightAligned()).AddColumn("Latest (UTC)");
        foreach (var service in status.Services)
        {
            var name = Markup.Escape(service.Name);
            var health = Health(service.Health);
            if (service.Lines.Count == 0)
            {
                // The URL asked, so a wrong port or a missing --option is plain to see.
                var note = $"[grey]{Markup.Escape(service.Url.AbsoluteUri)}: {Markup.Escape(service.Error ?? "no summary")}[/]";
                table.AddRow(name, health, note, "", "");
                continue;
            }

            for (var i = 0; i < service.Lines.Count; i++)
            {
                var line = service.Lines[i];
                table.AddRow(i == 0 ? name : "", i == 0 ? health : "", Markup.Escape(line.Name), Count(line), Time(line.Latest));
            }
        }

        var verdict = status.Healthy
            ? "[green]every service healthy[/]"
            : $"[red]{status.Services.Count(s => s.Health != ServiceHealth.Healthy)} of {status.Services.Count} services not healthy[/]";
        return new Rows(
            new Markup(World(status.World)),
            table,
            new Markup($"{verdict} [grey]· read {Time(status.At)}[/]"));
    }

    private static string World(WorldClock? world) => world is null
        ? "World: [grey]unknown (the Simulator did not answer /control/status)[/]"
        : string.Create(CultureInfo.InvariantCulture,
            $"World: [bold]{Markup.Escape(world.Mode)}[/], seed {world.Seed}, clock [bold]{Time(world.SimulatedTime)}[/], " +
            $"speed ×{world.Speed:0.##}, {(world.Paused ? "[yellow]paused[/]" : "running")}, {world.Fixtures} fixtures");

    private static string Health(ServiceHealth health) => health switch
    {
        ServiceHealth.Healthy => "[green]healthy[/]",
        ServiceHealth.Unhealthy => "[yellow]unhealthy[/]",
        _ => "[red]down[/]",
    };

    private static string Count(SummaryLine line) => line.Amount is { } amount
        ? string.Create(CultureInfo.InvariantCulture, $"{line.Count:N0} ({(amount >= 0 ? "+" : "")}{amount:0.00})")
        : line.Count.ToString("N0", CultureInfo.InvariantCulture);

    private static string Time(DateTimeOffset? time) =>
        time?.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) ?? "[grey]—[/]";
}
