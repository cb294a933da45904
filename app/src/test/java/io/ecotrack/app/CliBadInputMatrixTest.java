package io.ecotrack.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ecotrack.app.cli.Main;
import io.ecotrack.index.store.EcosystemIndex;
import io.ecotrack.model.ArticleEnriched;
import io.ecotrack.model.ArticleFetched;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every command given bad input: exit code 2 and one line on stderr that says what is wrong. */
class CliBadInputMatrixTest {
  @TempDir static Path tmp;

  @BeforeAll
  static void anIndexAndSomeFiles() throws Exception {
    ArticleFetched a = new ArticleFetched(1, "a1", "https://example.org/a1", null, "test", "t", "Mayo Clinic news", "en",
        null, OffsetDateTime.parse("2025-12-01T00:00:00Z"), List.of(), null);
    try (EcosystemIndex index = EcosystemIndex.open(tmp.resolve("data").resolve("index"))) {
      index.upsert(ArticleEnriched.of(a, List.of(), List.of(), "t"));
      index.commit(Map.of());
    }
    Files.writeString(tmp.resolve("bad-sources.yaml"), "sources:\n  - name: x\n    type: feed\n    url: ftp://example.org/\n");
    Files.writeString(tmp.resolve("not-yaml.yaml"), "sources: [\n");
    Files.writeString(tmp.resolve("unknown-key.yaml"), "sources:\n  - name: x\n    type: url\n    url: https://example.org/\n    colour: red\n");
    Files.writeString(tmp.resolve("bad.jsonl"), "{\"id\": \"x\"}\n");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      search with an unbalanced query        | search "(Mayo                              | cannot parse query
      search with an unknown type            | search Mayo --type COMPANY                 | unknown type 'COMPANY'; valid: [ORGANIZATION, PERSON, LOCATION, FACILITY]
      search with a bad date                 | search Mayo --since yesterday              | --since 'yesterday' is not a date
      search with a bad format               | search Mayo --format xml                   | unknown --format 'xml'
      search with a non-number limit         | search Mayo --limit many                   | Invalid value for option '--limit'
      entity that is unknown                 | entity Nobody                              | no entity named 'Nobody'
      ecosystem with an unknown type         | ecosystem --type PLANET                    | unknown type 'PLANET'
      ecosystem with a bad format            | ecosystem --format pdf                     | unknown --format 'pdf'
      relations with an unknown predicate    | relations --predicate LIKES                | unknown predicate 'LIKES'; valid: [LOCATED_IN
      relations above certainty              | relations --min-confidence 2               | a minimum confidence is between 0 and 1, not 2.0
      relations with unknown evidence        | relations --evidence some                  | --evidence is best or all, not 'some'
      changes without a period               | changes                                    | Missing required option: '--since=7d|DATE'
      changes with a bad period              | changes --since someday                    | --since 'someday' is not a date
      changes with a bad format              | changes --since 7d --format pdf            | unknown --format 'pdf'; valid: [table, json, md]
      export without --out                   | export --format csv                        | Missing required option: '--out=PATH'
      export as a table                      | export --out x.txt                         | export needs --format graphml, json, csv or html
      stats with a bad format                | stats --format yaml                        | unknown --format 'yaml'
      extract of a missing file              | extract nope.html                          | no such file: nope.html
      extract with a bad format              | extract --format csv x.html                | unknown --format 'csv'
      extract of a JSONL line without text   | extract BAD_JSONL                          | no "text" field
      crawl without --once or --every        | crawl                                      | give exactly one of --once or --every DURATION
      crawl with a bad duration              | crawl --every soon                         | --every 'soon' is not a duration
      crawl with a missing sources file      | crawl --once --sources none.yaml           | sources file none.yaml does not exist
      crawl with a forbidden scheme          | crawl --once --sources BAD_SOURCES         | only http, https and file URLs are allowed
      crawl with a broken YAML file          | crawl --once --sources NOT_YAML            | not-yaml.yaml
      crawl with an unknown key              | crawl --once --sources UNKNOWN_KEY         | unknown key 'colour'
      run with a bad duration                | run --every never                          | --every 'never' is not a duration
      add of a missing file                  | add nope.html                              | no such file: nope.html
      add of an ftp URL                      | add ftp://example.org/x                    | only http, https and file URLs are allowed
      worker of an unknown stage             | worker crawl                               | unknown stage 'crawl'; expected extract or index
      an unknown command                     | frobnicate                                 | Unmatched argument at index
      an unknown flag                        | reindex --force                            | Unknown option: '--force'
      demo without its sample site           | demo --site nowhere                        | no sample site at nowhere
      search nested 6,000 deep               | search DEEP_QUERY                          | query nested 6000 levels deep; at most 64
      search a phrase in a field w/o positions | search url:"https://example.org/a1"      | phrases work in the title and text fields
      search with a zero limit               | search Mayo --limit 0                      | --limit must be at least 1, not 0
      search with a negative limit           | search Mayo --limit -5                     | --limit must be at least 1, not -5
      ecosystem with a zero limit            | ecosystem --limit 0                        | --limit must be at least 1, not 0
      crawl every ten trillion days          | crawl --every 9999999999999d               | is longer than the longest allowed, 3650d
      crawl every zero seconds               | crawl --every 0s                           | --every '0s' is shorter than a second
      run every zero seconds                 | run --every 0s                             | --every '0s' is shorter than a second
      export into a missing folder           | export --format html --out MISSING_DIR     | no such folder:
      a usage error names --help             | search Mayo --limit many                   | (see 'ecotrack search --help')
      alias without add or remove            | alias                                      | give add or remove (see 'ecotrack alias --help')
      alias add without --to                 | alias add Mayo                             | Missing required option: '--to=ENTITY'
      alias add to an unknown entity         | alias add Mayo --to Nobody                 | no entity named 'Nobody'
      alias remove from an unknown entity    | alias remove Mayo --from Nobody            | no entity named 'Nobody'
      suppress of a name of 201 characters   | suppress LONG_NAME                         | NAME is longer than 200 characters
      curation without list                  | curation                                   | give list
      curation list with a bad format        | curation list --format xml                 | unknown --format 'xml'
      """)
  void exitsTwoWithOneLine(String name, String args, String message) {
    List<String> argv = new ArrayList<>(List.of("--data-dir", tmp.resolve("data").toString(), "--bootstrap-servers", "127.0.0.1:1"));
    for (String a : args.trim().split(" ")) {
      argv.add(a.replace("BAD_JSONL", tmp.resolve("bad.jsonl").toString())
          .replace("BAD_SOURCES", tmp.resolve("bad-sources.yaml").toString())
          .replace("NOT_YAML", tmp.resolve("not-yaml.yaml").toString())
          .replace("UNKNOWN_KEY", tmp.resolve("unknown-key.yaml").toString())
          .replace("MISSING_DIR", tmp.resolve("nonexistent").resolve("dir").resolve("map.html").toString())
          .replace("LONG_NAME", "x".repeat(201))
          .replace("DEEP_QUERY", "(".repeat(6000) + "Mayo" + ")".repeat(6000)));
    }
    StringWriter err = new StringWriter();
    int code = Main.run(argv.toArray(String[]::new), new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));
    String first = err.toString().lines().findFirst().orElse("");
    assertEquals(2, code, name + ": " + err);
    assertTrue(first.startsWith("ecotrack: "), first);
    assertTrue(first.contains(message), name + ": " + first);
    assertTrue(!err.toString().contains("\tat "), "no stack trace: " + err);
    assertEquals(1, err.toString().lines().count(), "one line, not the usage: " + err);
    assertTrue(!Files.exists(tmp.resolve("nonexistent")), "no folder made that the user did not ask for");
  }

  @org.junit.jupiter.api.Test
  void extractOfBrokenJsonlReportsTheBadLinesAndStillEmitsTheGoodOnes() throws Exception {
    Path mixed = tmp.resolve("mixed.jsonl");
    Files.writeString(mixed, """
        {"id": "one", "text": "Acme Corp opened a plant in Ohio.", "language": "en"}
        {"id": "two", "text": "trun
        {"id": "three", "text": "Globex Inc hired engineers.", "language": "en"}
        [1, 2]
        """);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new String[] {"extract", mixed.toString()}, new PrintWriter(out, true), new PrintWriter(err, true));
    assertEquals(2, code, err.toString());
    List<String> ids = out.toString().lines().map(l -> l.replaceAll(".*?\"id\":\"([^\"]+)\".*", "$1")).toList();
    assertEquals(List.of("one", "three"), ids);
    assertEquals(List.of("ecotrack: " + mixed + ":2: not a JSON object; line skipped",
        "ecotrack: " + mixed + ":4: not a JSON object; line skipped"), err.toString().lines().toList());
  }
}
