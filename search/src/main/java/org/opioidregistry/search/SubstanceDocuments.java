package org.opioidregistry.search;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
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
import org.opioidregistry.core.substance.Jurisdiction;
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
   * OpenMode.REBUILD}. History: 1 first layout; 2 ids in doc values; 3 identity keys of every layer
   * stored (tautomer key added).
   */
  static final String SCHEMA_VERSION = "3";

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

    Structure structure = s.structure();
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
    return doc;
  }

  /** Every term under which a code query finds the substance. */
  static Set<String> codeTerms(Substance s) {
    Set<String> terms = new LinkedHashSet<>();
    terms.add(normalizeCode(s.id().value()));
    terms.add(normalizeCode(s.structure().inchiKey()));
    terms.add(normalizeCode(s.structure().skeletonKey()));
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
    String inchiKey = doc.get(INCHIKEY);
    String formula = doc.get(FORMULA);
    double mass = doc.getField(MASS).numericValue().doubleValue();
    int heavyAtoms = doc.getField(HEAVY_ATOMS).numericValue().intValue();
    Structure structure =
        doc.get(KEY_TAUTOMER) == null
            ? Structure.restore(
                doc.get(SMILES), doc.get(INCHI), inchiKey, formula, mass, heavyAtoms)
            : Structure.restore(
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
    Substance.Builder b =
        Substance.builder(SubstanceId.of(doc.get(ID)), doc.get(STORED_NAME), structure);
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

  private static String encode(Control c) {
    return String.join(
        "\t",
        escape(c.jurisdiction().code()),
        escape(c.jurisdiction().name()),
        escape(c.schedule()),
        escape(c.since().text()),
        c.since().certainty().name(),
        escape(c.instrument()),
        escape(c.source()));
  }

  private static Control decode(String encoded) {
    String[] f = encoded.split("\t", -1);
    if (f.length != 7) {
      throw new IllegalStateException("stored control has " + f.length + " fields: " + encoded);
    }
    Jurisdiction jurisdiction = Jurisdiction.ofCode(unescape(f[0]));
    if (!jurisdiction.isTreaty()) {
      jurisdiction = new Jurisdiction(unescape(f[0]), unescape(f[1]));
    }
    return new Control(
        jurisdiction,
        unescape(f[2]),
        new ControlDate(unescape(f[3]), Certainty.valueOf(f[4])),
        unescape(f[5]),
        unescape(f[6]));
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
    fields.add(s.structure().canonicalSmiles());
    fields.add(s.structure().inchi());
    fields.add(s.structure().inchiKey());
    return String.join("\t", fields.stream().map(SubstanceDocuments::escape).toList());
  }

  /** The folded forms of a substance's names, for reranking name hits. */
  static List<String> foldedNames(Substance s) {
    List<String> folded = new ArrayList<>();
    folded.add(NameFolding.fold(s.name()));
    s.synonyms().forEach(v -> folded.add(NameFolding.fold(v)));
    return folded;
  }
}
