package io.ecotrack.index.search;

import io.ecotrack.index.store.IndexSchema;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;

/** The facet counts of a search (type, region, source, language, month) over one reader of the index. */
final class SearchFacets {
  private final SortedSetDocValuesReaderState facetState; // null for an empty index

  SearchFacets(DirectoryReader reader) throws IOException {
    SortedSetDocValuesReaderState state;
    try {
      state = new DefaultSortedSetDocValuesReaderState(reader, IndexSchema.facets());
    } catch (IllegalArgumentException noFacetsYet) {
      state = null;
    }
    this.facetState = state;
  }

  /** Counts per value of each dimension over the matching documents, ten values at most per dimension. */
  Map<String, Map<String, Integer>> counts(FacetsCollector collector, List<String> dims) throws IOException {
    Map<String, Map<String, Integer>> out = new LinkedHashMap<>();
    if (facetState == null) {
      return out;
    }
    Facets facets = new SortedSetDocValuesFacetCounts(facetState, collector);
    for (String dim : dims) {
      Map<String, Integer> counts = new LinkedHashMap<>();
      try {
        FacetResult r = facets.getTopChildren(10, dim);
        if (r != null) {
          for (LabelAndValue lv : r.labelValues) {
            counts.put(lv.label, lv.value.intValue());
          }
        }
      } catch (IllegalArgumentException noSuchDimension) {
        // an index written before this dimension existed
      }
      out.put(dim, counts);
    }
    return out;
  }
}
