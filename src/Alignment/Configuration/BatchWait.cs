using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace Alignment.Configuration;

/// <summary>Alignment:BatchWaitMinutes: how long a run waits for its batches before it ends with them still at the provider.</summary>
public static class BatchWait
{
    public const string Key = "Alignment:BatchWaitMinutes";

    /// <summary>A day: a provider finishes every batch within 24 hours, or expires what it has not done.</summary>
    public const double DefaultMinutes = 24 * 60;

    /// <summary>The wait; zero submits and ends, so that a later run (or CI job) collects the results.</summary>
    public static TimeSpan From(IConfiguration configuration)
    {
        var text = configuration[Key]?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return TimeSpan.FromMinutes(DefaultMinutes);
        }

        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var minutes) && minutes >= 0 && minutes <= 7 * DefaultMinutes
            ? TimeSpan.FromMinutes(minutes)
            : throw new TargetConfigurationException(
                $"{Key} is '{text}'; give the minutes a run waits for its batches, from 0 (submit and end; a later run collects) to {7 * DefaultMinutes:0}, " +
                "e.g. env ALIGNMENT__BATCHWAITMINUTES=60");
    }
}
