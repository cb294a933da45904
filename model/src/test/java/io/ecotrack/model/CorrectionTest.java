package io.ecotrack.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ecotrack.model.Correction.Kind;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CorrectionTest {
  static final OffsetDateTime AT = OffsetDateTime.parse("2026-11-30T09:00:00Z");

  @Test
  void roundTripsWithTheKindAsTheCliWritesIt() {
    Correction c = new Correction(1, Kind.ALIAS_ADD, "ノースブリッジ", "org:northbridge", "Northbridge", AT);
    String json = EventCodec.encodeToString(c);
    assertTrue(json.contains("\"kind\":\"alias-add\""), json);
    assertEquals(c, EventCodec.decodeCorrection(json.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void aSuppressionNamesNoEntity() {
    Correction c = new Correction(1, Kind.SUPPRESS, "  Ecosystem ", "org:ignored", "Ignored", AT);
    assertEquals("Ecosystem", c.name());
    assertNull(c.entity());
    assertEquals("suppress:ecosystem", c.key("ecosystem"));
  }

  @Test
  void addingAndRemovingOnePairShareAKeySoTheLaterReplacesTheEarlier() {
    Correction add = new Correction(1, Kind.ALIAS_ADD, "NB", "org:northbridge", null, AT);
    Correction remove = new Correction(1, Kind.ALIAS_REMOVE, "NB", "org:northbridge", null, AT.plusHours(1));
    assertEquals(add.key("nb"), remove.key("nb"));
    assertEquals("org:northbridge", add.entityName()); // no name given: the id stands for it
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      an unknown kind              | {"schema":1,"kind":"merge","name":"x","at":"2026-11-30T09:00:00Z"}                          | merge
      no name                      | {"schema":1,"kind":"suppress","at":"2026-11-30T09:00:00Z"}                                   | missing required field 'name'
      a blank name                 | {"schema":1,"kind":"suppress","name":"  ","at":"2026-11-30T09:00:00Z"}                       | missing required field 'name'
      an alias without its entity  | {"schema":1,"kind":"alias-add","name":"x","at":"2026-11-30T09:00:00Z"}                       | missing required field 'entity'
      an entity that is no id      | {"schema":1,"kind":"alias-add","name":"x","entity":"Northbridge","at":"2026-11-30T09:00:00Z"} | is no canonical id
      a control character          | {"schema":1,"kind":"suppress","name":"a\\u0000b","at":"2026-11-30T09:00:00Z"}                 | control character
      no time                      | {"schema":1,"kind":"suppress","name":"x"}                                                    | missing required field 'at'
      a later schema               | {"schema":2,"kind":"suppress","name":"x","at":"2026-11-30T09:00:00Z"}                        | unsupported schema version 2
      """)
  void aBadCorrectionIsRefusedWithItsReason(String what, String json, String reason) {
    MalformedEventException e = assertThrows(MalformedEventException.class,
        () -> EventCodec.decodeCorrection(json.getBytes(StandardCharsets.UTF_8)));
    assertTrue(e.getMessage().contains(reason), what + ": " + e.getMessage());
  }

  @Test
  void aNameLongerThanAnyOrganizationsIsRefused() {
    assertThrows(MalformedEventException.class, () -> new Correction(1, Kind.SUPPRESS, "x".repeat(201), null, null, AT));
  }
}
