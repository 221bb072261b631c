package org.opioidregistry.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.opioidregistry.core.structure.Structure;
import org.opioidregistry.core.substance.Code;
import org.opioidregistry.core.substance.Substance;
import org.opioidregistry.core.substance.SubstanceId;
import org.opioidregistry.search.name.NameFolding;

/**
 * Name, synonym and code search in two steps: Lucene finds candidates by every route a spelling can
 * take (exact code, exact folded name, prefix, shared trigrams), then each candidate is scored by
 * its best-matching name, so that the result says which name matched and why, and ranks an exact
 * name above a near miss whatever the term statistics.
 *
 * <p>Stateless and thread-safe.
 */
final class NameSearcher {

  private static final int CANDIDATES = 64;

  private NameSearcher() {}

  static List<NameMatch> search(
      RegistrySearcher searcher, String text, int limit, SearchFilter filter) throws IOException {
    String folded = NameFolding.fold(text);
    String code = SubstanceDocuments.normalizeCode(text);
    if (folded.isEmpty() && code.isEmpty()) {
      return List.of();
    }
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    if (!code.isEmpty()) {
      any.add(
          boost(new TermQuery(new Term(SubstanceDocuments.CODE, code)), 100),
          BooleanClause.Occur.SHOULD);
    }
    if (!folded.isEmpty()) {
      Term term = new Term(SubstanceDocuments.NAME, folded);
      any.add(boost(new TermQuery(term), 50), BooleanClause.Occur.SHOULD);
      any.add(boost(new PrefixQuery(term), 10), BooleanClause.Occur.SHOULD);
      // Misspellings are found through shared trigrams and judged by edit distance when
      // reranking: Lucene's FuzzyQuery builds a Levenshtein automaton per query, which cost
      // milliseconds for long chemical names (measured with RegistryBenchmark).
      BooleanQuery.Builder grams = new BooleanQuery.Builder();
      for (String gram : trigrams(folded)) {
        grams.add(
            new TermQuery(new Term(SubstanceDocuments.NAME_TRIGRAMS, gram)),
            BooleanClause.Occur.SHOULD);
      }
      any.add(grams.build(), BooleanClause.Occur.SHOULD);
    }
    Query query =
        new BooleanQuery.Builder()
            .add(any.build(), BooleanClause.Occur.MUST)
            .add(filter.toQuery(), BooleanClause.Occur.FILTER)
            .build();
    TopDocs top = searcher.search(query, Math.max(CANDIDATES, limit));
    List<NameMatch> matches = new ArrayList<>();
    Snapshot snapshot = searcher.snapshot();
    for (Substance s : substances(searcher, top)) {
      matches.add(score(s, snapshot.foldedNames(s), folded, code));
    }
    matches.sort(
        Comparator.comparingDouble(NameMatch::score)
            .reversed()
            .thenComparing(m -> m.substance().id()));
    return matches.subList(0, Math.min(limit, matches.size())).stream()
        .filter(m -> m.score() > 0)
        .toList();
  }

  /** A Lucene-syntax query such as {@code name:furanyl* AND class:fentanyl}. */
  static List<NameMatch> query(
      RegistrySearcher searcher, String syntax, int limit, SearchFilter filter) throws IOException {
    QueryParser parser = new QueryParser(SubstanceDocuments.NAME, RegistryStore.analyzer());
    parser.setAllowLeadingWildcard(false);
    Query parsed;
    try {
      parsed = parser.parse(syntax);
    } catch (ParseException e) {
      throw new IllegalArgumentException("invalid query '" + syntax + "': " + e.getMessage(), e);
    }
    Query query =
        new BooleanQuery.Builder()
            .add(parsed, BooleanClause.Occur.MUST)
            .add(filter.toQuery(), BooleanClause.Occur.FILTER)
            .build();
    TopDocs top = searcher.search(query, limit);
    List<NameMatch> matches = new ArrayList<>();
    float best = top.scoreDocs.length == 0 ? 1 : Math.max(top.scoreDocs[0].score, 1e-6f);
    List<Substance> found = substances(searcher, top);
    for (int i = 0; i < found.size(); i++) {
      Substance s = found.get(i);
      matches.add(
          new NameMatch(
              s,
              s.name(),
              NameMatchKind.QUERY,
              top.scoreDocs[i].score / best,
              "matched query " + syntax));
    }
    return matches;
  }

