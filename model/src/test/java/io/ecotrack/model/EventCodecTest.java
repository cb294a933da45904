package io.ecotrack.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventCodecTest {
  static ArticleFetched article() {
    return new ArticleFetched(1, ArticleId.of("https://example.org/a"), "https://example.org/a?utm_source=x",
        "https://example.org/a", "jetro-biznews", "メイヨー・クリニックの新拠点", "メイヨー・クリニックはロチェスターに本社を置く。",
        "ja", OffsetDateTime.parse("2025-12-26T00:00+09:00"), OffsetDateTime.parse("2026-01-02T03:04:05Z"),
        List.of("山田太郎"), null);
  }

  @Test
  void roundTripsArticleFetchedKeepingTheArticlesOwnOffset() {
    ArticleFetched a = article();
    ArticleFetched back = EventCodec.decodeFetched(EventCodec.encode(a));
    assertEquals(a, back);
    assertEquals("+09:00", back.publishedAt().getOffset().getId());
  }

  @Test
  void writesTheFixedFieldNames() throws Exception {
    JsonNode json = EventCodec.mapper().readTree(EventCodec.encode(article()));
    for (String field : List.of("schema", "id", "url", "canonicalUrl", "source", "title", "text", "language",
        "publishedAt", "fetchedAt", "authors", "contentHash")) {
      assertTrue(json.has(field), field);
    }
    assertEquals(1, json.get("schema").asInt());
    assertEquals("2025-12-26T00:00:00+09:00", json.get("publishedAt").asText());
    assertTrue(json.get("contentHash").asText().startsWith("sha256:"));
  }

  @Test
  void roundTripsArticleEnrichedFlatWithEntitiesAndRelations() throws Exception {
    Entity mayo = new Entity("org:mayo-clinic", "Mayo Clinic", EntityType.ORGANIZATION, "HOSPITAL",
        List.of("メイヨー・クリニック", "Mayo Clinic"), List.of(new Mention("メイヨー・クリニック", 0, 10)), 0.93);
    Entity rochester = new Entity("loc:rochester", "Rochester", EntityType.LOCATION, null,
        List.of("ロチェスター"), List.of(new Mention("ロチェスター", 11, 17)), 0.9);
    Relation located = new Relation("org:mayo-clinic", Predicate.LOCATED_IN, "loc:rochester",
        new Evidence("メイヨー・クリニックはロチェスターに本社を置く。", 0, 25), 0.8, null);
    ArticleEnriched e = ArticleEnriched.of(article(), List.of(mayo, rochester), List.of(located), "ecotrack-extract/test");

    byte[] bytes = EventCodec.encode(e);
    assertEquals(e, EventCodec.decodeEnriched(bytes));
    JsonNode json = EventCodec.mapper().readTree(bytes);
    assertEquals("jetro-biznews", json.get("source").asText(), "article fields are flat, not nested");
    assertEquals("HOSPITAL", json.at("/entities/0/subtype").asText());
    assertFalse(json.at("/entities/1").has("subtype"), "absent subtype is left out");
    assertEquals("LOCATED_IN", json.at("/relations/0/predicate").asText());
    assertEquals(25, json.at("/relations/0/evidence/end").asInt());
    assertEquals(article(), EventCodec.decodeEnriched(bytes).article());
  }

  @Test
  void rejectsBytesThatAreNotJson() {
    var e = assertThrows(MalformedEventException.class, () -> EventCodec.decodeFetched("hello".getBytes(StandardCharsets.UTF_8)));
    assertTrue(e.getMessage().startsWith("not JSON"), e.getMessage());
  }

  @Test
  void rejectsInvalidUtf8() {
    byte[] bad = {'{', '"', 'i', 'd', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};
    var e = assertThrows(MalformedEventException.class, () -> EventCodec.decodeFetched(bad));
    assertEquals("not valid UTF-8", e.getMessage());
  }

  @Test
  void rejectsAnotherSchemaVersion() {
    String json = EventCodec.encodeToString(article()).replace("\"schema\":1", "\"schema\":2");
    var e = assertThrows(MalformedEventException.class, () -> EventCodec.decodeFetched(json.getBytes(StandardCharsets.UTF_8)));
    assertEquals("unsupported schema version 2 (expected 1)", e.getMessage());
  }

  @Test
  void rejectsAMissingId() {
    String json = "{\"schema\":1,\"url\":\"https://x.org/\",\"text\":\"t\",\"fetchedAt\":\"2026-01-01T00:00:00Z\"}";
    var e = assertThrows(MalformedEventException.class, () -> EventCodec.decodeFetched(json.getBytes(StandardCharsets.UTF_8)));
    assertEquals("missing required field 'id'", e.getMessage());
  }

  @Test
  void rejectsAnEmptyRecord() {
    assertThrows(MalformedEventException.class, () -> EventCodec.decodeEnriched(new byte[0]));
    assertThrows(MalformedEventException.class, () -> EventCodec.decodeEnriched("null".getBytes(StandardCharsets.UTF_8)));
  }
}
