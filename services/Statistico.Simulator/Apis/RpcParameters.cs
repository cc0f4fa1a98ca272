using System.Text.Json;
using Statistico.Betfair.Api;

namespace Statistico.Simulator.Apis;

/// <summary>
/// A JSON-RPC call's params read into an operation's parameter type. Missing or mistyped params are a JsonException,
/// which the endpoint answers as Betfair does (-32602 DSC-0018) without .NET's text.
/// </summary>
internal readonly struct RpcParameters(JsonElement parameters)
{
    /// <summary>The params; mandatory.</summary>
    public T Read<T>() => parameters.ValueKind is JsonValueKind.Undefined or JsonValueKind.Null
        ? throw new JsonException("params is mandatory")
        : parameters.Deserialize<T>(BetfairJson.Options) ?? throw new JsonException("params is null");

    /// <summary>The params, or <paramref name="absent"/> for an operation whose parameters are all optional.</summary>
    public T ReadOr<T>(T absent) => parameters.ValueKind is JsonValueKind.Undefined or JsonValueKind.Null ? absent : Read<T>();
}
