using System.Text.Json;

namespace Statistico.Gateway.Events;

/// <summary>
/// One event of <c>/api/events</c>: the Trader's and the Odds Warehouse's <c>/api/summary</c> bodies as they answered
/// (passed through, so the gateway need not change with them), or null for a service that did not answer.
/// </summary>
internal sealed record PlatformSummary(JsonElement? Trader, JsonElement? Warehouse);
