using Alignment.Reports;
using Microsoft.Testing.Platform.Builder;
using Microsoft.Testing.Platform.Extensions.Messages;
using Microsoft.Testing.Platform.Extensions.TestHost;
using Microsoft.Testing.Platform.Messages;
using Microsoft.Testing.Platform.Services;

namespace AlignmentTests;

/// <summary>
/// Registered with the test platform (TestingPlatformBuilderHook in the project file) so that `dotnet test` names the run
/// summary and report even on a green run, when it shows nothing the test process prints.
/// </summary>
public static class RunSummaryHook
{
    public static void AddExtensions(ITestApplicationBuilder builder, string[] args) =>
        builder.TestHost.AddTestSessionLifetimeHandler(services => new RunSummaryArtifact(services.GetRequiredService<IMessageBus>()));
}

/// <summary>Reports artifacts/summary.md, report.html and run.json as the session's file artifacts, which `dotnet test` lists at the end of the run.</summary>
internal sealed class RunSummaryArtifact(IMessageBus bus) : ITestSessionLifetimeHandler, IDataProducer
{
    public string Uid => nameof(RunSummaryArtifact);

    public string Version => "1.0.0";

    public string DisplayName => "Alignment run summary";

    public string Description => "Names the run summary (summary.md), the HTML report (report.html) and the run record (run.json) as file artifacts of the test session.";

    public Type[] DataTypesProduced => [typeof(SessionFileArtifact)];

    public Task<bool> IsEnabledAsync() => Task.FromResult(true);

    public Task OnTestSessionStartingAsync(ITestSessionContext context) => Task.CompletedTask;

    public async Task OnTestSessionFinishingAsync(ITestSessionContext context)
    {
        if (SuiteContext.Created && SuiteContext.Current.WriteArtifacts() is { } written)
        {
            await bus.PublishAsync(this, new SessionFileArtifact(context.SessionUid, new FileInfo(written.Summary), "Alignment run summary", RunSummary.FileName));
            await bus.PublishAsync(this, new SessionFileArtifact(context.SessionUid, new FileInfo(written.Report), "Alignment HTML report", HtmlReport.FileName));
            await bus.PublishAsync(this, new SessionFileArtifact(context.SessionUid, new FileInfo(written.Record), "Alignment run record", RunRecord.FileName));
        }
    }
}
