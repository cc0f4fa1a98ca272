namespace Statistico.Simulator.Exchange.Contract;

/// <summary>Betfair's TimeGranularity of listTimeRanges.</summary>
public enum TimeGranularity { Days, Hours, Minutes }
