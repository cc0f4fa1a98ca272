using Microsoft.Extensions.Options;

namespace Statistico.Betfair;

/// <summary>
/// Checked at start-up: the session token and the password travel to these endpoints, so each must be https; plain
/// http is allowed only for a loopback host or the one host named by <see cref="BetfairOptions.AllowHttpHost"/> (the
/// Simulator). ADR 0206.
/// </summary>
internal sealed class BetfairOptionsValidator : IValidateOptions<BetfairOptions>
{
    public ValidateOptionsResult Validate(string? name, BetfairOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.BaseUrl is null || string.IsNullOrWhiteSpace(options.AppKey))
        {
            return ValidateOptionsResult.Fail("Betfair:BaseUrl and Betfair:AppKey are required.");
        }

        var failures = new[] { ("BaseUrl", options.BettingEndpoint), ("AccountUrl", options.AccountEndpoint), ("IdentityUrl", options.IdentityEndpoint) }
            .Where(e => !IsSafe(e.Item2, options.AllowHttpHost))
            .Select(e => $"Betfair:{e.Item1} ({e.Item2}) must use https: credentials and the session token are sent there; http is allowed only for a loopback host or the one host named by Betfair:AllowHttpHost (the Simulator).")
            .ToList();
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static bool IsSafe(Uri endpoint, string? allowHttpHost) =>
        endpoint.IsAbsoluteUri && (endpoint.Scheme == Uri.UriSchemeHttps || (endpoint.Scheme == Uri.UriSchemeHttp
            && (endpoint.IsLoopback || (!string.IsNullOrWhiteSpace(allowHttpHost) && string.Equals(endpoint.Host, allowHttpHost, StringComparison.OrdinalIgnoreCase)))));
}
