namespace AlignmentTests;

/// <summary>Trait names users filter on: dotnet test -- --filter-trait "Language=ja".</summary>
public static class Traits
{
    public const string Language = "Language";
    public const string Case = "Case";
    public const string Check = "Check";
    public const string Target = "Target";
}
