using Microsoft.Extensions.FileProviders;

namespace Kino.Gateway.Web;

/// <summary>
/// Serves the web app (built by Vite from services/gateway/web into webapp/, copied beside the binaries) at "/":
/// everything bundled, nothing from a CDN. The app routes by URL hash, so "/" and its hashed assets are all it needs.
/// A build without the app (no npm at build time) answers "/" with a plain note instead.
/// </summary>
public static class WebApp
{
    public static void Serve(WebApplication app)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "webapp");
        if (!File.Exists(Path.Combine(folder, "index.html")))
        {
            app.MapGet("/", () => Results.Text("Kino's API is at /v1. The web app was not built (./kino build builds it with npm).", "text/plain"));
            return;
        }
        var files = new PhysicalFileProvider(folder);
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = files,
            // Assets carry a content hash in their names: cache them for good; index.html is always revalidated.
            OnPrepareResponse = context => context.Context.Response.Headers.CacheControl =
                context.File.Name == "index.html" ? "no-cache" : "public, max-age=31536000, immutable",
        });
    }
}
