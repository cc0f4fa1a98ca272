namespace Statistico.OddsChecker.Sources;

/// <summary>Within <see cref="Within"/> of kick-off (or in play), poll every <see cref="Every"/>.</summary>
internal sealed class BurstBand
{
    public TimeSpan Within { get; set; }

    public TimeSpan Every { get; set; }
}
