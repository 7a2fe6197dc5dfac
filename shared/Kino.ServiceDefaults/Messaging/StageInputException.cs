namespace Kino.ServiceDefaults.Messaging;

/// <summary>The stage cannot process this input (not a transient fault): the job fails with this code at once.</summary>
public sealed class StageInputException(string code, string message) : Exception(message)
{
    public string Code { get; } = code;
}
