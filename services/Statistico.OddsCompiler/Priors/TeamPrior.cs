namespace Statistico.OddsCompiler.Priors;

/// <summary>The prior mean a team's Dixon–Coles attack and defence start from, and where it came from (ADR 0404).</summary>
/// <param name="Attack">Prior mean of attack.</param>
/// <param name="Defence">Prior mean of defence.</param>
/// <param name="Kind"><see cref="Carried"/> or <see cref="Newcomer"/>.</param>
/// <param name="FromCompetition">The competition the team last played in (carried priors).</param>
/// <param name="FromModel">The model its strength was taken from, e.g. <c>E1.3</c> or <c>E1 history fit as of 2021-05-09</c>.</param>
/// <param name="Shift">The league gap added to both (negative for a promoted team).</param>
public sealed record TeamPrior(double Attack, double Defence, string Kind, string? FromCompetition, string? FromModel, double Shift)
{
    public const string Carried = "carried";

    public const string Newcomer = "newcomer";
}
