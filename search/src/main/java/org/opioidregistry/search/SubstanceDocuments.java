package org.opioidregistry.search;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.util.BytesRef;
import org.opioidregistry.core.fingerprint.Fingerprint;
import org.opioidregistry.core.structure.IdentityKeys;
import org.opioidregistry.core.structure.Structure;
import org.opioidregistry.core.substance.Certainty;
import org.opioidregistry.core.substance.Code;
import org.opioidregistry.core.substance.CodeType;
import org.opioidregistry.core.substance.Control;
import org.opioidregistry.core.substance.ControlDate;
import org.opioidregistry.core.substance.Exclusion;
import org.opioidregistry.core.substance.Instrument;
import org.opioidregistry.core.substance.Jurisdiction;
import org.opioidregistry.core.substance.ListedForm;
import org.opioidregistry.core.substance.ListingScope;
import org.opioidregistry.core.substance.StructureCheck;
import org.opioidregistry.core.substance.Substance;
import org.opioidregistry.core.substance.SubstanceClass;
import org.opioidregistry.core.substance.SubstanceId;
import org.opioidregistry.search.name.NameFolding;

/**
 * The one place that knows how a {@link Substance} is laid out in a Lucene document: stored fields
 * that rebuild it exactly, indexed fields for names, codes and filters, and the fingerprint in doc
 * values. Bump {@link #SCHEMA_VERSION} whenever this layout changes.
 */
final class SubstanceDocuments {

  /**
   * Written into every commit; an index with another value is refused, or rebuilt with {@code
   * OpenMode.REBUILD}. History: 1 first layout; 2 ids in doc values; 3 substances without a
   * structure, structure checks, control scopes; 4 identity keys of every layer stored (tautomer
   * key added).
   */
  static final String SCHEMA_VERSION = "4";

  static final String ID = "id";
  static final String NAME = "name";
  static final String NAME_TRIGRAMS = "name3";
  static final String CODE = "code";
  static final String CLASS = "class";
  static final String JURISDICTION = "jurisdiction";
  static final String SCHEDULE = "schedule";
  static final String CONTROL_KEY = "control";
  static final String FINGERPRINT = "fp";

  private static final String STORED_NAME = "s_name";
  private static final String STORED_SYNONYM = "s_synonym";
  private static final String STORED_CODE = "s_code";
  private static final String STORED_CLASS = "s_class";
  private static final String STORED_CONTROL = "s_control";
  private static final String STORED_SOURCE = "s_source";
  private static final String STORED_NOTES = "s_notes";
  private static final String SMILES = "s_smiles";
  private static final String INCHI = "s_inchi";
  private static final String INCHIKEY = "s_inchikey";
  private static final String FORMULA = "s_formula";
  private static final String MASS = "s_mass";
  private static final String HEAVY_ATOMS = "s_heavy";
  private static final String KEY_TAUTOMER = "s_key_tautomer";
  private static final String KEY_STEREO_INSENSITIVE = "s_key_nostereo";
  private static final String KEY_ISOTOPE_INSENSITIVE = "s_key_noisotope";
  private static final String STORED_CHECK = "s_check";

  // Separators inside one stored control's exclusions; never part of a name or key.
  private static final String UNIT = "\u001F";
  private static final String RECORD = "\u001E";

  private SubstanceDocuments() {}

