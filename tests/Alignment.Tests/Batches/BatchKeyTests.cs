using System.Text.Json;
using Alignment.Batches;
using FluentAssertions;

namespace Alignment.Tests.Batches;

/// <summary>Keys are held as 32 bytes but read and written as exactly the text they came as.</summary>
public sealed class BatchKeyTests
{
    private const string Key = "00ff0123456789abcdef0123456789abcdef0123456789abcdef0123456789ab";

    [Fact]
    public void A_key_reads_back_as_the_same_text()
    {
        BatchKey.Parse(Key).ToString().Should().Be(Key);
        BatchKey.Parse(Key).Should().NotBe(BatchKey.Parse(Key[..^1] + "c"));
    }

    [Theory]
    [InlineData("00FF0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF0123456789AB")] // would come back lowercase
    [InlineData("request-1")] // another's custom id
    [InlineData(Key + "0")]
    public void Text_that_is_not_a_key_is_not_one(string text) =>
        BatchKey.TryParse(text, out _).Should().BeFalse();

    [Fact]
    public void A_record_writes_its_keys_as_text()
    {
        var record = new BatchRecord { Id = "1", Target = "t", Wire = "openai", Keys = [Key] };
        var json = JsonSerializer.Serialize(record);
        json.Should().Contain($"\"Keys\":[\"{Key}\"]");
        JsonSerializer.Deserialize<BatchRecord>(json)!.Keys.Should().Equal(Key);
    }
}
