using Kino.Gateway;
using Kino.ServiceDefaults.Hosting;

KinoHost.Run(args, new GatewayModule());
