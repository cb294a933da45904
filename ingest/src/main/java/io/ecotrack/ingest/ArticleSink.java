package io.ecotrack.ingest;

import io.ecotrack.model.ArticleFetched;

/** Where the crawler puts the articles it finds: the {@code ecotrack.articles} topic, or a list in a test. */
public interface ArticleSink {
  void publish(ArticleFetched article);

  /** Returns once everything published so far is stored. */
  default void flush() {}
}
