package io.ecotrack.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ecotrack.index.search.Results.EntitySummary;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class DisplayWidthTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Latin letters                 | Medtronic           | 9
      kanji and kana take two each  | 富士フイルム          | 12
      half-width katakana take one  | ｴｺｼｽﾃﾑ              | 6
      full-width Latin takes two    | ＵＷ                | 4
      a combining mark takes none   | Cafe\u0301          | 4
      mixed                         | UW–Madison大学       | 14
      """)
  void countsTheColumnsATerminalGivesText(String what, String text, int columns) {
    assertEquals(columns, DisplayWidth.of(text), what);
  }

  @ParameterizedTest(name = "{0} in {1} columns")
  @CsvSource(delimiter = '|', textBlock = """
      メドテック・アクセラレーター | 10 | メドテッ…
      Medical Alley Association    | 10 | Medical A…
      富士フイルム                 | 12 | 富士フイルム
      富士フイルム                 | 11 | 富士フイル…
      富士フイルム                 | 10 | 富士フイ…
      """)
  void cutsByColumnsWithAnEllipsis(String text, int columns, String cut) {
    assertEquals(cut, DisplayWidth.clip(text, columns));
    assertEquals(true, DisplayWidth.of(DisplayWidth.clip(text, columns)) <= columns);
  }

  @Test
  void theEcosystemTableLinesUpRowsOfJapaneseAndEnglishNames() {
    List<EntitySummary> rows = List.of(
        new EntitySummary("org:a", "Mayo Clinic", "ORGANIZATION", "HOSPITAL", 3, 5, List.of()),
        new EntitySummary("org:b", "富士フイルム", "ORGANIZATION", null, 2, 2, List.of("Mayo Clinic")),
        new EntitySummary("org:c", "ｴｺｼｽﾃﾑ", "ORGANIZATION", null, 1, 1, List.of()),
        new EntitySummary("org:d", "メドテック・アクセラレーター・プログラム・オブ・ミネソタ", "ORGANIZATION", null, 1, 1, List.of()));
    StringWriter out = new StringWriter();
    ViewCommands.printEcosystem(new PrintWriter(out, true), rows, "table");
    List<String> lines = out.toString().lines().filter(l -> l.contains("article")).toList();
    assertEquals(4, lines.size(), out.toString());
    for (String line : lines) {
      int at = line.indexOf(" article");
      assertEquals(2 + 40 + 1 + 3, DisplayWidth.of(line.substring(0, at)), "the count ends in one column: " + out);
    }
  }
}
