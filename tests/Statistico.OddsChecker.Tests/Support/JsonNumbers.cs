using System.Globalization;
using System.Text.Json;

namespace Statistico.OddsChecker.Tests.Support;

/// <summary>Decimals on the bus may be JSON numbers or strings (exactness preserved); tests read either.</summary>
internal static class JsonNumbers
{
    public static decimal AsDecimal(this JsonElement element) =>
        element.ValueKind == JsonValueKind.String ? decimal.Parse(element.GetString()!, CultureInfo.InvariantCulture) : element.GetDecimal();
}
