package io.ecotrack.ingest.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.InetAddress;
import java.net.URI;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which addresses the crawler may reach from fetched content, one row per kind of address. */
class AddressPolicyTest {
  @ParameterizedTest(name = "{0} internal: {1}")
  @CsvSource(delimiter = '|', textBlock = """
      127.0.0.1       | true
      10.1.2.3        | true
      172.16.0.1      | true
      192.168.1.1     | true
      169.254.169.254 | true
      100.64.0.1      | true
      0.0.0.0         | true
      192.0.0.8       | true
      198.18.0.1      | true
      198.19.255.254  | true
      240.0.0.1       | true
      255.255.255.255 | true
      224.0.0.1       | true
      ::1             | true
      fd00::1         | true
      fe80::1         | true
      8.8.8.8         | false
      192.0.2.1       | false
      198.20.0.1      | false
      2001:4860::8888 | false
      """)
  void tellsInternalAddressesFromPublicOnes(String address, boolean internal) throws Exception {
    assertEquals(internal, AddressPolicy.internal(InetAddress.getByName(address)));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      file:///etc/passwd                 | bad-scheme
      ftp://example.org/x                | bad-scheme
      jar:file:///tmp/x.jar!/a.html      | bad-scheme
      gopher://example.org/              | bad-scheme
      http://198.18.0.5/                 | blocked-address
      http://255.255.255.255/            | blocked-address
      """)
  void refusesWhatFetchedContentMustNotReach(String url, String reason) {
    FetchException e = assertThrows(FetchException.class, () -> new AddressPolicy(false).check(URI.create(url)));
    assertEquals(reason, e.reason());
  }
}
