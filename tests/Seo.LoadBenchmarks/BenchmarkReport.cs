using System.Runtime.InteropServices;

/// <summary>What every benchmark of this program prints the same way.</summary>
internal static class BenchmarkReport
{
    /// <summary>The machine a figure was measured on, as each report's first line gives it.</summary>
    public static string Machine =>
        $"machine: {Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription}, {RuntimeInformation.ProcessArchitecture}";

    /// <summary>The nearest-rank percentile of ascending <paramref name="sorted"/> (NaN when empty).</summary>
    public static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, Math.Max(0, (int)Math.Ceiling(p * sorted.Length) - 1))];
}
