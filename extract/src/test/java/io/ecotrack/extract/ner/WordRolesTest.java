package io.ecotrack.extract.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ecotrack.model.EntityType;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WordRolesTest {
  private static final Map<String, Boolean> ROLES = Map.of("suffix", true, "title", false, "kind", true);

  private static WordRoles read(String text) throws IOException {
    return WordRoles.read("test.tsv", new BufferedReader(new StringReader(text)), ROLES);
  }

  @Test
  void readsEachWordWithItsRolesAndValues() throws IOException {
    WordRoles words = read("# a comment\n大学\tsuffix=UNIVERSITY\n\n氏\ttitle\n企業\tkind=ORGANIZATION suffix=COMPANY\n");
    assertEquals(Map.of("大学", "UNIVERSITY", "企業", "COMPANY"), words.values("suffix"));
    assertEquals(Set.of("氏"), words.words("title"));
    assertEquals(Map.of("企業", EntityType.ORGANIZATION), words.types("kind"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      unknown role            | 大学\\tsuffx=UNIVERSITY   | line 1: unknown role 'suffx'
      word listed twice       | 氏\\ttitle\\n氏\\ttitle      | line 2: '氏' is already listed on line 1
      value missing           | 大学\\tsuffix             | line 1: role 'suffix' needs a value
      value where none is     | 氏\\ttitle=X              | line 1: role 'title' takes no value
      role given twice        | 氏\\ttitle title          | line 1: role 'title' given twice
      no tab                  | 大学 suffix=UNIVERSITY    | line 1: expected a word, a tab and its roles
      """)
  void aMistakeInTheFileStopsTheLoadWithItsLine(String what, String text, String message) {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> read(text.replace("\\t", "\t").replace("\\n", "\n")));
    assertTrue(e.getMessage().startsWith("test.tsv " + message), e.getMessage());
  }

  @Test
  void aValueThatIsNoEntityTypeFailsWhenTyped() throws IOException {
    WordRoles words = read("企業\tkind=COMPANY\n");
    assertThrows(IllegalStateException.class, () -> words.types("kind"));
  }

  @Test
  void theShippedListsLoadWithTheirRoles() {
    assertEquals("UNIVERSITY", JapaneseNameWords.ORG_SUFFIXES.get("大学"));
    assertTrue(JapaneseNameWords.PERSON_TITLES.contains("氏"));
    assertEquals(EntityType.ORGANIZATION, JapaneseNameWords.LIST_KINDS.get("大手"));
    assertEquals("HOSPITAL", EnglishEntityTagger.ORG_SUFFIXES.get("clinic"));
    assertTrue(EnglishEntityTagger.TITLES.contains("ceo"));
  }
}
