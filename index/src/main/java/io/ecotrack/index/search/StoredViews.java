package io.ecotrack.index.search;

import static io.ecotrack.index.store.IndexSchema.*;

import io.ecotrack.index.search.Results.RelationView;
import java.time.Instant;
import org.apache.lucene.document.Document;

/** The views of stored documents the search answers with. */
final class StoredViews {
  private StoredViews() {}

  /** The relation a relation document holds. */
  static RelationView relation(Document d) {
    return new RelationView(d.get(SUBJECT), d.get("subject_name"), d.get(PREDICATE), d.get(OBJECT), d.get("object_name"),
        d.get(ROLE), d.getField(CONFIDENCE).numericValue().doubleValue(), d.get(EVIDENCE), d.get(ARTICLE_ID), d.get(URL), date(d),
        d.get(INFERRED) != null);
  }

  /** The day a document was published, or null when unknown. */
  static String date(Document d) {
    return day(Long.parseLong(d.get(PUBLISHED)));
  }

  /** The day of {@code millis} (UTC), or null for the ends of time. */
  static String day(long millis) {
    return millis == Long.MAX_VALUE || millis == Long.MIN_VALUE ? null : Instant.ofEpochMilli(millis).toString().substring(0, 10);
  }
}
