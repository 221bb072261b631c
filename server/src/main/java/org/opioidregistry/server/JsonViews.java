package org.opioidregistry.server;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import org.opioidregistry.core.structure.RemovedFragment;
import org.opioidregistry.core.structure.Structure;
import org.opioidregistry.core.substance.Control;
import org.opioidregistry.core.substance.Substance;
import org.opioidregistry.search.NameMatch;
import org.opioidregistry.search.SimilarityMatch;
import org.opioidregistry.search.SubstructureHitOfSubstance;

/**
 * The JSON records of the API's registry answers, member for member those of the identification
 * record ({@code IdentificationJson}: substance, similar, name match, controls), so a client reads
 * one shape whichever route it asks.
 *
 * <p>Stateless; every record is immutable and thread-safe.
 */
final class JsonViews {

  private JsonViews() {}

  /** A standardised structure. */
  record StructureJson(
      String smiles,
      String inchi,
      String inchiKey,
      String skeletonKey,
      String formula,
      double monoisotopicMass,
      List<String> removed) {
    static StructureJson of(Structure s) {
      return new StructureJson(
          s.canonicalSmiles(),
          s.inchi(),
          s.inchiKey(),
          s.skeletonKey(),
          s.formula(),
          s.monoisotopicMass(),
          s.standardization().removed().stream().map(RemovedFragment::name).toList());
    }
  }

  /** One control, as the identification record writes it. */
  record ControlJson(
      String jurisdiction,
      String schedule,
      String since,
      String certainty,
      String instrument,
      String source) {
    static ControlJson of(Control c) {
      return new ControlJson(
          c.jurisdiction().code(),
          c.schedule(),
          c.since().text(),
          c.since().certainty().name(),
          c.instrument(),
          c.source());
    }

    static List<ControlJson> all(List<Control> controls) {
      return controls.stream().map(ControlJson::of).toList();
    }
  }

  /** A listed substance near the query. */
  @JsonPropertyOrder({
    "id",
    "name",
    "inchiKey",
    "class",
    "score",
    "metric",
    "fingerprint",
    "controlled",
    "controls"
  })
  record SimilarJson(
      String id,
      String name,
      String inchiKey,
      @JsonProperty("class") String substanceClass,
      double score,
      String metric,
      String fingerprint,
      boolean controlled,
      List<ControlJson> controls) {
    static SimilarJson of(SimilarityMatch m) {
      Substance s = m.substance();
      return new SimilarJson(
          s.id().value(),
          s.name(),
          s.structure().inchiKey(),
          s.substanceClass().name(),
          m.score(),
          m.metric().name(),
          m.fingerprint().name(),
          s.isControlled(),
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
      String inchiKey,
      @JsonProperty("class") String substanceClass) {
    static NameJson of(NameMatch m) {
      Substance s = m.substance();
      return new NameJson(
          s.id().value(),
          s.name(),
          m.matchedName(),
          m.kind().name(),
          m.score(),
          m.explanation(),
          s.structure().inchiKey(),
          s.substanceClass().name());
    }
  }

  /** A substance that contains the query, with the matched atoms (indices into its structure). */
  record SubstructureHitJson(
      String id, String name, String inchiKey, String smiles, List<Integer> atoms) {
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
      boolean controlled,
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
          s.isControlled(),
          ControlJson.all(s.controls()),
          s.sources(),
          s.notes());
    }
  }

  /** A registry code (CAS RN, UNII, ...). */
  record CodeJson(String type, String value) {}
}
