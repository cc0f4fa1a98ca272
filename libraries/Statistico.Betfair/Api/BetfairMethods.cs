namespace Statistico.Betfair.Api;

/// <summary>JSON-RPC method names of the operations Statistico uses.</summary>
public static class BetfairMethods
{
    public const string ListEvents = "SportsAPING/v1.0/listEvents";
    public const string ListMarketCatalogue = "SportsAPING/v1.0/listMarketCatalogue";
    public const string ListMarketBook = "SportsAPING/v1.0/listMarketBook";
    public const string PlaceOrders = "SportsAPING/v1.0/placeOrders";
    public const string CancelOrders = "SportsAPING/v1.0/cancelOrders";
    public const string ReplaceOrders = "SportsAPING/v1.0/replaceOrders";
    public const string UpdateOrders = "SportsAPING/v1.0/updateOrders";
    public const string ListCurrentOrders = "SportsAPING/v1.0/listCurrentOrders";
    public const string ListClearedOrders = "SportsAPING/v1.0/listClearedOrders";
    public const string GetAccountFunds = "AccountAPING/v1.0/getAccountFunds";

    /// <summary>Calls that change orders: sending one twice can change money twice, so the HTTP pipeline never re-sends them.</summary>
    public static bool ChangesOrders(string method) =>
        method is PlaceOrders or CancelOrders or ReplaceOrders or UpdateOrders;
}
