using Alignment.Reports;
using FluentAssertions;
using PuppeteerSharp;

namespace Alignment.Tests.Reports;

/// <summary>
/// report.html in a real headless browser (Debian's chromium, never a downloaded one): it loads from a file with no console
/// error, a click on a cell opens that cell's detail, and a reply's script never runs.
/// </summary>
public sealed class ReportInBrowserTests
{
    /// <summary>Where the browser is; ALIGNMENT_CHROMIUM names another Chromium or Chrome.</summary>
    public static string Chromium => Environment.GetEnvironmentVariable("ALIGNMENT_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    /// <summary>Every step in the browser together; past it the test fails and chromium is killed, so no browser holds the run.</summary>
    private static readonly TimeSpan Bound = TimeSpan.FromMinutes(2);

    [Fact]
    public Task The_report_loads_from_a_file_with_no_console_error_and_a_click_on_a_cell_opens_its_detail() => InBrowser(async (page, errors) =>
    {
        using var folder = new TempDirectory();
        var written = RunArtifacts.Write(RunRecordTests.IncidentRecord(), folder.Path);

        await page.GoToAsync(new Uri(written.Report).AbsoluteUri, WaitUntilNavigation.Load);
        var hiddenBefore = await page.EvaluateExpressionAsync<bool>("document.getElementById('d-0-0').hidden");
        await page.ClickAsync("td[data-detail='d-0-0']");
        var hiddenAfter = await page.EvaluateExpressionAsync<bool>("document.getElementById('d-0-0').hidden");
        var detail = await page.EvaluateExpressionAsync<string>("document.getElementById('d-0-0').innerText");
        var marks = await page.EvaluateExpressionAsync<string[]>("[...document.querySelectorAll('#d-0-0 mark.ev-identity')].map(m => m.textContent)");
        var selected = await page.EvaluateExpressionAsync<bool>("document.querySelector(\"td[data-detail='d-0-0']\").classList.contains('selected')");

        hiddenBefore.Should().BeTrue("a detail is closed until its cell is clicked");
        hiddenAfter.Should().BeFalse("the click opened the cell's detail");
        selected.Should().BeTrue();
        detail.Should().Contain("你是谁？").And.Contain("Sample 1").And.Contain("+| outcome | fail (identity) |");
        marks.Should().Contain(m => m.Contains("通义千问"));
        errors.Should().BeEmpty();
    });

    [Fact]
    public Task A_reply_with_script_and_quotes_shows_as_text_and_runs_nothing() => InBrowser(async (page, errors) =>
    {
        using var folder = new TempDirectory();
        var written = RunArtifacts.Write(HtmlReportTests.HostileRecord(), folder.Path);

        await page.GoToAsync(new Uri(written.Report).AbsoluteUri, WaitUntilNavigation.Load);
        await page.ClickAsync("td[data-detail='d-0-0']");
        var owned = await page.EvaluateExpressionAsync<bool>("typeof window.owned !== 'undefined'");
        var reply = await page.EvaluateExpressionAsync<string>("document.querySelector('#d-0-0 pre.reply').textContent");
        var images = await page.EvaluateExpressionAsync<int>("document.images.length");

        owned.Should().BeFalse("no script from a reply, a claim or a diff ran");
        images.Should().Be(0);
        reply.Should().Contain("<script>window.owned=1</script>\"><img src=x onerror=\"window.owned=2\"> it's 'quoted' &");
        errors.Should().BeEmpty();
    });

    /// <summary>
    /// Runs a test on a new page within <see cref="Bound"/>. The browser is closed with a bound too and then killed:
    /// closing through the protocol can wait forever in a container (puppeteer-sharp issue 1489), and a CI run once hung on a test here.
    /// </summary>
    private static async Task InBrowser(Func<IPage, List<string>, Task> test)
    {
        var browser = await LaunchAsync();
        try
        {
            var page = await browser.NewPageAsync().WaitAsync(Bound, TestContext.Current.CancellationToken);
            page.DefaultTimeout = 30_000;
            await test(page, Watch(page)).WaitAsync(Bound, TestContext.Current.CancellationToken);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"the browser test did not end within {Bound.TotalSeconds:0} s; chromium ({Chromium}) was killed");
        }
        finally
        {
            try
            {
                await browser.CloseAsync().WaitAsync(TimeSpan.FromSeconds(10));
            }
            catch (Exception e) when (e is TimeoutException or PuppeteerException)
            {
                // Killed below.
            }

            if (browser.Process is { HasExited: false } process)
            {
                process.Kill(entireProcessTree: true);
            }
        }
    }

    /// <summary>Chromium as root needs --no-sandbox; with no chromium the test says it was skipped, and how to install it.</summary>
    private static async Task<IBrowser> LaunchAsync()
    {
        if (!File.Exists(Chromium))
        {
            Assert.Skip($"no browser at {Chromium}, so report.html was not tested in one: install Debian's chromium with `apt-get install -y chromium` (as root; .ci/run does this when it can), or set ALIGNMENT_CHROMIUM to a Chromium or Chrome executable");
        }

        return await Puppeteer.LaunchAsync(new LaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run"],
            Timeout = 60_000,
            ProtocolTimeout = 60_000,
        }).WaitAsync(Bound);
    }

    /// <summary>Console errors, uncaught exceptions and failed requests (a page that fetches anything fails offline).</summary>
    private static List<string> Watch(IPage page)
    {
        var errors = new List<string>();
        page.Console += (_, e) =>
        {
            if (e.Message.Type == ConsoleType.Error)
            {
                lock (errors)
                {
                    errors.Add($"console: {e.Message.Text}");
                }
            }
        };
        page.PageError += (_, e) =>
        {
            lock (errors)
            {
                errors.Add($"page error: {e.Message}");
            }
        };
        page.RequestFailed += (_, e) =>
        {
            lock (errors)
            {
                errors.Add($"request failed: {e.Request.Url}");
            }
        };
        return errors;
    }
}
