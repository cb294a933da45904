package io.ecotrack.ingest.fetch;

import java.nio.charset.Charset;

/**
 * What a fetch brought back.
 *
 * @param url the final URL, after redirects
 * @param status HTTP status (200 for a file)
 * @param charset the charset the server declared, or null to let the parser detect it
 * @param body the decompressed body; empty for 304
 * @param etag validator for the next conditional GET, or null
 * @param lastModified validator for the next conditional GET, or null
 */
public record FetchResult(String url, int status, String contentType, Charset charset, byte[] body, String etag,
    String lastModified) {

  public boolean notModified() {
    return status == 304;
  }
}
