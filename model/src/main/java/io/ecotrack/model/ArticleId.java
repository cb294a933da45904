package io.ecotrack.model;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Article ids: a stable hash of the normalized canonical URL, so the same article reached through two
 * URLs (tracking parameters, a fragment, an upper-case host) gets one id and a re-crawl replaces it.
 */
public final class ArticleId {
  /** Query parameters that identify a campaign or a click, not a page. */
  private static final Set<String> TRACKING_PARAMS = Set.of(
      "fbclid", "gclid", "dclid", "msclkid", "mc_cid", "mc_eid", "yclid", "igshid", "_ga", "_gl", "ref_src", "spm");

  private ArticleId() {}

  /** The article id of {@code canonicalUrl}: 32 hex digits of the SHA-256 of its normalized form. */
  public static String of(String canonicalUrl) {
    return ContentHash.sha256Hex(normalize(canonicalUrl)).substring(0, 32);
  }

  /**
   * Lower-case scheme and host, no default port, no fragment, no tracking parameters ({@code utm_*} and
   * click ids), an empty path as {@code /}. A string that is not a URI is returned trimmed, unchanged.
   */
  public static String normalize(String url) {
    String trimmed = url.trim();
    URI uri;
    try {
      uri = new URI(trimmed);
    } catch (URISyntaxException e) {
      return trimmed;
    }
    if (uri.getScheme() == null || uri.isOpaque()) {
      return trimmed;
    }
    String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
    String host = uri.getHost() == null ? null : uri.getHost().toLowerCase(Locale.ROOT);
    int port = uri.getPort();
    if ((port == 80 && scheme.equals("http")) || (port == 443 && scheme.equals("https"))) {
      port = -1;
    }
    String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
    StringBuilder out = new StringBuilder(scheme).append(':');
    if (host != null || scheme.equals("file")) {
      out.append("//");
      if (uri.getRawUserInfo() != null) {
        out.append(uri.getRawUserInfo()).append('@');
      }
      if (host != null) {
        out.append(host);
      }
      if (port != -1) {
        out.append(':').append(port);
      }
    }
    out.append(path);
    String query = keptQuery(uri.getRawQuery());
    if (!query.isEmpty()) {
      out.append('?').append(query);
    }
    return out.toString();
  }

  private static String keptQuery(String rawQuery) {
    if (rawQuery == null || rawQuery.isEmpty()) {
      return "";
    }
    List<String> kept = new ArrayList<>();
    for (String pair : rawQuery.split("&")) {
      String name = pair.split("=", 2)[0].toLowerCase(Locale.ROOT);
      if (!pair.isEmpty() && !name.startsWith("utm_") && !TRACKING_PARAMS.contains(name)) {
        kept.add(pair);
      }
    }
    return String.join("&", kept);
  }
}
