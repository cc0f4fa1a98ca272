using System.Net.Http.Headers;
using System.Text;

namespace Statistico.Testing;

/// <summary>An HTTP client for the RabbitMQ management API, authenticated with the credentials in its URI.</summary>
internal static class RabbitManagementClient
{
    public static HttpClient Create(Uri managementUri)
    {
        var client = new HttpClient { BaseAddress = new Uri(managementUri.GetLeftPart(UriPartial.Authority)) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(
            "Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{UserName(managementUri)}:{Password(managementUri)}")));
        return client;
    }

    public static string UserName(Uri uri) => Uri.UnescapeDataString(uri.UserInfo.Split(':')[0]);

    public static string Password(Uri uri) => Uri.UnescapeDataString(uri.UserInfo.Split(':').ElementAtOrDefault(1) ?? string.Empty);

    public static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");
}
