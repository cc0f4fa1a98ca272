using System.Text.Json;
using Statistico.Modelling.Goals;

namespace Statistico.OddsCompiler.MarketInformed;

/// <summary>A score matrix as stored in <c>market_informed_books.StatsScores</c>: its cells row by row as a JSON array.</summary>
public static class StoredScores
{
    public static string ToJson(ScoreMatrix matrix)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        var size = matrix.MaxGoals + 1;
        var cells = new double[size * size];
        for (var h = 0; h < size; h++)
        {
            for (var a = 0; a < size; a++)
            {
                cells[(h * size) + a] = matrix[h, a];
            }
        }

        return JsonSerializer.Serialize(cells);
    }

    public static ScoreMatrix FromJson(string json)
    {
        var cells = JsonSerializer.Deserialize<double[]>(json) ?? throw new JsonException("No score matrix.");
        var size = (int)Math.Round(Math.Sqrt(cells.Length));
        if (size * size != cells.Length || size == 0)
        {
            throw new JsonException($"A score matrix has a square number of cells, not {cells.Length}.");
        }

        return ScoreMatrix.FromWeights(size - 1, (h, a) => cells[(h * size) + a]);
    }
}