  static Document toDocument(Substance s, Fingerprint fingerprint) {
    Document doc = new Document();
    doc.add(new StringField(ID, s.id().value(), Field.Store.YES));
    // Also in doc values: name search maps each candidate hit to its id without decompressing
    // stored fields (which cost more than the search itself, measured with RegistryBenchmark).
    doc.add(new SortedDocValuesField(ID, new BytesRef(s.id().value())));

    List<String> names = new ArrayList<>();
    names.add(s.name());
    names.addAll(s.synonyms());
    for (String name : names) {
      doc.add(new TextField(NAME, name, Field.Store.NO));
      doc.add(new TextField(NAME_TRIGRAMS, name, Field.Store.NO));
    }
    for (String code : codeTerms(s)) {
      doc.add(new StringField(CODE, code, Field.Store.NO));
    }
    doc.add(new StringField(CLASS, s.substanceClass().id(), Field.Store.NO));
    for (String word : s.substanceClass().id().split("-")) {
      doc.add(new StringField(CLASS, word, Field.Store.NO));
    }
    Set<String> controlKeys = new LinkedHashSet<>();
    for (Control c : s.controls()) {
      String j = c.jurisdiction().code();
      String schedule = SearchFilter.normalizeSchedule(c.schedule());
      doc.add(new StringField(JURISDICTION, j.toLowerCase(Locale.ROOT), Field.Store.NO));
      doc.add(new StringField(SCHEDULE, schedule, Field.Store.NO));
      controlKeys.add(controlKey(j, schedule));
      controlKeys.add(controlKey(j, "*"));
      controlKeys.add(controlKey("*", schedule));
    }
    for (String key : controlKeys) {
      doc.add(new StringField(CONTROL_KEY, key, Field.Store.NO));
    }

    doc.add(new StoredField(STORED_NAME, s.name()));
    s.synonyms().forEach(v -> doc.add(new StoredField(STORED_SYNONYM, v)));
    s.codes().forEach(c -> doc.add(new StoredField(STORED_CODE, c.type().id() + ":" + c.value())));
    doc.add(new StoredField(STORED_CLASS, s.substanceClass().id()));
    s.controls().forEach(c -> doc.add(new StoredField(STORED_CONTROL, encode(c))));
    s.sources().forEach(v -> doc.add(new StoredField(STORED_SOURCE, v)));
    doc.add(new StoredField(STORED_NOTES, s.notes()));

    StructureCheck check = s.structureCheck();
    doc.add(
        new StoredField(
            STORED_CHECK,
            check.method().name() + "\t" + check.agreement().name() + "\t" + check.reference()));

    // A substance without structure (opium, coca leaf) has no structure fields and no
    // fingerprint: it is found by name and code only.
    if (s.hasStructure()) {
      Structure structure = s.structure().get();
      doc.add(new StoredField(SMILES, structure.canonicalSmiles()));
      doc.add(new StoredField(INCHI, structure.inchi()));
      doc.add(new StoredField(INCHIKEY, structure.inchiKey()));
      doc.add(new StoredField(FORMULA, structure.formula()));
      doc.add(new StoredField(MASS, structure.monoisotopicMass()));
      doc.add(new StoredField(HEAVY_ATOMS, structure.heavyAtomCount()));
      IdentityKeys keys = structure.identityKeys();
      doc.add(new StoredField(KEY_TAUTOMER, keys.tautomer()));
      doc.add(new StoredField(KEY_STEREO_INSENSITIVE, keys.stereoInsensitive()));
      doc.add(new StoredField(KEY_ISOTOPE_INSENSITIVE, keys.isotopeInsensitive()));
      doc.add(new BinaryDocValuesField(FINGERPRINT, fingerprintBytes(fingerprint)));
    }
    return doc;
  }

  /** Every term under which a code query finds the substance. */
  static Set<String> codeTerms(Substance s) {
    Set<String> terms = new LinkedHashSet<>();
    terms.add(normalizeCode(s.id().value()));
    s.structure()
        .ifPresent(
            x -> {
              terms.add(normalizeCode(x.inchiKey()));
              terms.add(normalizeCode(x.skeletonKey()));
            });
    for (Code code : s.codes()) {
      terms.add(normalizeCode(code.value()));
    }
    return terms;
  }

