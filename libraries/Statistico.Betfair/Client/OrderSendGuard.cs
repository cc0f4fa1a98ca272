using System.Runtime.CompilerServices;

namespace Statistico.Betfair;

/// <summary>
/// The innermost handler of the Betfair HTTP client: a request that changes orders carries a one-shot marker, and a
/// second send of it (by any retrying handler above, Polly or hand-written) is refused before it reaches the wire.
/// </summary>
internal sealed class OrderSendGuard : DelegatingHandler
{
    public static readonly HttpRequestOptionsKey<StrongBox<int>> SendOnce = new("Statistico.Betfair.SendOnce");

    /// <summary>Marks <paramref name="request"/> as one that may reach the exchange at most once.</summary>
    public static void Mark(HttpRequestMessage request) => request.Options.Set(SendOnce, new StrongBox<int>());

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Options.TryGetValue(SendOnce, out var sent) && Interlocked.Exchange(ref sent.Value, 1) == 1)
        {
            throw new InvalidOperationException($"A handler tried to send an order request to {request.RequestUri} a second time; refused.");
        }

        return base.SendAsync(request, cancellationToken);
    }
}
