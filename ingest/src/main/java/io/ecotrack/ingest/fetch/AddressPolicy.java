package io.ecotrack.ingest.fetch;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * Which URLs the crawler may fetch over the network: http and https only, and no private, loopback,
 * link-local, reserved or other internal address unless the source allows it explicitly. A feed must not be
 * able to steer the crawler at internal services (SSRF); a local test site is such an explicit allowance.
 * {@code file:} is refused here on purpose: every URL that comes from fetched content (a redirect, a feed
 * entry, a sitemap or listing link) passes this check, and a local file is read only when the user names it
 * ({@link LocalFiles}).
 */
public final class AddressPolicy {
  private final boolean allowPrivate;

  public AddressPolicy(boolean allowPrivateAddresses) {
    this.allowPrivate = allowPrivateAddresses;
  }

  /** Throws a {@link FetchException} saying why {@code uri} must not be fetched. */
  public void check(URI uri) throws FetchException {
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw new FetchException("bad-scheme", "only http and https URLs are fetched from the web, not " + uri
          + (scheme.equals("file") ? " (name local files on the command line or in a files source)" : ""));
    }
    if (uri.getHost() == null) {
      throw new FetchException("bad-url", "no host in " + uri);
    }
    if (allowPrivate) {
      return;
    }
    try {
      for (InetAddress address : InetAddress.getAllByName(uri.getHost())) {
        if (internal(address)) {
          throw new FetchException("blocked-address", uri.getHost() + " resolves to the internal address "
              + address.getHostAddress() + "; allow it with allowPrivateAddresses: true on the source");
        }
      }
    } catch (UnknownHostException e) {
      throw new FetchException("dns", "unknown host " + uri.getHost(), true, 0);
    }
  }

  static boolean internal(InetAddress a) {
    if (a.isLoopbackAddress() || a.isSiteLocalAddress() || a.isLinkLocalAddress() || a.isAnyLocalAddress()
        || a.isMulticastAddress()) {
      return true;
    }
    byte[] b = a.getAddress();
    if (b.length == 4) {
      return reservedIpv4(b[0] & 0xff, b[1] & 0xff, b[2] & 0xff);
    }
    if (isIpv4Mapped(b)) {
      return reservedIpv4(b[12] & 0xff, b[13] & 0xff, b[14] & 0xff); // ::ffff:10.0.0.1
    }
    return (b[0] & 0xfe) == 0xfc; // IPv6 unique local fc00::/7
  }

  /** The IANA special-purpose IPv4 ranges that are not on the public internet (RFC 6890). */
  private static boolean reservedIpv4(int first, int second, int third) {
    return first == 0 // "this network"
        || (first == 100 && second >= 64 && second <= 127) // carrier-grade NAT
        || (first == 169 && second == 254) // link-local
        || (first == 192 && second == 0 && third == 0) // IETF protocol assignments 192.0.0.0/24
        || (first == 198 && (second == 18 || second == 19)) // benchmarking 198.18.0.0/15
        || first >= 240; // reserved 240.0.0.0/4, and the broadcast address 255.255.255.255
  }

  private static boolean isIpv4Mapped(byte[] b) {
    for (int i = 0; i < 10; i++) {
      if (b[i] != 0) {
        return false;
      }
    }
    return (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
  }
}
