namespace Statistico.FootballData.Providers.Sportmonks;

/// <summary><c>location</c> is <c>home</c> or <c>away</c>: the only reliable way to tell the sides apart.</summary>
internal sealed record SportmonksParticipantMeta(string? Location);
