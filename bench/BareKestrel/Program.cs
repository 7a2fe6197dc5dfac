// The ceiling for the intake benchmark: a Kestrel POST handler that reads the body and answers a small JSON document.
var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.ClearProviders();
var app = builder.Build();
app.MapPost("/v1/videos", async (HttpRequest request) =>
{
    using var reader = new StreamReader(request.Body);
    var body = await reader.ReadToEndAsync();
    return Results.Text($"{{\"object\":\"video\",\"length\":{body.Length}}}", "application/json");
});
app.Run();
