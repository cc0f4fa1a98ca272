using System.Buffers;
using Statistico.Betfair.Api;

namespace Statistico.Simulator.Exchange;

/// <summary>
/// Betfair's documented limits on placeOrders references, checked before anything touches the database: a customerRef
/// is at most 32 of letters, digits and : - . _ + * ; ~ (an empty one counts as absent); a customerOrderRef at most 32
/// characters; a customerStrategyRef at most 15. Written here, not shared with the client, so a mistake in one is
/// not silently agreed with by the other.
/// </summary>
internal static class BetfairReferences
{
    public const int MaxLength = 32;

    public const int MaxStrategyLength = 15;

    private static readonly SearchValues<char> CustomerRefCharacters =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789:-._+*;~");

    /// <summary>Throws Betfair's INVALID_INPUT_DATA for a malformed customerRef.</summary>
    public static void Check(PlaceOrdersRequest request) => CheckCustomerRef(request?.CustomerRef);

    /// <summary>Throws Betfair's INVALID_INPUT_DATA for a malformed customerRef (placeOrders, replaceOrders, updateOrders).</summary>
    public static void CheckCustomerRef(string? customerRef)
    {
        if (customerRef is { Length: > 0 } reference
            && (reference.Length > MaxLength || reference.AsSpan().ContainsAnyExcept(CustomerRefCharacters)))
        {
            throw new ExchangeFaultException(ApingErrorCodes.InvalidInputData,
                "customerRef must be at most 32 characters of letters, digits and : - . _ + * ; ~");
        }
    }
}
