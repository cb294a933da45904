package io.ecotrack.ingest.fetch;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * Which URLs the crawler may fetch: http, https and file only, and no private, loopback, link-local or
 * other internal address unless the source allows it explicitly. A feed must not be able to steer the
 * crawler at internal services (SSRF); a local test site is such an explicit allowance.
 */
public final class AddressPolicy {
  private final boolean allowPrivate;

  public AddressPolicy(boolean allowPrivateAddresses) {
    this.allowPrivate = allowPrivateAddresses;
  }

  /** Throws a {@link FetchException} saying why {@code uri} must not be fetched. */
  public void check(URI uri) throws FetchException {
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (scheme.equals("file")) {
      return;
    }
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw new FetchException("bad-scheme", "only http, https and file URLs are fetched: " + uri);
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
      int first = b[0] & 0xff;
      int second = b[1] & 0xff;
      return first == 0 || (first == 100 && second >= 64 && second <= 127) // carrier-grade NAT
          || (first == 169 && second == 254);
    }
    return (b[0] & 0xfe) == 0xfc; // IPv6 unique local fc00::/7
  }
}
