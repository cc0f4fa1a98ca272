namespace Statistico.OddsWarehouse.Ingestion;

/// <summary>
/// What a series key's text parts must look like to be stored (the <c>price_series</c> columns hold 64 characters).
/// A runner that breaks it is skipped rather than failing the whole batch: one bad runner must not send the
/// hundreds of good messages written with it to the error queue.
/// </summary>
internal static class KeyText
{
    public const int MaxLength = 64;

    public static bool IsStorable(string? value) => !string.IsNullOrWhiteSpace(value) && value.Length <= MaxLength;
}
