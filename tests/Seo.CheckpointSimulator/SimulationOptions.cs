namespace Seo.CheckpointSimulator;

/// <summary>What day to play, and how hard.</summary>
public sealed record SimulationOptions
{
    /// <summary>The checkpoint whose day is played; it needs a waiting zone.</summary>
    public string Checkpoint { get; init; } = "DOSTYK";

    /// <summary>How many trucks book the day; they fill its intervals in order, as many per interval as it has places.</summary>
    public int Trucks { get; init; } = 400;

    /// <summary>How far the sandbox clock moves at a time; the sweeps run at each move, so this is also their cadence.</summary>
    public TimeSpan Step { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>How many requests the simulated trucks, cameras and barriers send at once.</summary>
    public int Concurrency { get; init; } = 8;

    /// <summary>Whether to follow the officers' live stream and time how long each read takes to appear on it.</summary>
    public bool MeasureLiveLag { get; init; } = true;

    /// <summary>The registrar the sandbox API created at its first start.</summary>
    public required string RegistrarEmail { get; init; }

    public required string RegistrarPassword { get; init; }

    /// <summary>The registrar's authenticator secret (base32), as the sandbox configured it (Seo:Bootstrap:RegistrarTotpSecret).</summary>
    public string? RegistrarTotpSecret { get; init; }

    /// <summary>The API's clock, on which the registrar's codes are computed: the real time, unless a test host runs on its own.</summary>
    public Func<DateTimeOffset>? ServerClock { get; init; }
}

/// <summary>The day could not be set up (sandbox off, wrong credentials, a full day); nothing was played.</summary>
public sealed class SimulationSetupException(string message) : Exception(message);
