namespace Statistico.OddsCompiler.Tests;

/// <summary>Counts the compiler's reads of Football Data's fixture list (the history reads), passing every request on.</summary>
internal sealed class FixtureListReads : DelegatingHandler
{
    private int _count;

    public int Count => Volatile.Read(ref _count);

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.RequestUri?.AbsolutePath.TrimEnd('/').EndsWith("/api/fixtures", StringComparison.Ordinal) == true)
        {
            Interlocked.Increment(ref _count);
        }

        return base.SendAsync(request, cancellationToken);
    }
}
