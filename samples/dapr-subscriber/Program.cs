using Kino.Samples.DaprSubscriber;

// Run beside a Dapr sidecar that loads ./components:
//   dapr run --app-id kino-sample --app-port 5080 --resources-path ./components -- dotnet run --urls http://127.0.0.1:5080
var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();
app.MapSubscribeHandler();   // GET /dapr/subscribe: tells the sidecar about the [Topic] endpoints
app.MapKinoEvents(builder.Configuration["RoutingKey"] ?? "dev.kino.video.#");
app.Run();
