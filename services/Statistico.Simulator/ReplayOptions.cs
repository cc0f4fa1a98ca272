namespace Statistico.Simulator;

/// <summary>Replay world: real seasons from football-data.co.uk files.</summary>
public sealed class ReplayOptions
{
    /// <summary>A data folder (&lt;LEAGUE&gt;/&lt;SEASON&gt;.csv), one file, or an http(s) URL of one file.</summary>
    public string Source { get; set; } = "../../../shared/data/football-data";

    /// <summary>League codes to replay from a folder (default E0).</summary>
    public List<string> Leagues { get; set; } = [];

    /// <summary>Seasons to replay from a folder, e.g. "2021-22" (default: the last one present).</summary>
    public List<string> Seasons { get; set; } = [];

    /// <summary>League of a single file or URL when its path does not say (&lt;LEAGUE&gt;/&lt;SEASON&gt;.csv).</summary>
    public string? League { get; set; }

    /// <summary>Season of a single file or URL when its path does not say.</summary>
    public string? Season { get; set; }

    /// <summary>How long before kick-off the price starts to move from the pre-closing to the closing odds.</summary>
    public TimeSpan PriceMoveWindow { get; set; } = TimeSpan.FromHours(48);
}
