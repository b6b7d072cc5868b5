namespace Seo.Application.Common.Ports;

/// <summary>
/// A read model's store cannot be reached (its server is down, or does not answer in time). Read
/// model adapters translate their store's own failures into this, so that Application code can
/// fall back to the write store without knowing which store it is. Other failures (a refused
/// command, corrupt data) are bugs and stay what they are.
/// </summary>
public sealed class ReadModelUnavailableException : Exception
{
    public ReadModelUnavailableException()
    {
    }

    public ReadModelUnavailableException(string message)
        : base(message)
    {
    }

    public ReadModelUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
