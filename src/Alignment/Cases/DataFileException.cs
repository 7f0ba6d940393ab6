namespace Alignment.Cases;

/// <summary>A data file (case, identity, reply table) that cannot be used; names the file, line and field.</summary>
public sealed class DataFileException(string file, int line, string field, string problem)
    : Exception(TerminalText.Safe($"{file}:{line}: field '{field}': {problem}"))
{
    public string File { get; } = file;
    public int Line { get; } = line;
    public string Field { get; } = field;
    public string Problem { get; } = problem;
}
