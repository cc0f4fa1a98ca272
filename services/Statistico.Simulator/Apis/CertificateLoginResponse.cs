namespace Statistico.Simulator.Apis;

/// <summary>Betfair's /api/certlogin answer: a session token on SUCCESS, otherwise the failure in loginStatus.</summary>
public sealed record CertificateLoginResponse(string? SessionToken, string LoginStatus);
