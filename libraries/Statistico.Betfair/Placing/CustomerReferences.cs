using System.Buffers;
using Statistico.Betfair.Api;

namespace Statistico.Betfair;

/// <summary>
/// Betfair's rule for a customerRef (at most 32 of letters, digits and : - . _ + * ; ~), applied to customerOrderRefs
/// too (Betfair documents only their 32-character limit). The client never invents a reference. ADR 0205.
/// </summary>
public static class CustomerReferences
{
    public const int MaxLength = 32;

    private static readonly SearchValues<char> Allowed =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789:-._+*;~");

    public static bool IsValid(string? reference) =>
        !string.IsNullOrEmpty(reference) && reference.Length <= MaxLength && !reference.AsSpan().ContainsAnyExcept(Allowed);

    /// <summary>Throws <see cref="ArgumentException"/> unless the call and each instruction carry a valid reference, distinct per instruction.</summary>
    public static void Require(PlaceOrdersRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!IsValid(request.CustomerRef))
        {
            throw new ArgumentException($"placeOrders needs a customerRef of 1–{MaxLength} of Betfair's characters (see TradeReferences); got '{request.CustomerRef}'.", nameof(request));
        }

        if (request.Instructions is not { Count: > 0 } instructions)
        {
            throw new ArgumentException("placeOrders needs at least one instruction.", nameof(request));
        }

        if (instructions.FirstOrDefault(i => !IsValid(i.CustomerOrderRef)) is { } bad)
        {
            throw new ArgumentException($"Every instruction needs a customerOrderRef of 1–{MaxLength} of Betfair's characters; got '{bad.CustomerOrderRef}'.", nameof(request));
        }

        if (instructions.Select(i => i.CustomerOrderRef).Distinct(StringComparer.Ordinal).Count() != instructions.Count)
        {
            throw new ArgumentException("The instructions' customerOrderRefs must differ: each is what its order is found by.", nameof(request));
        }
    }
}
