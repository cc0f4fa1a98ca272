namespace Statistico.Simulator.Exchange;

/// <summary>
/// A mandatory parameter was not given (absent or null). Betfair answers this before the operation runs, as a JSON-RPC
/// error: -32602 "DSC-0018" (its MandatoryNotDefined), the same as params that cannot be read at all; a parameter that
/// is given but breaks a documented limit is the operation's APINGException INVALID_INPUT_DATA instead.
/// </summary>
public sealed class MandatoryParameterMissingException : Exception
{
    public MandatoryParameterMissingException()
    {
    }

    public MandatoryParameterMissingException(string parameter)
        : base($"{parameter} is mandatory")
    {
    }

    public MandatoryParameterMissingException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
