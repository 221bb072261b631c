package org.opioidregistry.identify;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.OptionalDouble;
import org.opioidregistry.core.classdef.ClassDefinition;
import org.opioidregistry.core.classdef.ClassEvaluation;
import org.opioidregistry.core.classdef.Clause;
import org.opioidregistry.core.classdef.SiteChange;
import org.opioidregistry.core.structure.RemovedFragment;
import org.opioidregistry.core.structure.Standardization;
import org.opioidregistry.core.structure.Structure;
import org.opioidregistry.core.substance.Jurisdiction;
import org.opioidregistry.core.substance.Substance;
import org.opioidregistry.core.substance.SubstanceClass;
import org.opioidregistry.search.NameMatch;
import org.opioidregistry.search.SimilarityMatch;

/**
 * Writes identifications as JSON: one object per identification, on one line (JSON Lines for a
 * batch), in a fixed key order, with enum values spelled as their constant names, the same as in
 * every other output. The record's shape is the JSON Schema {@code identification.schema.json}
 * beside this class ({@link #SCHEMA_RESOURCE}).
 *
 * <pre>{@code
 * String line = IdentificationJson.toJson(identifier.identify("fentanyl"));
 * IdentificationJson.writeError(writer, outcome.record(), outcome.query(), outcome.error().get());
 * }</pre>
 *
 * <p>The same identification always gives the same bytes: lists keep the identification's order
 * (which breaks ties by id) and numbers are written in their shortest exact form. Stateless and
 * thread-safe; each call writes through its own generator.
 */
public final class IdentificationJson {

  /** The class-path resource holding the JSON Schema of the records this class writes. */
  public static final String SCHEMA_RESOURCE =
      "/org/opioidregistry/identify/identification.schema.json";

  private static final JsonFactory FACTORY =
      JsonFactory.builder().build().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

  private IdentificationJson() {}

