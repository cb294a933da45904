package io.ecotrack.index.search;

import static io.ecotrack.index.store.IndexSchema.*;

import io.ecotrack.index.store.IndexSchema;
import java.util.Map;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.Query;

/**
 * A user's article query read by Lucene's classic query parser over the Japanese and English title and text fields
 * (titles count double, words are ANDed), or a {@link BadQueryException} that says in one line what is wrong with it.
 */
final class ArticleQueries {
  private static final String[] SEARCH_FIELDS = {TITLE_JA, TEXT_JA, TITLE_EN, TEXT_EN};
  private static final Map<String, Float> BOOSTS = Map.of(TITLE_JA, 2f, TITLE_EN, 2f, TEXT_JA, 1f, TEXT_EN, 1f);

  private ArticleQueries() {}

  /** The query {@code queryText} says. */
  static Query parse(String queryText) {
    if (queryText == null || queryText.isBlank()) {
      throw new BadQueryException("empty query: give words to search for, e.g. ecotrack search \"Mayo Clinic\"");
    }
    int depth = nesting(queryText);
    if (depth > MAX_NESTING) {
      throw new BadQueryException("query nested " + depth + " levels deep; at most " + MAX_NESTING + " levels of parentheses");
    }
    MultiFieldQueryParser parser = new MultiFieldQueryParser(SEARCH_FIELDS, IndexSchema.analyzer(), BOOSTS);
    parser.setDefaultOperator(QueryParser.Operator.AND);
    try {
      return parser.parse(queryText);
    } catch (ParseException e) {
      throw new BadQueryException("cannot parse query '" + clip(queryText) + "': " + firstLine(e.getMessage()));
    } catch (IllegalArgumentException e) {
      throw new BadQueryException("cannot parse query '" + clip(queryText) + "': " + e.getMessage());
    } catch (StackOverflowError e) {
      throw new BadQueryException("query too complex to parse: '" + clip(queryText) + "'");
    }
  }

  /** The deepest nesting of parentheses the query parser recurses into (which it does once per level). */
  static final int MAX_NESTING = 64;

  private static int nesting(String query) {
    int depth = 0;
    int max = 0;
    boolean quoted = false;
    for (int i = 0; i < query.length(); i++) {
      char c = query.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && c == '(') {
        max = Math.max(max, ++depth);
      } else if (!quoted && c == ')') {
        depth = Math.max(0, depth - 1);
      }
    }
    return max;
  }

  static String clip(String s) {
    return s.length() <= 80 ? s : s.substring(0, 79) + "…";
  }

  /** The query without the quotes around it, if it is one phrase. */
  static String unquote(String q) {
    String t = q.trim();
    return t.length() >= 2 && t.startsWith("\"") && t.endsWith("\"") ? t.substring(1, t.length() - 1) : t;
  }

  static String firstLine(String s) {
    int nl = s == null ? -1 : s.indexOf('\n');
    return nl < 0 ? String.valueOf(s) : s.substring(0, nl);
  }
}
