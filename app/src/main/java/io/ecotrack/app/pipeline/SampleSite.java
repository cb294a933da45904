package io.ecotrack.app.pipeline;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Serves a folder of sample pages (the bundled {@code examples/site}) on a free loopback port, so the demo
 * crawls a real HTTP site, robots.txt and feed included, with no network.
 */
public final class SampleSite implements AutoCloseable {
  private final HttpServer server;

  public SampleSite(Path root) throws IOException {
    Path base = root.toAbsolutePath().normalize();
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", exchange -> {
      Path file = base.resolve(exchange.getRequestURI().getPath().substring(1)).normalize();
      if (Files.isDirectory(file)) {
        file = file.resolve("index.html");
      }
      if (!file.startsWith(base) || !Files.isRegularFile(file)) {
        exchange.sendResponseHeaders(404, -1);
        exchange.close();
        return;
      }
      byte[] body = Files.readAllBytes(file);
      String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
      exchange.getResponseHeaders().set("Content-Type", name.endsWith(".xml") ? "application/rss+xml; charset=utf-8"
          : name.endsWith(".txt") ? "text/plain; charset=utf-8" : "text/html; charset=utf-8");
      exchange.sendResponseHeaders(200, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    });
    server.start();
  }

  public String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
