using System.Diagnostics;
using System.Globalization;
using System.Text;
using Statistico.FootballData.Client;
using Statistico.OddsCompiler.Benchmarks;
using Statistico.Testing;

// Latency of the Odds Compiler, end to end on the real broker and databases (scripts/infra.sh's local servers):
// E0 2021/22 is imported into the real Football Data service with its last 20 rows unplayed; then, one row at a
// time, a result is added and the file re-imported. Football Data publishes one FixtureResulted; the compiler
// debounces, re-reads the history over HTTP, refits, recompiles every remaining fixture and publishes the books whose
// prices moved. Measured: from the FixtureResulted reaching our own queue to the last OddsCompiled of that refresh
// reaching it. Usage: dotnet run -c Release --project bench/Statistico.OddsCompiler.Benchmarks [results]
var results = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 10;
const int Unplayed = 20;

// WebApplicationFactory finds a service's content root from a test manifest this console app does not have.
var repository = new DirectoryInfo(AppContext.BaseDirectory);
while (!File.Exists(Path.Combine(repository.FullName, "Statistico.sln")))
{
    repository = repository.Parent ?? throw new DirectoryNotFoundException("Statistico.sln is not above the harness.");
}

foreach (var service in new[] { "Statistico.FootballData", "Statistico.OddsCompiler" })
{
    Environment.SetEnvironmentVariable($"ASPNETCORE_TEST_CONTENTROOT_{service.Replace('.', '_').ToUpperInvariant()}", Path.Combine(repository.FullName, "services", service));
}

var infrastructure = new TestInfrastructure();
await infrastructure.InitializeAsync();
await using var footballDataDatabase = await infrastructure.CreateDatabaseAsync("bench-fd");
await using var compilerDatabase = await infrastructure.CreateDatabaseAsync("bench-oc");
await using var virtualHost = await infrastructure.CreateVirtualHostAsync("bench-oc");
await using var footballData = new FootballDataHost(footballDataDatabase.ConnectionString, virtualHost.BrokerUri, infrastructure.Endpoints.Cache);
_ = footballData.Server;
await using var compiler = new CompilerHost(compilerDatabase.ConnectionString, virtualHost.BrokerUri, () => footballData.Server.CreateHandler());
_ = compiler.Server;
await using var arrivals = await Arrivals.BindAsync(virtualHost.BrokerUri);
var client = new FootballDataClient(footballData.CreateClient());

var lines = File.ReadAllLines(Path.Combine(SharedData.FootballDataFolder, "E0", "2021-22.csv")).Where(l => l.Length > 0).ToArray();
await client.ImportFootballDataCoUkAsync("E0/2021-22.csv", Season(lines, Unplayed));
// The import's 360 FixtureResulted arrive first; wait for the books themselves, however loaded the machine is.
var initialBooks = 0;
for (var waited = 0; waited < 10 && initialBooks < Unplayed; waited++)
{
    initialBooks += (await arrivals.SettleAsync(TimeSpan.FromSeconds(3), TimeSpan.FromMinutes(1))).Count(a => a.Type == "OddsCompiled");
}

Console.WriteLine($"initial import: {initialBooks} books for {Unplayed} scheduled fixtures");

var latencies = new List<double>();
for (var i = 1; i <= results; i++)
{
    await client.ImportFootballDataCoUkAsync("E0/2021-22.csv", Season(lines, Unplayed - i));
    var seen = await arrivals.SettleAsync(TimeSpan.FromSeconds(1.5), TimeSpan.FromSeconds(30));
    var resulted = seen.Where(a => a.Type == "FixtureResulted").Select(a => a.Timestamp).DefaultIfEmpty().Min();
    var books = seen.Where(a => a.Type == "OddsCompiled").Select(a => a.Timestamp).ToList();
    if (resulted == 0 || books.Count == 0)
    {
        Console.WriteLine($"result {i}: {seen.Count(a => a.Type == "FixtureResulted")} FixtureResulted, {books.Count} OddsCompiled (no prices moved by a tick)");
        continue;
    }

    var latency = Stopwatch.GetElapsedTime(resulted, books.Max()).TotalMilliseconds;
    latencies.Add(latency);
    Console.WriteLine($"result {i}: {books.Count} of {Unplayed - i} books re-published; FixtureResulted -> last OddsCompiled {latency:F0} ms (first {Stopwatch.GetElapsedTime(resulted, books.Min()).TotalMilliseconds:F0} ms)");
}

latencies.Sort();
if (latencies.Count > 0)
{
    Console.WriteLine($"latency over {latencies.Count} results: median {latencies[latencies.Count / 2]:F0} ms, min {latencies[0]:F0} ms, max {latencies[^1]:F0} ms");
}

await infrastructure.DisposeAsync();

static MemoryStream Season(string[] lines, int unplayed)
{
    var kept = lines.ToArray();
    for (var i = kept.Length - unplayed; i < kept.Length; i++)
    {
        var cells = kept[i].Split(',');
        for (var c = 5; c <= 10; c++)
        {
            cells[c] = string.Empty; // FTHG..HTR: no result yet
        }

        kept[i] = string.Join(',', cells);
    }

    return new MemoryStream(Encoding.UTF8.GetBytes(string.Join('\n', kept) + "\n"));
}
