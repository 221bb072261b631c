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

  /** No early exit: the exact distance. Both strings are bounded by the query length limit. */
  private static final int MAX = Integer.MAX_VALUE - 1;

  private NameSearcher() {}

  static List<NameMatch> search(
      RegistrySearcher searcher, String text, int limit, SearchFilter filter) throws IOException {
    NameQueryTooLongException.check(text.length(), "name query");
    String folded = NameFolding.fold(text);
    // Spelt-out Greek letters make the folded key up to five times longer than the text: bound it
    // too, before it becomes a prefix automaton or a clause per trigram.
    NameQueryTooLongException.check(folded.length(), "name query, Greek letters spelt out,");
    String code = SubstanceDocuments.normalizeCode(text);
    if (folded.isEmpty() && code.isEmpty()) {
      return List.of();
    }
    List<String> markers = NameFolding.markers(text);
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
      matches.add(score(s, snapshot.foldedNames(s), folded, markers, code));
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
    NameQueryTooLongException.check(syntax.length(), "Lucene-syntax query");
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
              NameMatch.NOT_COMPARED,
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
  static NameMatch score(
      Substance s, List<String> foldedNames, String folded, List<String> markers, String code) {
    if (!code.isEmpty()) {
      for (Code c : s.codes()) {
        if (SubstanceDocuments.normalizeCode(c.value()).equals(code)) {
          return new NameMatch(
              s, c.value(), NameMatchKind.CODE, 1.0, 0, c.type().id() + " " + c.value());
        }
      }
      Structure structure = s.structure().orElse(null);
      if (structure != null
          && SubstanceDocuments.normalizeCode(structure.inchiKey()).equals(code)) {
        return new NameMatch(s, structure.inchiKey(), NameMatchKind.CODE, 1.0, 0, "InChIKey");
      }
      if (structure != null && structure.skeletonKey().equals(code)) {
        return new NameMatch(
            s,
            structure.skeletonKey(),
            NameMatchKind.CODE,
            0.97,
            0,
            "InChIKey first block (any stereoisomer)");
      }
    }
    List<String> names = new ArrayList<>();
    names.add(s.name());
    names.addAll(s.synonyms());
    NameMatch best = null;
    for (int i = 0; i < names.size(); i++) {
      NameMatch m = scoreName(s, names.get(i), foldedNames.get(i), folded, markers);
      if (best == null || m.score() > best.score()) {
        best = m;
      }
    }
    if (!code.isEmpty()
        && SubstanceDocuments.normalizeCode(s.id().value()).equals(code)
        && best.score() < 0.98) {
      return new NameMatch(s, s.id().value(), NameMatchKind.CODE, 0.98, 0, "registry id");
    }
    if (best.kind() == NameMatchKind.PARTIAL && best.edits() > TypoRule.MAX_EDITS) {
      // Counted exactly only for the name that represents the substance: a rival's distance is
      // what decides whether another match is unambiguous (NameResolution).
      int edits =
          Levenshtein.distance(folded, foldedNames.get(names.indexOf(best.matchedName())), MAX);
      best =
          new NameMatch(
              s, best.matchedName(), best.kind(), best.score(), edits, best.explanation());
    }
    return best;
  }

  /**
   * Scores one name: exact, then a typo ({@link TypoRule}), then the beginning of the name, then
   * shared trigrams. A truncated name within the typo rule ("brorphin") is a typo, not a prefix.
   * For a partial match whose distance exceeds every typo allowance, {@code edits} is only a lower
   * bound, made exact by {@link #score} for the name that is kept.
   */
  private static NameMatch scoreName(
      Substance s, String name, String candidate, String folded, List<String> markers) {
    if (candidate.isEmpty() || folded.isEmpty()) {
      return new NameMatch(
          s,
          name,
          NameMatchKind.PARTIAL,
          0,
          Math.max(folded.length(), candidate.length()),
          "no match");
    }
    if (candidate.equals(folded)) {
      // The preferred name edges out a synonym that folds to the same key.
      double score = name.equals(s.name()) ? 0.99 : 0.985;
      return new NameMatch(s, name, NameMatchKind.EXACT_NAME, score, 0, "name '" + name + "'");
    }
    int maxLength = Math.max(candidate.length(), folded.length());
    int distance = Levenshtein.distance(folded, candidate, TypoRule.MAX_EDITS);
    String differ = distance + (distance == 1 ? " letter differs" : " letters differ");
    if (TypoRule.accepts(distance, maxLength, markers, name)) {
      double closeness = 1.0 - (double) distance / maxLength;
      return new NameMatch(
          s,
          name,
          NameMatchKind.TYPO,
          0.5 + 0.45 * closeness,
          distance,
          differ + " from '" + name + "'");
    }
    if (candidate.startsWith(folded) && folded.length() >= 2) {
      double coverage = (double) folded.length() / candidate.length();
      return new NameMatch(
          s,
          name,
          NameMatchKind.PREFIX,
          0.6 + 0.3 * coverage,
          candidate.length() - folded.length(),
          "beginning of '" + name + "'");
    }
    // A near miss the typo rule refuses still ranks first among the leads, with the reason.
    double dice = trigramDice(folded, candidate);
    double score = 0.5 * dice;
    String explanation = Math.round(100 * dice) + "% of '" + name + "' shared";
    if (distance <= TypoRule.MAX_EDITS) {
      score = Math.max(score, 0.3 + 0.15 * (1.0 - (double) distance / maxLength));
      explanation =
          distance <= TypoRule.allowedEdits(maxLength)
              ? differ + " from '" + name + "', in a digit, locant or Greek letter: another name"
              : differ + " from '" + name + "': too many for a name this short to be a typo";
    }
    return new NameMatch(s, name, NameMatchKind.PARTIAL, score, distance, explanation);
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
