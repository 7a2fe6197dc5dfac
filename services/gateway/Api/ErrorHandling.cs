namespace Kino.Gateway.Api;

/// <summary>Turns every failure on the public API into OpenAI's error shape; bad input never becomes a 500.</summary>
public sealed class ErrorHandlingMiddleware(RequestDelegate next, ILogger<ErrorHandlingMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context);
        }
        catch (ApiError e) when (!context.Response.HasStarted)
        {
            await e.WriteAsync(context.Response);
        }
        catch (BadHttpRequestException e) when (!context.Response.HasStarted)
        {
            var error = e.StatusCode == StatusCodes.Status413PayloadTooLarge
                ? new ApiError(413, "The request body is larger than this server accepts.", "request_too_large")
                : new ApiError(e.StatusCode, $"Malformed request: {e.Message}", "invalid_request");
            await error.WriteAsync(context.Response);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The client went away.
        }
        catch (Exception e) when (!context.Response.HasStarted)
        {
            logger.LogError(e, "Unhandled error on {Method} {Path}", context.Request.Method, context.Request.Path);
            await new ApiError(500, "The server had an error while processing your request.", "server_error").WriteAsync(context.Response);
        }
    }
}
