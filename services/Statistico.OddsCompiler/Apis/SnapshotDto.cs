using System.Text.Json;

namespace Statistico.OddsCompiler.Apis;

/// <summary>One model snapshot; parameters and evaluation only when asked for one snapshot.</summary>
public sealed record SnapshotDto(
    string CompetitionId,
    int Version,
    string ModelName,
    DateTimeOffset FittedAt,
    DateOnly AsOf,
    DateOnly WindowFrom,
    int MatchCount,
    int TeamCount,
    double LogLikelihood,
    double FitMilliseconds,
    JsonElement? Parameters,
    JsonElement? Evaluation);
