using Statistico.Modelling.Goals;

namespace Statistico.Modelling.Tests.Goals;

[Trait("Category", "Unit")]
public sealed class TargetBlendTests
{
    private static readonly DixonColesOptions Options = new()
    {
        ShotsOnTargetWeight = 0.3,
        GoalsPerShotOnTarget = 0.3,
        CornersWeight = 0.1,
        GoalsPerCorner = 0.25,
    };

    [Fact]
    public void Blends_goals_shots_and_corners_by_their_weights()
    {
        // 0.6·2 + 0.3·0.3·5 + 0.1·0.25·8 = 1.2 + 0.45 + 0.2
        Assert.Equal(1.85, MatchSample.Target(2, 5, 8, Options), 12);
    }

    [Fact]
    public void Missing_statistics_hand_their_weight_back_to_goals()
    {
        Assert.Equal((0.7 * 2) + 0.45, MatchSample.Target(2, 5, null, Options), 12);
        Assert.Equal((0.9 * 2) + 0.2, MatchSample.Target(2, null, 8, Options), 12);
        Assert.Equal(2, MatchSample.Target(2, null, null, Options), 12);
        Assert.Equal(2, MatchSample.Target(2, 5, 8, new DixonColesOptions()), 12);
    }
}
