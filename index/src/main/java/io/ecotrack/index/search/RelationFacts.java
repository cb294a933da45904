package io.ecotrack.index.search;

import io.ecotrack.index.search.Results.RelationFact;
import io.ecotrack.index.search.Results.RelationView;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Relations as facts: the index keeps one document per article that states a relation, and the view shows one
 * line per (subject, predicate, object) with the number of articles behind it and its strongest evidence. A fact
 * is inferred only when every piece of its evidence is.
 */
public final class RelationFacts {
  /** The most pieces of evidence read to build the facts of one view. */
  public static final int MAX_EVIDENCE = 10_000;

  private RelationFacts() {}

  /**
   * The facts that {@code evidence} gives, most articles first, then most confident; at most {@code limit}, each
   * with all its evidence when {@code allEvidence}, else its strongest piece only.
   */
  public static List<RelationFact> of(List<RelationView> evidence, int limit, boolean allEvidence) {
    Map<String, List<RelationView>> byFact = new LinkedHashMap<>();
    for (RelationView r : evidence) {
      byFact.computeIfAbsent(r.subject() + "\u0000" + r.predicate() + "\u0000" + r.object(), k -> new ArrayList<>()).add(r);
    }
    List<RelationFact> out = new ArrayList<>(byFact.size());
    for (List<RelationView> pieces : byFact.values()) {
      pieces.sort(Comparator.comparingDouble(RelationView::confidence).reversed()
          .thenComparing(RelationView::published, Comparator.nullsLast(Comparator.reverseOrder())));
      RelationView best = pieces.get(0);
      Set<String> articles = new HashSet<>();
      pieces.forEach(p -> articles.add(p.articleId()));
      String role = pieces.stream().map(RelationView::role).filter(r -> r != null).findFirst().orElse(null);
      boolean inferred = pieces.stream().allMatch(RelationView::inferred);
      out.add(new RelationFact(best.subject(), best.subjectName(), best.predicate(), best.object(), best.objectName(), role,
          articles.size(), best.confidence(), inferred, allEvidence ? List.copyOf(pieces) : List.of(best)));
    }
    out.sort(Comparator.comparingInt(RelationFact::articles).reversed().thenComparing(
        Comparator.comparingDouble(RelationFact::confidence).reversed()));
    return out.size() > limit ? List.copyOf(out.subList(0, limit)) : out;
  }
}