  /**
   * Returns one identification as a JSON object on one line, without a line end.
   *
   * @param identification the identification
   * @return the JSON text
   */
  public static String toJson(Identification identification) {
    StringWriter out = new StringWriter();
    try {
      write(out, identification);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /**
   * Writes one identification as a JSON object, without a line end.
   *
   * @param out where to write
   * @param identification the identification
   * @throws IOException when writing fails
   */
  public static void write(Writer out, Identification identification) throws IOException {
    try (JsonGenerator json = FACTORY.createGenerator(out)) {
      writeIdentification(json, identification);
    }
  }

  /**
   * Writes one screen result as a JSON object, without a line end: the identification's own object
   * when the screen identified the record in full, otherwise an object of the same shape whose
   * {@code structure} has only what the screen computed (the InChIKey only with keys; no InChI,
   * canonical SMILES or skeleton key) and whose {@code listed}, {@code names} and {@code
   * candidates} are empty, as they are for such a record.
   *
   * @param out where to write
   * @param result the screen result
   * @param settings the settings the screen decided under
   * @throws IOException when writing fails
   */
  public static void write(Writer out, ScreenResult result, IdentifierSettings settings)
      throws IOException {
    if (result.identification().isPresent()) {
      write(out, result.identification().get());
      return;
    }
    try (JsonGenerator json = FACTORY.createGenerator(out)) {
      json.writeStartObject();
      json.writeStringField("query", result.query().text());
      if (result.query().label().isPresent()) {
        json.writeStringField("label", result.query().label().get());
      }
      if (result.record() > 0) {
        json.writeNumberField("record", result.record());
      }
      json.writeStringField("detectedAs", result.query().kind().orElseThrow().name());
      json.writeStringField("verdict", result.verdict().name());
      json.writeObjectFieldStart("structure");
      json.writeStringField("source", StructureSource.INPUT.name());
      if (result.inchiKey().isPresent()) {
        json.writeStringField("inchiKey", result.inchiKey().get());
      }
      json.writeStringField("formula", result.formula());
      json.writeNumberField("monoisotopicMass", result.monoisotopicMass());
      writeStandardization(json, result.standardization());
      json.writeEndObject();
      json.writeStringField("formula", result.formula());
      json.writeArrayFieldStart("listed");
      json.writeEndArray();
      writeDefinitions(json, result.classDefinitions());
      writeSimilar(json, result.similar());
      json.writeArrayFieldStart("names");
      json.writeEndArray();
      json.writeArrayFieldStart("candidates");
      json.writeEndArray();
      JsonShapes.strings(json, "warnings", result.warnings());
      writeSettings(json, settings, false);
      json.writeFieldName("provenance");
      ProvenanceJson.write(json, result.provenance());
      json.writeEndObject();
    }
  }

  /**
   * Writes the record of a query that could not be read: {@code {"query": ..., "record": n,
   * "error": {"reason": ..., "message": ..., "position": ...}}}, so that a batch has exactly one
   * line per record.
   *
   * @param out where to write
   * @param record the one-based record number, or 0 for a query outside a batch
   * @param query the query
   * @param error why it could not be read
   * @throws IOException when writing fails
   */
  public static void writeError(Writer out, long record, Query query, BadQueryException error)
      throws IOException {
    try (JsonGenerator json = FACTORY.createGenerator(out)) {
      json.writeStartObject();
      json.writeStringField("query", query.shownAs());
      if (record > 0) {
        json.writeNumberField("record", record);
      }
      json.writeObjectFieldStart("error");
      json.writeStringField("reason", error.problem().name());
      json.writeStringField("message", error.getMessage());
      if (error.position().isPresent()) {
        json.writeNumberField("position", error.position().getAsInt());
      }
      if (error.line().isPresent()) {
        json.writeNumberField("line", error.line().getAsInt());
      }
      json.writeEndObject();
      json.writeEndObject();
    }
  }

  private static void writeIdentification(JsonGenerator json, Identification id)
      throws IOException {
    json.writeStartObject();
    // A batch record's label (a MOL block's title) stands for it; the block itself is the input.
    json.writeStringField("query", id.query().shownAs());
    if (id.record().isPresent()) {
      json.writeNumberField("record", id.record().getAsLong());
    }
    json.writeStringField("detectedAs", id.detectedAs().name());
    json.writeStringField("verdict", id.verdict().name());
    if (id.structure().isPresent()) {
      json.writeFieldName("structure");
      writeStructure(json, id.structure().get(), id.structureSource().orElseThrow());
    }
    if (id.formula().isPresent()) {
      json.writeStringField("formula", id.formula().get().hill());
    }
    json.writeArrayFieldStart("listed");
    for (ListedMatch m : id.listed()) {
      json.writeStartObject();
      writeSubstance(json, m.substance());
      json.writeStringField("relation", m.relation().name());
      json.writeBooleanField("countsForVerdict", m.countsForVerdict());
      JsonShapes.controls(json, m.controls());
      json.writeEndObject();
    }
    json.writeEndArray();
    writeDefinitions(json, id.classDefinitions());
    writeSimilar(json, id.similar());
    json.writeArrayFieldStart("names");
    for (NameMatch m : id.names()) {
      json.writeStartObject();
      json.writeStringField("id", m.substance().id().value());
      json.writeStringField("name", m.substance().name());
      json.writeStringField("matched", m.matchedName());
      json.writeStringField("kind", m.kind().name());
      json.writeNumberField("score", m.score());
      json.writeStringField("explanation", m.explanation());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeArrayFieldStart("candidates");
    for (CandidateMatch m : id.candidates()) {
      json.writeStartObject();
      writeSubstance(json, m.substance());
      json.writeStringField("basis", m.basis().name());
      writeOptional(json, "ppmError", m.ppmError());
      JsonShapes.controls(json, m.controls());
      json.writeEndObject();
    }
    json.writeEndArray();
    JsonShapes.strings(json, "warnings", id.warnings());
    writeSettings(json, id.settings(), true);
    // Last, so that a reader of the line sees the finding before how it was reached.
    json.writeFieldName("provenance");
    ProvenanceJson.write(json, id.provenance());
    json.writeEndObject();
  }

  private static void writeStructure(JsonGenerator json, Structure s, StructureSource source)
      throws IOException {
    json.writeStartObject();
    json.writeStringField("source", source.name());
    json.writeStringField("smiles", s.canonicalSmiles());
    json.writeStringField("inchi", s.inchi());
    json.writeStringField("inchiKey", s.inchiKey());
    json.writeStringField("skeletonKey", s.skeletonKey());
    json.writeStringField("formula", s.formula());
    json.writeNumberField("monoisotopicMass", s.monoisotopicMass());
    writeStandardization(json, s.standardization());
    json.writeEndObject();
  }

  /** Writes a match's substance members: id, name, InChIKey (null without a structure), class. */
  private static void writeSubstance(JsonGenerator json, Substance s) throws IOException {
    json.writeStringField("id", s.id().value());
    json.writeStringField("name", s.name());
    json.writeStringField("inchiKey", s.structure().map(Structure::inchiKey).orElse(null));
    json.writeStringField("class", s.substanceClass().name());
  }

  /** Writes {@code "similar": [...]}, each substance with its score and controls. */
  private static void writeSimilar(JsonGenerator json, List<SimilarityMatch> similar)
      throws IOException {
    json.writeArrayFieldStart("similar");
    for (SimilarityMatch m : similar) {
      json.writeStartObject();
      writeSubstance(json, m.substance());
      json.writeNumberField("score", m.score());
      json.writeStringField("metric", m.metric().name());
      json.writeStringField("fingerprint", m.fingerprint().name());
      JsonShapes.controls(json, m.substance().controls());
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  /** Writes {@code "standardization": {"removed": [...], "steps": [...]}}. */
  private static void writeStandardization(JsonGenerator json, Standardization st)
      throws IOException {
    json.writeObjectFieldStart("standardization");
    json.writeArrayFieldStart("removed");
    for (RemovedFragment f : st.removed()) {
      json.writeStartObject();
      json.writeStringField("name", f.name());
      json.writeStringField("formula", f.formula());
      json.writeStringField("kind", f.kind().name());
      json.writeEndObject();
    }
    json.writeEndArray();
    JsonShapes.strings(json, "steps", st.describe());
    json.writeEndObject();
  }

  private static void writeDefinitions(JsonGenerator json, List<ClassDefinitionResult> results)
      throws IOException {
    json.writeArrayFieldStart("classDefinitions");
    for (ClassDefinitionResult r : results) {
      writeDefinition(json, r);
    }
    json.writeEndArray();
  }

  private static void writeDefinition(JsonGenerator json, ClassDefinitionResult r)
      throws IOException {
    ClassEvaluation e = r.evaluation();
    json.writeStartObject();
    json.writeStringField("id", r.definitionId());
    json.writeStringField("jurisdiction", r.jurisdiction().code());
    json.writeBooleanField("wordingVerified", r.wordingVerified());
    json.writeStringField("coverage", e.coverage().name());
    JsonShapes.strings(json, "clauses", e.clauses(), Clause::label);
    json.writeArrayFieldStart("changes");
    for (SiteChange change : e.changes()) {
      json.writeStartObject();
      json.writeStringField("clause", change.clause().label());
      json.writeStringField("from", change.from());
      json.writeStringField("to", change.to());
      json.writeEndObject();
    }
    json.writeEndArray();
    if (e.reason().isPresent()) {
      json.writeStringField("reason", e.reason().get());
    }
    json.writeStringField("summary", e.summary());
    json.writeEndObject();
  }

  /**
   * The settings; the filter only where it was applied (the screen does not apply one), and only
   * when it restricts something.
   */
  private static void writeSettings(JsonGenerator json, IdentifierSettings s, boolean withFilter)
      throws IOException {
    json.writeObjectFieldStart("settings");
    json.writeNumberField("similarityThreshold", s.similarityThreshold());
    json.writeNumberField("similarCount", s.similarCount());
    json.writeStringField("fingerprint", s.fingerprint().name());
    JsonShapes.strings(json, "classDefinitions", s.classDefinitions(), ClassDefinition::id);
    json.writeStringField("namePolicy", s.namePolicy().name());
    if (s.asOf().isPresent()) {
      json.writeStringField("asOf", s.asOf().get().toString());
    }
    if (withFilter && !s.filter().isEmpty()) {
      json.writeObjectFieldStart("filter");
      JsonShapes.strings(json, "classes", s.filter().classes(), SubstanceClass::name);
      JsonShapes.strings(json, "jurisdictions", s.filter().jurisdictions(), Jurisdiction::code);
      JsonShapes.strings(json, "schedules", s.filter().schedules());
      json.writeEndObject();
    }
    json.writeEndObject();
  }

  private static void writeOptional(JsonGenerator json, String field, OptionalDouble value)
      throws IOException {
    if (value.isPresent()) {
      json.writeNumberField(field, value.getAsDouble());
    }
  }
}
