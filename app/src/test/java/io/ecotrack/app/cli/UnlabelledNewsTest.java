package io.ecotrack.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The unlabelled English news is read as the plain texts of its stories, in the same order every time. */
class UnlabelledNewsTest {
  @TempDir Path news;

  @Test
  void readsReutersTitlesAndBodiesThenBbcArticles() throws Exception {
    Path reuters = Files.createDirectories(news.resolve("en-reuters21578"));
    Files.writeString(reuters.resolve("reut2-000.sgm"), """
        <REUTERS><TEXT>&#2;
        <TITLE>NORTHFIELD &lt;NFL> TO BUY MILL</TITLE>
        <BODY>Northfield Labs Inc said it
        would buy a flour mill in Fargo.
            The price was not disclosed.
         Reuter
        &#3;</BODY></TEXT></REUTERS>
        """, StandardCharsets.ISO_8859_1);
    Path bbc = Files.createDirectories(news.resolve("en-bbc").resolve("business"));
    Files.writeString(bbc.resolve("002.txt"), "Second story\n\nBody two.\n", StandardCharsets.ISO_8859_1);
    Files.writeString(bbc.resolve("001.txt"), "First story\n\nBody one.\n", StandardCharsets.ISO_8859_1);

    List<String> texts = UnlabelledNews.english(news);

    assertEquals(4, texts.size(), texts.toString());
    assertEquals("NORTHFIELD <NFL> TO BUY MILL", texts.get(0));
    assertEquals("Northfield Labs Inc said it would buy a flour mill in Fargo.\nThe price was not disclosed.\nReuter  ",
        texts.get(1));
    assertEquals("First story\n\nBody one.\n", texts.get(2));
  }

  @Test
  void readsLivedoorTitlesAndBodiesWithoutTheirAddressAndDate() throws Exception {
    Path livedoor = Files.createDirectories(news.resolve("ja-livedoor").resolve("it-life-hack"));
    Files.writeString(livedoor.resolve("LICENSE.txt"), "not an article\n");
    Files.writeString(livedoor.resolve("it-life-hack-2.txt"), "http://example.test/2/\n2012-01-02T10:00:00+0900\n二つ目\n本文二。\n");
    Files.writeString(livedoor.resolve("it-life-hack-1.txt"), "http://example.test/1/\n2012-01-01T10:00:00+0900\n北野精機が新工場\n本文一。\n");

    assertEquals(List.of("北野精機が新工場\n本文一。", "二つ目\n本文二。"), UnlabelledNews.of("ja", news));
    assertEquals(List.of(), UnlabelledNews.of("en", news));
  }

  @Test
  void aFolderWithoutEnglishNewsGivesNoTexts() throws Exception {
    assertEquals(List.of(), UnlabelledNews.english(news));
  }
}
