using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Kino.ServiceDefaults.Hosting;

/// <summary>Kino's own activity source and meter, beside the framework's.</summary>
public static class KinoTelemetry
{
    public const string SourceName = "Kino";
    public static readonly ActivitySource Source = new(SourceName);
    public static readonly Meter Meter = new(SourceName);
    public static readonly Histogram<double> StageDuration = Meter.CreateHistogram<double>("kino.stage.duration", "ms", "Compute time of a pipeline stage");
    public static readonly Counter<long> JobsFailed = Meter.CreateCounter<long>("kino.jobs.failed", "{job}", "Jobs that failed, by error code");
}
