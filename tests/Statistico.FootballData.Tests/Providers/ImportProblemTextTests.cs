using System.Net;
using Microsoft.Extensions.Logging.Abstractions;
using Statistico.FootballData.Providers.FootballDataCoUk;
using Statistico.FootballDataFiles;

namespace Statistico.FootballData.Tests.Providers;

/// <summary>
/// A file that cannot be read is stored as a problem of its import run, which GET /api/imports returns to anyone: it
/// says what happened in stable words and never carries the exception's text (local paths, hosts, ports).
/// </summary>
[Trait("Category", "Unit")]
public sealed class ImportProblemTextTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_io_failure_is_stored_under_its_code_without_the_exceptions_text()
    {
        var file = new CsvFile("E0/2021-22.csv", _ => throw new IOException("Input/output error reading /srv/secret/mount/E0.csv via nfs.internal:2049"));

        var batch = await FootballDataCoUkProvider.ReadAsync("files", file, NullLogger.Instance, Ct);

        var problem = Assert.Single(batch.Problems);
        Assert.Equal("E0/2021-22.csv", problem.Location);
        Assert.Contains($"({FootballDataCoUkProvider.FileUnreadable})", problem.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain("/srv/secret", problem.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain("nfs.internal", problem.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_http_failure_keeps_its_status_and_a_missing_file_says_so_and_nothing_else()
    {
        var notFound = new CsvFile("E9.csv", _ => throw new HttpRequestException("Response status code does not indicate success: 404 (Not Found) from files.internal:8080", null, HttpStatusCode.NotFound));
        var missing = new CsvFile("D1.csv", _ => throw new FileNotFoundException("Could not find file '/home/someone/data/D1.csv'."));

        var http = Assert.Single((await FootballDataCoUkProvider.ReadAsync("site", notFound, NullLogger.Instance, Ct)).Problems);
        var file = Assert.Single((await FootballDataCoUkProvider.ReadAsync("files", missing, NullLogger.Instance, Ct)).Problems);

        Assert.Equal($"cannot be read ({FootballDataCoUkProvider.FileUnreadable}): HTTP 404", http.Reason);
        Assert.Equal($"cannot be read ({FootballDataCoUkProvider.FileUnreadable}): no such file", file.Reason);
    }
}
