package org.opioidregistry.server;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.opioidregistry.core.structure.RemovedFragment;
import org.opioidregistry.core.structure.Structure;
import org.opioidregistry.core.substance.Control;
import org.opioidregistry.core.substance.Substance;
import org.opioidregistry.search.NameMatch;
import org.opioidregistry.search.SimilarityMatch;
import org.opioidregistry.search.SubstructureHitOfSubstance;

/**
 * The JSON records of the API's registry answers, member for member those of the command line's
 * {@code --format json} (structure, controls, similar, substance), so a client reads one shape
 * whichever way it asks.
 *
 * <p>Stateless; every record is immutable and thread-safe.
 */
final class JsonViews {

  private JsonViews() {}

  /** A standardised structure. */
  record StructureJson(
      String smiles, String inchikey, String formula, double monoisotopicMass, List<String> removed) {
    static StructureJson of(Structure s) {
      return new StructureJson(
          s.canonicalSmiles(),
          s.inchiKey(),
          s.formula(),
          round(s.monoisotopicMass(), 6),
          s.standardization().removed().stream().map(RemovedFragment::name).toList());
    }
  }

  /**
   * One control: a treaty control names its treaty, a national one its jurisdiction; {@code year}
   * is null for a period such as "pre-1964", and {@code since} keeps the text.
   */
  record ControlJson(
      @JsonInclude(Include.NON_NULL) String treaty,
      @JsonInclude(Include.NON_NULL) String jurisdiction,
      String schedule,
      Integer year,
      String since,
      boolean verified) {
    static ControlJson of(Control c) {
      String code = c.jurisdiction().code();
      boolean treaty = c.jurisdiction().isTreaty();
      return new ControlJson(
          treaty ? code : null,
          treaty ? null : code,
          c.schedule(),
          c.since().year().isPresent() ? c.since().year().getAsInt() : null,
          c.since().text(),
          c.isVerified());
    }

    static List<ControlJson> all(List<Control> controls) {
      return controls.stream().map(ControlJson::of).toList();
    }
  }

  /** A listed substance near the query. */
  record SimilarJson(
      String id,
      String name,
      String inchikey,
      double score,
      String metric,
      String fingerprint,
      @JsonProperty("class") String substanceClass,
      List<ControlJson> controls) {
    static SimilarJson of(SimilarityMatch m) {
      Substance s = m.substance();
      return new SimilarJson(
          s.id().value(),
          s.name(),
          s.structure().inchiKey(),
          round(m.score(), 4),
          m.metric().name(),
          m.fingerprint().name(),
          s.substanceClass().name(),
          ControlJson.all(s.controls()));
    }
  }

  /** A substance found by name, synonym or code, and why. */
  record NameJson(
      String id,
      String name,
      String matched,
      String kind,
      double score,
      String explanation,
      String inchikey,
      @JsonProperty("class") String substanceClass) {
    static NameJson of(NameMatch m) {
      Substance s = m.substance();
      return new NameJson(
          s.id().value(),
          s.name(),
          m.matchedName(),
          m.kind().name(),
          round(m.score(), 4),
          m.explanation(),
          s.structure().inchiKey(),
          s.substanceClass().name());
    }
  }

  /** A substance that contains the query, with the matched atoms (indices into its structure). */
  record SubstructureHitJson(
      String id, String name, String inchikey, String smiles, List<Integer> atoms) {
    static SubstructureHitJson of(SubstructureHitOfSubstance h) {
      Substance s = h.substance();
      return new SubstructureHitJson(
          s.id().value(),
          s.name(),
          s.structure().inchiKey(),
          s.structure().canonicalSmiles(),
          h.match().targetAtoms().asList());
    }
  }

  /** A registered substance in full, as {@code info --format json} writes it. */
  record SubstanceJson(
      String id,
      String name,
      List<String> synonyms,
      List<CodeJson> codes,
      StructureJson structure,
      @JsonProperty("class") String substanceClass,
      List<ControlJson> controls,
      List<String> sources,
      String notes) {
    static SubstanceJson of(Substance s) {
      return new SubstanceJson(
          s.id().value(),
          s.name(),
          s.synonyms(),
          s.codes().stream().map(c -> new CodeJson(c.type().id(), c.value())).toList(),
          StructureJson.of(s.structure()),
          s.substanceClass().name(),
          ControlJson.all(s.controls()),
          s.sources(),
          s.notes());
    }
  }

  /** A registry code (CAS RN, UNII, ...). */
  record CodeJson(String type, String value) {}

  static double round(double value, int decimals) {
    double scale = Math.pow(10, decimals);
    return Math.round(value * scale) / scale;
  }
}
