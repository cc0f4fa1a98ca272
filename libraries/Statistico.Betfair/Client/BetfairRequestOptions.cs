namespace Statistico.Betfair;

/// <summary>What the client attaches to each of its HTTP requests, for handlers the host adds to the Betfair client.</summary>
public static class BetfairRequestOptions
{
    /// <summary>The JSON-RPC method the request calls (<see cref="Api.BetfairMethods"/>): every call goes to one URL.</summary>
    public static readonly HttpRequestOptionsKey<string> Method = new("Statistico.Betfair.Method");
}
