using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Statistico.Betfair.Api;
using Statistico.Simulator.Data;

namespace Statistico.Simulator.Exchange;

/// <summary>Checks the X-Application and X-Authentication headers of an API call as Betfair does.</summary>
public sealed class SessionCheck(SimulatorDbContext db, IOptions<SimulatorOptions> options)
{
    /// <summary>Null when the call may go ahead, else the APINGException error code.</summary>
    public async Task<string?> ErrorAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var appKey = request.Headers["X-Application"].ToString();
        if (appKey.Length == 0)
        {
            return ApingErrorCodes.NoAppKey;
        }

        if (appKey != options.Value.Exchange.AppKey)
        {
            return ApingErrorCodes.InvalidAppKey;
        }

        var token = request.Headers["X-Authentication"].ToString();
        if (token.Length == 0)
        {
            return ApingErrorCodes.NoSession;
        }

        return await db.Sessions.AsNoTracking().AnyAsync(s => s.Token == token, cancellationToken) ? null : ApingErrorCodes.InvalidSessionInformation;
    }
}
