namespace Seo.Application.Common.Ports;

/// <summary>How a crossing search compares the plate asked for with the plates read.</summary>
public enum PlateMatch
{
    /// <summary>The plate read is exactly the one asked for.</summary>
    Exact,

    /// <summary>The plate read starts with the characters asked for.</summary>
    Prefix,

    /// <summary>
    /// The plate read may be a camera misread of the one asked for: characters cameras confuse
    /// (0/O, 8/B, 1/I, 5/S, 2/Z) are treated as equal, and one other character may differ.
    /// </summary>
    Fuzzy,
}
