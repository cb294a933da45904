package io.ecotrack.ingest;

import io.ecotrack.model.ArticleFetched;
import io.ecotrack.model.EventCodec;
import io.ecotrack.model.Topics;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Publishes articles to {@link Topics#ARTICLES}, keyed by article id so every version of one article
 * lands in one partition, in order. Sends are asynchronous; {@link #flush()} waits for them and reports
 * the first failure.
 */
public final class ArticlePublisher implements ArticleSink {
  private final Producer<String, byte[]> producer;
  private final AtomicReference<Exception> firstFailure = new AtomicReference<>();

  public ArticlePublisher(Producer<String, byte[]> producer) {
    this.producer = producer;
  }

  @Override
  public void publish(ArticleFetched article) {
    producer.send(new ProducerRecord<>(Topics.ARTICLES, article.id(), EventCodec.encode(article)), (meta, e) -> {
      if (e != null) {
        firstFailure.compareAndSet(null, e);
      }
    });
  }

  @Override
  public void flush() {
    producer.flush();
    Exception e = firstFailure.getAndSet(null);
    if (e != null) {
      throw new IllegalStateException("could not publish to " + Topics.ARTICLES + ": " + e.getMessage(), e);
    }
  }
}
