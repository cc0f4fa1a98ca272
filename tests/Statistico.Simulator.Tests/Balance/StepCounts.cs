namespace Statistico.Simulator.Tests.Balance;

/// <summary>What a random run did, so the test can show (and require) that it exercised every kind of step.</summary>
internal sealed class StepCounts
{
    public int Placed { get; set; }

    public int Refused { get; set; }

    public int Cancelled { get; set; }

    public int FullTimes { get; set; }

    public override string ToString() => $"{Placed} orders placed, {Refused} calls refused, {Cancelled} cancels, {FullTimes} runs to full time";
}
