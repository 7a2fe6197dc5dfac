using System.Text.Json;

namespace Kino.Gateway.Api;

/// <summary>Errors in OpenAI's shape: <c>{"error":{"message","type","param","code"}}</c>.</summary>
public sealed class ApiError(int status, string message, string? code = null, string? param = null) : Exception(message)
{
    public int Status { get; } = status;
    public string? Code { get; } = code;
    public string? Param { get; } = param;
    public int? RetryAfterSeconds { get; init; }

    public string Type => Status switch
    {
        401 => "authentication_error",
        403 => "permission_error",
        429 => "rate_limit_error",
        >= 500 => "server_error",
        _ => "invalid_request_error",
    };

    public static ApiError BadRequest(string message, string? param = null, string code = "invalid_value") => new(400, message, code, param);
    public static ApiError NotFound(string what) => new(404, $"No {what} found with that id.", "not_found");
    public static ApiError Conflict(string message, string code) => new(409, message, code);

    public async Task WriteAsync(HttpResponse response)
    {
        response.StatusCode = Status;
        if (RetryAfterSeconds is { } retry) response.Headers.RetryAfter = retry.ToString(System.Globalization.CultureInfo.InvariantCulture);
        response.ContentType = "application/json";
        await response.WriteAsync(JsonSerializer.Serialize(new { error = new { message = Message, type = Type, param = Param, code = Code } }));
    }

    public IResult ToResult() => new ErrorResult(this);

    private sealed class ErrorResult(ApiError error) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext) => error.WriteAsync(httpContext.Response);
    }
}
