using System.Text.Json;

namespace Statistico.Betfair.Tests.Support;

/// <summary>One call received by <see cref="ScriptedExchange"/>: the operation (e.g. placeOrders), its params and its number among calls of that operation.</summary>
internal sealed record ScriptedCall(string Operation, JsonElement Params, int Number);
