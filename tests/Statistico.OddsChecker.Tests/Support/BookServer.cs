extern alias compiler;

using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Statistico.Contracts.Odds;
using BookDto = compiler::Statistico.OddsCompiler.Apis.BookDto;

namespace Statistico.OddsChecker.Tests.Support;

/// <summary>
/// A Kestrel server on loopback playing the Odds Compiler's <c>GET /api/books/{fixtureId}</c>: the compiler's own
/// <see cref="BookDto"/> serialized by ASP.NET's defaults as the compiler serves it, 404 problem details when no book.
/// </summary>
internal sealed class BookServer : IAsyncDisposable
{
    private readonly ConcurrentDictionary<Guid, BookDto> books = new();
    private readonly WebApplication app;

    private BookServer(WebApplication app) => this.app = app;

    public Uri BaseUrl { get; private set; } = null!;

    public int Requests { get; private set; }

    public static async Task<BookServer> StartAsync(CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.AddProblemDetails();
        var app = builder.Build();
        var server = new BookServer(app);
        app.MapGet("/api/books/{fixtureId:guid}", (Guid fixtureId) =>
        {
            server.Requests++;
            return server.books.TryGetValue(fixtureId, out var book)
                ? Results.Ok(book)
                : Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Book not found", detail: $"Fixture {fixtureId} is waiting for its model.");
        });
        await app.StartAsync(cancellationToken);
        server.BaseUrl = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/");
        return server;
    }

    /// <summary>Serves (or replaces) the fixture's book.</summary>
    public void Serve(Guid fixtureId, string home, string away, DateTimeOffset kickOff, params CompiledMarket[] markets) =>
        books[fixtureId] = new BookDto(fixtureId, "SIM", home, away, kickOff, "dixon-coles", "v1", DateTimeOffset.UtcNow, 1.5, 1.1, markets);

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
