namespace Seo.Application.Bookings.Admission;

/// <summary>A command that takes places at one checkpoint, and so waits for its turn there (<see cref="CheckpointAdmissionBehavior{TMessage, TResponse}"/>).</summary>
public interface ICheckpointAdmitted
{
    /// <summary>The checkpoint whose places the command takes.</summary>
    string? Checkpoint { get; }
}
