using Statistico.Modelling.Goals;
using Statistico.Modelling.Tests.Support;

namespace Statistico.Modelling.Tests.Evaluation;

[Trait("Category", "Unit")]
public sealed class DixonColesSplitTests(ITestOutputHelper output)
{
    [Fact]
    public void Standard_dixon_coles_scores_near_the_design_figure()
    {
        // Design section 10: a standard Dixon–Coles scores 0.2041 RPS and 0.6842 O/U 2.5 log loss.
        var (matchOdds, overUnder, _) = SplitEvaluation.Run(new DixonColesModel(), output);

        Assert.InRange(matchOdds.Count, 16500, 16600);
        Assert.InRange(matchOdds.RankedProbabilityScore, 0.2035, 0.2050);
        Assert.InRange(overUnder.LogLoss, 0.6820, 0.6870);
    }
}
