namespace Statistico.Simulator.Exchange.Contract;

/// <summary>getAccountDetails' answer.</summary>
public sealed record AccountDetailsResponse(
    string CurrencyCode, string FirstName, string LastName, string LocaleCode, string Region, string Timezone, decimal DiscountRate, int PointsBalance, string CountryCode);
