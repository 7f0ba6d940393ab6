namespace Alignment.Bench;

/// <summary>One benchmark; prints its results as Markdown so they can go into bench/README.md as they are.</summary>
public interface IBenchmark
{
    string Name { get; }

    Task RunAsync(string[] args);
}
