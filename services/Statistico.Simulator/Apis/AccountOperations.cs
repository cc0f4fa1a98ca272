using Statistico.Simulator.Exchange;
using Statistico.Simulator.Exchange.Contract;

namespace Statistico.Simulator.Apis;

/// <summary>The AccountAPING operations the Simulator answers (on the accounts endpoint, as Betfair has them); null for any other.</summary>
internal static class AccountOperations
{
    public static async Task<object?> DispatchAsync(string operation, RpcParameters parameters, IServiceProvider services, CancellationToken ct)
    {
        var accounts = services.GetRequiredService<AccountQueries>();
        return operation switch
        {
            "getAccountFunds" => await services.GetRequiredService<ExchangeQueries>().GetAccountFundsAsync(ct),
            "getAccountDetails" => accounts.GetAccountDetails(),
            "getAccountStatement" => await accounts.GetAccountStatementAsync(parameters.ReadOr(new AccountStatementRequest()), ct),
            "listCurrencyRates" => accounts.ListCurrencyRates(parameters.ReadOr(new CurrencyRatesRequest())),
            _ => null,
        };
    }
}
