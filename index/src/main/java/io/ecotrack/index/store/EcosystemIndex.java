package io.ecotrack.index.store;

import io.ecotrack.model.ArticleEnriched;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.common.TopicPartition;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * The writable ecosystem index: upserts articles (all of an article's documents replaced atomically by
 * its id) and commits them together with the Kafka offsets they came from, in the commit's user data.
 * After a crash the index holds exactly what its last commit says was consumed, so the indexer resumes
 * from there: nothing lost, nothing doubled. Near-real-time readers come from a {@link SearcherManager}.
 */
public final class EcosystemIndex implements Closeable {
  private final Path dir;
  private final Directory directory;
  private final IndexWriter writer;
  private final SearcherManager searchers;

  private EcosystemIndex(Path dir, Directory directory, IndexWriter writer) throws IOException {
    this.dir = dir;
    this.directory = directory;
    this.writer = writer;
    this.searchers = new SearcherManager(writer, null);
  }

  /** Opens (creating if needed) the index in {@code dir} for writing; one writer per index. */
  public static EcosystemIndex open(Path dir) {
    try {
      Files.createDirectories(dir);
      Directory directory = FSDirectory.open(dir);
      IndexWriterConfig config = new IndexWriterConfig(IndexSchema.analyzer())
          .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
          .setRAMBufferSizeMB(64);
      try {
        return new EcosystemIndex(dir, directory, new IndexWriter(directory, config));
      } catch (LockObtainFailedException e) {
        directory.close();
        throw new IndexUnavailableException("the index at " + dir + " is in use by another ecotrack process "
            + "(an index worker or a run); stop it first, or only read it (search, entity, ecosystem)", e);
      }
    } catch (IOException e) {
      throw new IndexUnavailableException("cannot open the index at " + dir + " (" + e.getClass().getSimpleName() + "); "
          + IndexHealth.REPAIR, e);
    }
  }

  /** Replaces every document of {@code article} (article, mentions, relations) in one atomic update. */
  public void upsert(ArticleEnriched article) throws IOException {
    List<Document> docs = ArticleDocuments.of(article);
    writer.updateDocuments(new Term(IndexSchema.ARTICLE_ID, article.id()), docs);
  }

  /** Durably commits everything added so far together with the consumed {@code offsets} (next to read). */
  public void commit(Map<TopicPartition, Long> offsets) throws IOException {
    Map<TopicPartition, Long> all = new HashMap<>(committedOffsets());
    all.putAll(offsets);
    writer.setLiveCommitData(Map.of(IndexSchema.OFFSETS, encode(all)).entrySet());
    writer.commit();
  }

  /** The offsets stored in the last commit: where to resume reading. */
  public Map<TopicPartition, Long> committedOffsets() {
    Iterable<Map.Entry<String, String>> data = writer.getLiveCommitData();
    if (data != null) {
      for (Map.Entry<String, String> e : data) {
        if (e.getKey().equals(IndexSchema.OFFSETS)) {
          return decode(e.getValue());
        }
      }
    }
    return Map.of();
  }

  /** Makes what was added searchable (near real time, without a commit). */
  public void refresh() throws IOException {
    searchers.maybeRefresh();
  }

  public IndexSearcher acquire() throws IOException {
    return searchers.acquire();
  }

  public void release(IndexSearcher searcher) throws IOException {
    searchers.release(searcher);
  }

  public Path dir() {
    return dir;
  }

  /** Removes every document (for {@code reindex}), committed with no offsets. */
  public void deleteAll() throws IOException {
    writer.deleteAll();
    writer.setLiveCommitData(Map.of(IndexSchema.OFFSETS, "").entrySet());
    writer.commit();
  }

  @Override
  public void close() throws IOException {
    searchers.close();
    writer.close(); // commits pending changes; callers commit with offsets before this
    directory.close();
  }

  /** The offsets committed in the index at {@code dir}, read without opening a writer; empty when there is no index. */
  public static Map<TopicPartition, Long> committedOffsets(Path dir) {
    try (Directory d = FSDirectory.open(dir)) {
      if (!DirectoryReader.indexExists(d)) {
        return Map.of();
      }
      try (DirectoryReader reader = DirectoryReader.open(d)) {
        String v = reader.getIndexCommit().getUserData().get(IndexSchema.OFFSETS);
        return v == null ? Map.of() : decode(v);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String encode(Map<TopicPartition, Long> offsets) {
    StringBuilder s = new StringBuilder();
    new TreeMap<String, Long>(offsets.entrySet().stream().collect(
        java.util.stream.Collectors.toMap(e -> e.getKey().topic() + ":" + e.getKey().partition(), Map.Entry::getValue)))
        .forEach((k, v) -> s.append(s.length() == 0 ? "" : ",").append(k).append('=').append(v));
    return s.toString();
  }

  static Map<TopicPartition, Long> decode(String value) {
    Map<TopicPartition, Long> offsets = new HashMap<>();
    if (value == null || value.isBlank()) {
      return offsets;
    }
    for (String part : value.split(",")) {
      int eq = part.lastIndexOf('=');
      int colon = part.lastIndexOf(':', eq);
      offsets.put(new TopicPartition(part.substring(0, colon), Integer.parseInt(part.substring(colon + 1, eq))),
          Long.parseLong(part.substring(eq + 1)));
    }
    return offsets;
  }
}
