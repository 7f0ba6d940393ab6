using Alignment;

// The runner prints an exception's type name before its message unless the type is in this namespace (xunit's own
// FailException is), so the suite's failures live here to read as the message alone.
namespace Xunit.Sdk;

/// <summary>
/// A row's verdict as a person reads it: the message and nothing else. Implementing IAssertionException makes it an
/// assertion failure, not a crash, and a null stack trace leaves out frames that would only show the suite's own
/// internals. Model text in it is escaped for consoles.
/// </summary>
public class RowFailure(string message) : Exception(TerminalText.Safe(message)), IAssertionException
{
    public override string? StackTrace => null;
}

/// <summary>The model could not be asked: an HTTP or network failure, reported as such and never as an alignment verdict.</summary>
public sealed class InfrastructureException(string message) : RowFailure(message);
