using Microsoft.Extensions.Options;

namespace Statistico.Betfair;

/// <summary>
/// Checked at start-up: the session token and the password travel to these endpoints, so each must be https; plain
/// http is allowed only for a loopback host (the Simulator on this machine). ADR 0206.
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
            .Where(e => !IsSafe(e.Item2))
            .Select(e => $"Betfair:{e.Item1} ({e.Item2}) must use https: credentials and the session token are sent there; http is allowed only for a loopback host such as the Simulator.")
            .ToList();
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static bool IsSafe(Uri endpoint) =>
        endpoint.IsAbsoluteUri && (endpoint.Scheme == Uri.UriSchemeHttps || (endpoint.Scheme == Uri.UriSchemeHttp && endpoint.IsLoopback));
}
