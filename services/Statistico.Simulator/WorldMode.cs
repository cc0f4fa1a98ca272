namespace Statistico.Simulator;

/// <summary>How the simulated world's football is made.</summary>
public enum WorldMode
{
    /// <summary>Invented leagues with hidden team strengths and results drawn from a goals model.</summary>
    Synthetic,

    /// <summary>Real seasons replayed from football-data.co.uk files.</summary>
    Replay,
}
