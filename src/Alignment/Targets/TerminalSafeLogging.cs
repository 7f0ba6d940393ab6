using Microsoft.Extensions.Logging;

namespace Alignment.Targets;

/// <summary>
/// Wraps the logger factory handed to the pipeline: M.E.AI's logging layer writes prompts and replies into messages,
/// and those messages reach consoles and log files, so they are made safe (<see cref="TerminalText"/>) on the way.
/// </summary>
internal sealed class TerminalSafeLoggerFactory(ILoggerFactory inner) : ILoggerFactory
{
    public ILogger CreateLogger(string categoryName) => new SafeLogger(inner.CreateLogger(categoryName));

    public void AddProvider(ILoggerProvider provider) => inner.AddProvider(provider);

    public void Dispose()
    {
        // The caller owns the factory it handed over.
    }

    private sealed class SafeLogger(ILogger inner) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => inner.BeginScope(state);

        public bool IsEnabled(LogLevel logLevel) => inner.IsEnabled(logLevel);

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            inner.Log(logLevel, eventId, state, exception, (s, e) => TerminalText.Safe(formatter(s, e)));
    }
}
