namespace Statistico.Modelling.Goals;

/// <summary>
/// The pi-ratings' out-of-sample observations in append-only arrays that a walk-forward's successive weekly fits share:
/// each fit is a range [start, end) of one log, and continuing a fit appends the week's new observations after its
/// range instead of copying the whole window again (issue 21's speed target). A range once written never changes, so
/// every earlier fit keeps seeing its own observations; only one continuation of a fit may append after it (a second
/// one copies its range into a log of its own).
/// </summary>
internal sealed class RatingObservationLog
{
    private readonly Lock _claim = new();
    private int[] _days;
    private double[] _expected;
    private int[] _outcomes;
    private int _claimedAt = -1;

    public RatingObservationLog(int capacity = 256)
    {
        capacity = Math.Max(capacity, 16);
        _days = new int[capacity];
        _expected = new double[capacity];
        _outcomes = new int[capacity];
    }

    /// <summary>Observations written so far.</summary>
    public int Length { get; private set; }

    /// <summary>Whether the dates never decrease, so a window's start is found by skipping a prefix.</summary>
    public bool DateOrdered { get; private set; } = true;

    /// <summary>The <paramref name="index"/>-th observation's date.</summary>
    public DateOnly Date(int index) => DateOnly.FromDayNumber(_days[index]);

    /// <summary>The <paramref name="index"/>-th observation.</summary>
    public RatingObservation this[int index] => new(Date(index), _expected[index], _outcomes[index]);

    /// <summary>The expected goal differences of [<paramref name="start"/>, <paramref name="end"/>).</summary>
    public ReadOnlyMemory<double> Expected(int start, int end) => _expected.AsMemory(start, end - start);

    /// <summary>The outcomes of [<paramref name="start"/>, <paramref name="end"/>).</summary>
    public ReadOnlyMemory<int> Outcomes(int start, int end) => _outcomes.AsMemory(start, end - start);

    /// <summary>A log holding <paramref name="observations"/>.</summary>
    public static RatingObservationLog Of(IReadOnlyList<RatingObservation> observations)
    {
        ArgumentNullException.ThrowIfNull(observations);
        var log = new RatingObservationLog(observations.Count * 2);
        foreach (var observation in observations)
        {
            log.Append(observation.Date, observation.ExpectedGoalDifference, observation.Outcome);
        }

        return log;
    }

    /// <summary>A new log holding the observations of [<paramref name="start"/>, <paramref name="end"/>) dated on or after <paramref name="from"/>.</summary>
    public RatingObservationLog CopyFrom(int start, int end, DateOnly from)
    {
        var copy = new RatingObservationLog((end - start) * 2);
        for (var i = start; i < end; i++)
        {
            if (_days[i] >= from.DayNumber)
            {
                copy.Append(Date(i), _expected[i], _outcomes[i]);
            }
        }

        return copy;
    }

    /// <summary>
    /// Claims the right to append after a range ending at <paramref name="end"/>: true for the first caller while
    /// nothing has been appended after it, false otherwise (the caller must then copy).
    /// </summary>
    public bool TryClaim(int end)
    {
        lock (_claim)
        {
            if (Length != end || _claimedAt == end)
            {
                return false;
            }

            _claimedAt = end;
            return true;
        }
    }

    /// <summary>Appends an observation (after <see cref="TryClaim"/>, or to a log of one's own).</summary>
    public void Append(DateOnly date, double expected, int outcome)
    {
        if (Length == _days.Length)
        {
            // New arrays filled before they replace the old ones: a reader of an earlier range sees its values in either.
            Array.Resize(ref _days, Length * 2);
            Array.Resize(ref _expected, Length * 2);
            Array.Resize(ref _outcomes, Length * 2);
        }

        DateOrdered &= Length == 0 || _days[Length - 1] <= date.DayNumber;
        _days[Length] = date.DayNumber;
        _expected[Length] = expected;
        _outcomes[Length] = outcome;
        Length++;
    }
}
