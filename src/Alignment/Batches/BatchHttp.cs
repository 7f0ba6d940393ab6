using System.Net;
using System.Net.Http.Headers;
using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using Alignment.Configuration;
using Alignment.Targets;

namespace Alignment.Batches;

/// <summary>
/// HTTP for a provider's batch API. Not the live pipeline's client: result files are far larger than one reply and are
/// read line by line, never whole. Transient failures (429, 5xx, 529, broken connections) are retried with backoff,
/// honouring Retry-After up to the target's cap; any other failure says status and provider message, key blanked out.
/// </summary>
internal sealed class BatchHttp(ResolvedTarget target, Action<HttpRequestHeaders> authorize) : IDisposable
{
    private readonly HttpClient http = new(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
    {
        Timeout = TimeSpan.FromMinutes(30), // uploads of 200 MB and downloads of as much
    };

    public async Task<JsonNode> JsonAsync(HttpMethod method, Uri uri, Func<HttpContent?>? content, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(method, uri, content, cancellationToken);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync(cancellationToken))
               ?? throw new ProviderFailureException($"{method} {uri} answered null instead of a JSON object.", response.StatusCode, false);
    }

    /// <summary>The body's lines as they arrive.</summary>
    public async IAsyncEnumerable<string> LinesAsync(Uri uri, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var response = await SendAsync(HttpMethod.Get, uri, null, cancellationToken);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(cancellationToken));
        while (await reader.ReadLineAsync(cancellationToken) is { } line)
        {
            if (line.Length > 0)
            {
                yield return line;
            }
        }
    }

    /// <summary>A success, headers read (the body is the caller's); <paramref name="content"/> makes the body anew for each attempt.</summary>
    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, Uri uri, Func<HttpContent?>? content, CancellationToken cancellationToken)
    {
        var retry = RetrySettings.For(target);
        for (var attempt = 0; ; attempt++)
        {
            using var request = new HttpRequestMessage(method, uri) { Content = content?.Invoke() };
            authorize(request.Headers);
            HttpResponseMessage response;
            try
            {
                response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            }
            catch (Exception e) when (e is HttpRequestException or IOException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
            {
                if (attempt < retry.MaxRetries)
                {
                    await Task.Delay(Backoff(attempt, retry), cancellationToken);
                    continue;
                }

                throw ProviderFailureException.NoResponse(request, e, target.ApiKey);
            }

            if (response.IsSuccessStatusCode)
            {
                return response;
            }

            using (response)
            {
                var transient = response.StatusCode is HttpStatusCode.TooManyRequests or HttpStatusCode.RequestTimeout || (int)response.StatusCode >= 500;
                var wait = TargetHttp.RequestedWait(response);
                if (transient && attempt < retry.MaxRetries && (wait is null || wait.Value.Wait <= retry.MaxRetryAfter))
                {
                    await Task.Delay(wait?.Wait ?? Backoff(attempt, retry), cancellationToken);
                    continue;
                }

                throw await ProviderFailureException.FromResponseAsync(response, target.ApiKey, cancellationToken);
            }
        }
    }

    private static TimeSpan Backoff(int attempt, RetrySettings retry) =>
        TimeSpan.FromTicks(Math.Min(retry.MaxDelay.Ticks, retry.BaseDelay.Ticks << Math.Min(attempt, 20))) * (0.5 + Random.Shared.NextDouble() / 2);

    public void Dispose() => http.Dispose();
}

/// <summary>A body written from lines as it is sent (a batch may be 200 MB): a prefix, the lines with a separator between them, a suffix.</summary>
internal sealed class LinesContent : HttpContent
{
    private readonly IEnumerable<byte[]> lines;
    private readonly byte[] prefix;
    private readonly byte[] separator;
    private readonly byte[] suffix;

    public LinesContent(IEnumerable<byte[]> lines, byte[] prefix, byte[] separator, byte[] suffix, string mediaType)
    {
        this.lines = lines;
        this.prefix = prefix;
        this.separator = separator;
        this.suffix = suffix;
        Headers.ContentType = new MediaTypeHeaderValue(mediaType);
    }

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
    {
        await stream.WriteAsync(prefix);
        var first = true;
        foreach (var line in lines)
        {
            if (!first)
            {
                await stream.WriteAsync(separator);
            }

            first = false;
            await stream.WriteAsync(line);
        }

        await stream.WriteAsync(suffix);
    }

    protected override bool TryComputeLength(out long length)
    {
        length = 0;
        return false;
    }
}
