using Alignment.Checks;
using Microsoft.Extensions.Configuration;

namespace Alignment.Configuration;

/// <summary>alignment.json, then user-secrets, then environment variables, then the command line: later wins.</summary>
public static class AlignmentConfiguration
{
    public const string UserSecretsId = "alignment-tests";

    public static IConfiguration Build(string root, string[]? commandLine = null)
    {
        var builder = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(root, RepoPaths.ConfigFileName), optional: false, reloadOnChange: false)
            .AddUserSecrets(UserSecretsId)
            .AddEnvironmentVariables();
        if (commandLine is { Length: > 0 })
        {
            builder.AddCommandLine(commandLine);
        }

        return builder.Build();
    }

    public static AlignmentSettings Settings(IConfiguration configuration) =>
        configuration.GetSection(AlignmentSettings.Section).Get<AlignmentSettings>() ?? new AlignmentSettings();
}