  private static List<Substance> substances(RegistrySearcher searcher, TopDocs top)
      throws IOException {
    List<Substance> found = new ArrayList<>();
    for (ScoreDoc hit : top.scoreDocs) {
      String id = SubstanceDocuments.id(searcher.getIndexReader(), hit.doc);
      searcher.snapshot().byId(SubstanceId.of(id)).ifPresent(found::add);
    }
    return found;
  }

  /** The best reason this substance matches, with a score in [0, 1]. */
  static NameMatch score(Substance s, List<String> foldedNames, String folded, String code) {
    if (!code.isEmpty()) {
      for (Code c : s.codes()) {
        if (SubstanceDocuments.normalizeCode(c.value()).equals(code)) {
          return new NameMatch(
              s, c.value(), NameMatchKind.CODE, 1.0, c.type().id() + " " + c.value());
        }
      }
      Structure structure = s.structure().orElse(null);
      if (structure != null
          && SubstanceDocuments.normalizeCode(structure.inchiKey()).equals(code)) {
        return new NameMatch(s, structure.inchiKey(), NameMatchKind.CODE, 1.0, "InChIKey");
      }
      if (structure != null && structure.skeletonKey().equals(code)) {
        return new NameMatch(
            s,
            structure.skeletonKey(),
            NameMatchKind.CODE,
            0.97,
            "InChIKey first block (any stereoisomer)");
      }
    }
    List<String> names = new ArrayList<>();
    names.add(s.name());
    names.addAll(s.synonyms());
    NameMatch best = null;
    for (int i = 0; i < names.size(); i++) {
      NameMatch m = scoreName(s, names.get(i), foldedNames.get(i), folded);
      if (best == null || m.score() > best.score()) {
        best = m;
      }
    }
    if (!code.isEmpty()
        && SubstanceDocuments.normalizeCode(s.id().value()).equals(code)
        && best.score() < 0.98) {
      return new NameMatch(s, s.id().value(), NameMatchKind.CODE, 0.98, "registry id");
    }
    return best;
  }

  private static NameMatch scoreName(Substance s, String name, String candidate, String folded) {
    if (candidate.isEmpty() || folded.isEmpty()) {
      return new NameMatch(s, name, NameMatchKind.PARTIAL, 0, "no match");
    }
    if (candidate.equals(folded)) {
      // The preferred name edges out a synonym that folds to the same key.
      double score = name.equals(s.name()) ? 0.99 : 0.985;
      return new NameMatch(s, name, NameMatchKind.EXACT_NAME, score, "name '" + name + "'");
    }
    if (candidate.startsWith(folded) && folded.length() >= 2) {
      double coverage = (double) folded.length() / candidate.length();
      return new NameMatch(
          s, name, NameMatchKind.PREFIX, 0.6 + 0.3 * coverage, "beginning of '" + name + "'");
    }
    int maxLength = Math.max(candidate.length(), folded.length());
    int allowed = Math.max(1, Math.min(3, maxLength / 5));
    int distance = Levenshtein.distance(folded, candidate, allowed);
    if (distance <= allowed) {
      double closeness = 1.0 - (double) distance / maxLength;
      return new NameMatch(
          s,
          name,
          NameMatchKind.TYPO,
          0.5 + 0.45 * closeness,
          distance
              + (distance == 1 ? " letter differs" : " letters differ")
              + " from '"
              + name
              + "'");
    }
    double dice = trigramDice(folded, candidate);
    return new NameMatch(
        s,
        name,
        NameMatchKind.PARTIAL,
        0.5 * dice,
        Math.round(100 * dice) + "% of '" + name + "' shared");
  }

  static Set<String> trigrams(String s) {
    Set<String> grams = new LinkedHashSet<>();
    if (s.length() < 3) {
      grams.add(s);
      return grams;
    }
    for (int i = 0; i + 3 <= s.length(); i++) {
      grams.add(s.substring(i, i + 3));
    }
    return grams;
  }

  private static double trigramDice(String a, String b) {
    Set<String> ga = trigrams(a);
    Set<String> gb = trigrams(b);
    int shared = 0;
    for (String g : ga) {
      if (gb.contains(g)) {
        shared++;
      }
    }
    return 2.0 * shared / (ga.size() + gb.size());
  }

  private static Query boost(Query q, float boost) {
    return new BoostQuery(q, boost);
  }
}
