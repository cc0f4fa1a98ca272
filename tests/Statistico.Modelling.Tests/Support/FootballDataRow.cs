using System.Globalization;
using Statistico.Modelling.Goals;

namespace Statistico.Modelling.Tests.Support;

/// <summary>One football-data.co.uk row, read by header name (the column set changes by season).</summary>
internal sealed class FootballDataRow(IReadOnlyDictionary<string, string> cells)
{
    public string Text(string column) => cells.GetValueOrDefault(column, string.Empty);

    public double? Number(string column) =>
        double.TryParse(Text(column), NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : null;

    public DateOnly Date
    {
        get
        {
            var text = Text("Date");
            var format = text.Length == 8 ? "dd/MM/yy" : "dd/MM/yyyy";
            return DateOnly.ParseExact(text, format, CultureInfo.InvariantCulture);
        }
    }

    public MatchRecord ToMatch() =>
        new(Date, Text("HomeTeam"), Text("AwayTeam"), (int)Number("FTHG")!.Value, (int)Number("FTAG")!.Value)
        {
            HomeShotsOnTarget = (int?)Number("HST"),
            AwayShotsOnTarget = (int?)Number("AST"),
            HomeCorners = (int?)Number("HC"),
            AwayCorners = (int?)Number("AC"),
            HomeCards = (int?)(Number("HY") + Number("HR")),
            AwayCards = (int?)(Number("AY") + Number("AR")),
        };

    /// <summary>0 home win, 1 draw, 2 away win.</summary>
    public int ResultIndex => Text("FTR") switch
    {
        "H" => 0,
        "D" => 1,
        _ => 2,
    };
}
