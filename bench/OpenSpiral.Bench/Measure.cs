using System.Diagnostics;

namespace OpenSpiral.Bench;

/// <summary>Times an operation and its baseline in alternation, so both see the same machine noise.</summary>
internal static class Measure
{
    public static async Task<Result> PairAsync(string name, Func<Task> operation, Func<Task> baseline, int iterations)
    {
        for (var i = 0; i < 5; i++)
        {
            await operation();
            await baseline();
        }

        var ours = new double[iterations];
        var bare = new double[iterations];
        for (var i = 0; i < iterations; i++)
        {
            bare[i] = await TimeAsync(baseline);
            ours[i] = await TimeAsync(operation);
        }

        return new Result(name, Median(ours), Median(bare));
    }

    // Samples the managed heap every few milliseconds while the action runs.
    public static async Task<(double Ms, long PeakAboveStart, long Allocated)> MemoryAsync(Func<Task> action)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var start = GC.GetTotalMemory(false);
        var allocatedBefore = GC.GetTotalAllocatedBytes(true);
        long peak = start;
        using var stop = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                peak = Math.Max(peak, GC.GetTotalMemory(false));
                await Task.Delay(5, CancellationToken.None);
            }
        }, CancellationToken.None);
        var watch = Stopwatch.StartNew();
        await action();
        var ms = watch.Elapsed.TotalMilliseconds;
        await stop.CancelAsync();
        await sampler;
        return (ms, Math.Max(0, peak - start), GC.GetTotalAllocatedBytes(true) - allocatedBefore);
    }

    private static async Task<double> TimeAsync(Func<Task> action)
    {
        var watch = Stopwatch.StartNew();
        await action();
        return watch.Elapsed.TotalMilliseconds;
    }

    private static double Median(double[] values)
    {
        Array.Sort(values);
        return values[values.Length / 2];
    }

    internal sealed record Result(string Name, double OursMs, double BaselineMs)
    {
        public double Ratio => OursMs / BaselineMs;
    }
}