  /**
   * Codes match whatever their case and punctuation: "437-38-7" = "437387", "U 47700" = "U-47700".
   */
  static String normalizeCode(String code) {
    StringBuilder out = new StringBuilder(code.length());
    for (int i = 0; i < code.length(); i++) {
      char c = Character.toUpperCase(code.charAt(i));
      if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** The id of a document, read from doc values. */
  static String id(IndexReader reader, int doc) throws IOException {
    List<LeafReaderContext> leaves = reader.leaves();
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
    SortedDocValues ids = leaf.reader().getSortedDocValues(ID);
    if (ids == null || !ids.advanceExact(doc - leaf.docBase)) {
      throw new IOException("document " + doc + " has no id");
    }
    return ids.lookupOrd(ids.ordValue()).utf8ToString();
  }

  static String controlKey(String jurisdiction, String schedule) {
    return jurisdiction.toLowerCase(Locale.ROOT) + "|" + schedule.toLowerCase(Locale.ROOT);
  }

  /**
   * Rebuilds the substance a document holds. A document of an older schema, without stored keys,
   * gives a structure that computes its keys when first asked (how {@code OpenMode.REBUILD}
   * upgrades a registry).
   */
  static Substance toSubstance(Document doc) {
    SubstanceId id = SubstanceId.of(doc.get(ID));
    Substance.Builder b;
    if (doc.get(SMILES) == null) {
      b = Substance.builder(id, doc.get(STORED_NAME));
    } else {
      b = Substance.builder(id, doc.get(STORED_NAME), restoreStructure(doc));
    }
    String[] check = doc.get(STORED_CHECK).split("\t", 3);
    b.structureCheck(
        new StructureCheck(
            StructureCheck.Method.valueOf(check[0]),
            StructureCheck.Agreement.valueOf(check[1]),
            check[2]));
    for (IndexableField f : doc.getFields(STORED_SYNONYM)) {
      b.addSynonym(f.stringValue());
    }
    for (IndexableField f : doc.getFields(STORED_CODE)) {
      String v = f.stringValue();
      int colon = v.indexOf(':');
      CodeType type =
          CodeType.fromId(v.substring(0, colon))
              .orElseThrow(() -> new IllegalStateException("unknown stored code type: " + v));
      b.addCode(new Code(type, v.substring(colon + 1)));
    }
    b.substanceClass(
        SubstanceClass.fromId(doc.get(STORED_CLASS))
            .orElseThrow(
                () -> new IllegalStateException("unknown class " + doc.get(STORED_CLASS))));
    for (IndexableField f : doc.getFields(STORED_CONTROL)) {
      b.addControl(decode(f.stringValue()));
    }
    for (IndexableField f : doc.getFields(STORED_SOURCE)) {
      b.addSource(f.stringValue());
    }
    b.notes(doc.get(STORED_NOTES));
    return b.build();
  }

  /**
   * The stored structure, with its stored identity keys; a document of an older schema (without
   * keys) gives a structure that computes them when first asked, which is how {@code
   * OpenMode.REBUILD} upgrades a registry.
   */
  private static Structure restoreStructure(Document doc) {
    String inchiKey = doc.get(INCHIKEY);
    String formula = doc.get(FORMULA);
    double mass = doc.getField(MASS).numericValue().doubleValue();
    int heavyAtoms = doc.getField(HEAVY_ATOMS).numericValue().intValue();
    if (doc.get(KEY_TAUTOMER) == null) {
      return Structure.restore(
          doc.get(SMILES), doc.get(INCHI), inchiKey, formula, mass, heavyAtoms);
    }
    return Structure.restore(
        doc.get(SMILES),
        doc.get(INCHI),
        inchiKey,
        formula,
        mass,
        heavyAtoms,
        new IdentityKeys(
            formula,
            inchiKey.substring(0, 14),
            doc.get(KEY_TAUTOMER),
            doc.get(KEY_STEREO_INSENSITIVE),
            doc.get(KEY_ISOTOPE_INSENSITIVE),
            inchiKey));
  }

  static BytesRef fingerprintBytes(Fingerprint fp) {
    long[] words = fp.words();
    ByteBuffer buffer =
        ByteBuffer.allocate(words.length * Long.BYTES).order(ByteOrder.LITTLE_ENDIAN);
    buffer.asLongBuffer().put(words);
    return new BytesRef(buffer.array());
  }

  static Fingerprint fingerprint(BytesRef bytes, int bitLength) throws IOException {
    int wordCount = (bitLength + 63) / 64;
    if (bytes.length != wordCount * Long.BYTES) {
      throw new IOException(
          "stored fingerprint has " + bytes.length + " bytes; expected " + wordCount * Long.BYTES);
    }
    long[] words = new long[wordCount];
    ByteBuffer.wrap(bytes.bytes, bytes.offset, bytes.length)
        .order(ByteOrder.LITTLE_ENDIAN)
        .asLongBuffer()
        .get(words);
    return Fingerprint.fromWords(words, bitLength);
  }

  private static final int CONTROL_FIELDS = 15;

  private static String encode(Control c) {
    ControlDate until = c.until().orElse(ControlDate.UNKNOWN);
    return String.join(
        "\t",
        escape(c.jurisdiction().code()),
        escape(c.jurisdiction().name()),
        escape(c.schedule()),
        escape(c.since().text()),
        c.since().certainty().name(),
        escape(c.instrument().citation()),
        c.instrument().certainty().name(),
        c.until().isPresent() ? "ended" : "",
        escape(until.text()),
        until.certainty().name(),
        escape(c.endInstrument().citation()),
        c.endInstrument().certainty().name(),
        c.scope().forms().stream().map(ListedForm::name).collect(Collectors.joining(",")),
        escape(
            c.scope().exclusions().stream()
                .map(e -> e.substance().value() + UNIT + e.name() + UNIT + e.inchiKey())
                .collect(Collectors.joining(RECORD))),
        escape(c.source()));
  }

  private static Control decode(String encoded) {
    String[] f = encoded.split("\t", -1);
    if (f.length != CONTROL_FIELDS) {
      throw new IllegalStateException("stored control has " + f.length + " fields: " + encoded);
    }
    Jurisdiction jurisdiction = Jurisdiction.ofCode(unescape(f[0]));
    if (!jurisdiction.isTreaty()) {
      jurisdiction = new Jurisdiction(unescape(f[0]), unescape(f[1]));
    }
    Optional<ControlDate> until =
        f[7].isEmpty()
            ? Optional.empty()
            : Optional.of(new ControlDate(unescape(f[8]), Certainty.valueOf(f[9])));
    List<ListedForm> forms = new ArrayList<>();
    for (String form : f[12].split(",")) {
      if (!form.isEmpty()) {
        forms.add(ListedForm.valueOf(form));
      }
    }
    List<Exclusion> exclusions = new ArrayList<>();
    String excluded = unescape(f[13]);
    for (String e : excluded.isEmpty() ? new String[0] : excluded.split(RECORD)) {
      String[] parts = e.split(UNIT, -1);
      exclusions.add(new Exclusion(SubstanceId.of(parts[0]), parts[1], parts[2]));
    }
    return new Control(
        jurisdiction,
        unescape(f[2]),
        new ControlDate(unescape(f[3]), Certainty.valueOf(f[4])),
        new Instrument(unescape(f[5]), Certainty.valueOf(f[6])),
        until,
        new Instrument(unescape(f[10]), Certainty.valueOf(f[11])),
        ListingScope.of(forms, exclusions),
        unescape(f[14]));
  }

  private static String escape(String s) {
    return s.replace("\\", "\\\\").replace("\t", "\\t");
  }

  private static String unescape(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\' && i + 1 < s.length()) {
        char next = s.charAt(++i);
        out.append(next == 't' ? '\t' : next);
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * A substance as one text for the registry's content hash: everything a registrant enters (id,
   * names, codes, class, controls, sources, notes) and the stored structure (canonical SMILES,
   * InChI, InChIKey), but no derived value (fingerprints, identity keys), so that rebuilding those
   * leaves the hash as it was. Fields are escaped and tab-separated, lists in their given order.
   */
  static String contentRecord(Substance s) {
    List<String> fields = new ArrayList<>();
    fields.add(s.id().value());
    fields.add(s.name());
    fields.add(String.join("\u001f", s.synonyms()));
    fields.add(
        String.join(
            "\u001f", s.codes().stream().map(c -> c.type().id() + ":" + c.value()).toList()));
    fields.add(s.substanceClass().id());
    fields.add(
        String.join("\u001f", s.controls().stream().map(SubstanceDocuments::encode).toList()));
    fields.add(String.join("\u001f", s.sources()));
    fields.add(s.notes());
    fields.add(s.structure().map(Structure::canonicalSmiles).orElse(""));
    fields.add(s.structure().map(Structure::inchi).orElse(""));
    fields.add(s.structure().map(Structure::inchiKey).orElse(""));
    return String.join("\t", fields.stream().map(SubstanceDocuments::escape).toList());
  }

  /** The folded forms of a substance's names, for reranking name hits. */
  static List<String> foldedNames(Substance s) {
    List<String> folded = new ArrayList<>();
    folded.add(NameFolding.fold(s.name()));
    s.synonyms().forEach(v -> folded.add(NameFolding.fold(v)));
    return folded;
  }

  /** The markers of a substance's names, in the order of {@link #foldedNames}. */
  static List<List<String>> nameMarkers(Substance s) {
    List<List<String>> markers = new ArrayList<>();
    markers.add(NameFolding.markers(s.name()));
    s.synonyms().forEach(v -> markers.add(NameFolding.markers(v)));
    return List.copyOf(markers);
  }
}
