using BenchmarkDotNet.Attributes;
using Statistico.Modelling.Goals;

namespace Statistico.Modelling.Benchmarks;

/// <summary>
/// One Dixon–Coles fit on ~1,100 matches (Premier League 2016/17–2018/19), from scratch and warm-started from the
/// previous week's optimum as the weekly walk-forward does. The Python/scipy reference takes 5–9 ms per fit.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(warmupCount: 3, iterationCount: 15)]
public class DixonColesFitBenchmark
{
    private readonly DixonColesModel model = new();
    private IReadOnlyList<MatchRecord> matches = [];
    private DateOnly asOf;
    private DixonColesFit? lastWeek;

    [GlobalSetup]
    public void Setup()
    {
        matches = SharedSeasons.Read("E0", "2016-17", "2017-18", "2018-19");
        asOf = matches[^1].Date.AddDays(1);
        var weekBefore = asOf.AddDays(-7);
        lastWeek = model.Fit([.. matches.Where(m => m.Date < weekBefore)], weekBefore);
    }

    [Benchmark(Baseline = true)]
    public DixonColesFit FromScratch() => model.Fit(matches, asOf);

    [Benchmark]
    public DixonColesFit WarmStarted() => model.Fit(matches, asOf, lastWeek);
}
