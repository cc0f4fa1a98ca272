namespace Statistico.FootballDataFiles;

/// <summary>One football-data.co.uk file to import: its name (which carries the division and season) and how to open it.</summary>
/// <param name="Name">A relative path such as <c>E0/2021-22.csv</c>, or the file's URL.</param>
/// <param name="OpenAsync">Opens the file's bytes.</param>
public sealed record CsvFile(string Name, Func<CancellationToken, Task<Stream>> OpenAsync);
