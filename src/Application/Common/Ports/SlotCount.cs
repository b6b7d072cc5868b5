namespace Seo.Application.Common.Ports;

/// <summary>
/// One interval's counts as of a version of the write store's ledger row. The read model is fed
/// asynchronously (from the outbox), so updates may arrive twice or out of order; the
/// <paramref name="Version"/> is what lets it keep only the newest.
/// </summary>
/// <param name="Checkpoint">The checkpoint's code, compared ordinally.</param>
/// <param name="Date">The checkpoint-local date of the interval.</param>
/// <param name="StartMinute">Minutes after checkpoint-local midnight at which the interval starts.</param>
/// <param name="Capacity">Places the interval offers.</param>
/// <param name="Booked">Places taken, priority ones included.</param>
/// <param name="PriorityBooked">Of <paramref name="Booked"/>, the places taken under the R6 priority quota.</param>
/// <param name="Version">Grows with every change of the ledger row; never negative.</param>
public sealed record SlotCount(string Checkpoint, DateOnly Date, int StartMinute, int Capacity, int Booked, int PriorityBooked, long Version);
