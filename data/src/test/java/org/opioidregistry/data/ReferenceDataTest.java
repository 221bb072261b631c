package org.opioidregistry.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.opioidregistry.core.substance.Certainty;
import org.opioidregistry.core.substance.Control;
import org.opioidregistry.core.substance.Exclusion;
import org.opioidregistry.core.substance.Jurisdiction;
import org.opioidregistry.core.substance.Substance;
import org.opioidregistry.core.substance.SubstanceClass;
import org.opioidregistry.core.substance.SubstanceId;

/** The bundled data as a whole: counts a reviewer can check against the treaty lists. */
class ReferenceDataTest {

  private final ReferenceData data = ReferenceData.bundled();

  @Test
  void bundledChecksumCoversTheResourcesRead() throws Exception {
    // The same for every load of the same jar, absent for data not loaded by bundled().
    Optional<String> checksum = data.bundledChecksum();
    assertTrue(checksum.orElseThrow().matches("crc32:[0-9a-f]{1,8}"), checksum.toString());
    assertEquals(checksum, ReferenceData.loadPrecomputed().bundledChecksum());
    assertEquals(Optional.empty(), ReferenceData.load().bundledChecksum());
    assertEquals(Optional.empty(), ReferenceData.of(List.of()).bundledChecksum());
    // Every byte of every bundled resource, in reading order: the precomputed structures, the
    // controls index, the substances, then each controls table.
    java.util.zip.CRC32 expected = new java.util.zip.CRC32();
    List<String> names = new java.util.ArrayList<>();
    names.add(PrecomputedStructures.RESOURCE);
    names.add(ReferenceData.CONTROLS_INDEX);
    names.add(SubstanceTableReader.SUBSTANCES_FILE);
    names.addAll(ReferenceData.bundledControlsFiles());
    for (String name : names) {
      try (var in = ReferenceData.class.getResourceAsStream(name)) {
        expected.update(in.readAllBytes());
      }
    }
    assertEquals("crc32:" + Long.toHexString(expected.getValue()), checksum.get());
  }

  @Test
  void allSubstancesLoad() {
    // One substance per record of the file, counted from the file itself so that the count follows
    // the data: no record is dropped or merged on the way in.
    int records = BundledFiles.records("substances.tsv").size();
    assertTrue(records > 150, "records read: " + records);
    assertEquals(records, data.size());
    assertEquals(records, data.substances().stream().map(Substance::id).distinct().count());
  }

  @Test
  void idsAndInchiKeysAreUnique() {
    Set<String> keys = new HashSet<>();
    for (Substance s : data.substances()) {
      s.structure().ifPresent(x -> assertTrue(keys.add(x.inchiKey()), "repeated InChIKey: " + s));
    }
  }

  @Test
  void everySubstanceIsControlledOrANamedExceptionAndEveryRowHasASource() {
    Set<SubstanceId> excepted =
        data.substances().stream()
            .flatMap(s -> s.controls().stream())
            .flatMap(c -> c.scope().exclusions().stream())
            .map(Exclusion::substance)
            .collect(Collectors.toSet());
    for (Substance s : data.substances()) {
      assertTrue(
          s.isControlled() || excepted.contains(s.id()),
          s + " has no control and is no listing's named exception");
      assertFalse(s.sources().isEmpty(), s + " has no source");
      for (Control c : s.controls()) {
        assertFalse(c.source().isBlank(), s + " " + c + " has no source");
      }
    }
  }

  @Test
  void atLeast27FentanylAnaloguesUnderThe1961Convention() {
    long n =
        data.controlledUnder(Jurisdiction.UN_1961).stream()
            .filter(s -> s.substanceClass() == SubstanceClass.FENTANYL_ANALOGUE)
            .count();
    assertTrue(n >= 27, "fentanyl analogues under UN-1961: " + n);
  }

  @Test
  void atLeast12Nitazenes() {
    assertTrue(data.substances(SubstanceClass.NITAZENE).size() >= 12);
  }

  @Test
  void exactlyTheSevenTableIPrecursors() {
    Set<String> tableI =
        data.substances().stream()
            .filter(
                s ->
                    s.controls().stream()
                        .anyMatch(
                            c ->
                                c.jurisdiction().equals(Jurisdiction.UN_1988)
                                    && c.schedule().equals("Table I")))
            .map(s -> s.id().value())
            .collect(Collectors.toSet());
    assertEquals(
        Set.of(
            "npp",
            "anpp",
            "4-ap",
            "1-boc-4-ap",
            "norfentanyl",
            "4-piperidone",
            "1-boc-4-piperidone"),
        tableI);
    assertEquals(
        tableI,
        data.substances(SubstanceClass.FENTANYL_PRECURSOR).stream()
            .map(s -> s.id().value())
            .collect(Collectors.toSet()));
  }

  @Test
  void unverifiedYearsStayVisible() {
    assertFalse(onlyControl("alfentanil").since().isVerified());
    Control etonitazene = onlyControl("etonitazene");
    assertEquals(Certainty.UNVERIFIED, etonitazene.since().certainty());
    assertEquals("pre-1964 (unverified)", etonitazene.since().toString());
    // Session 7: the CND decisions on U-47700 (2017) and AH-7921 (2015) were not read; their
    // years are inferred from the WHO recommendations and the US orders, so they stay unverified.
    assertEquals("2017 (unverified)", onlyControl("u-47700").since().toString());
    assertEquals(Certainty.UNVERIFIED, onlyControl("ah-7921").since().certainty());
    Control carfentanil = data.substance("carfentanil").orElseThrow().controls().get(0);
    assertEquals(Certainty.VERIFIED, carfentanil.since().certainty());
    assertEquals(2018, carfentanil.since().year().getAsInt());
  }

  @Test
  void certaintyOfControlDatesAsCurated() {
    Map<Certainty, Long> counts =
        data.substances().stream()
            .flatMap(s -> s.controls().stream())
            .filter(c -> c.jurisdiction().isTreaty())
            .collect(Collectors.groupingBy(c -> c.since().certainty(), Collectors.counting()));
    // DATA.md, "Certainty marks", treaty controls only (national tables are curated apart): 45
    // verified years, none recollected (session 7 replaced the last three), 131 unverified or
    // unknown (most of the controls added from the printed 1961 Schedules carry no date). A date
    // found later moves between these counts deliberately.
    assertEquals(Map.of(Certainty.VERIFIED, 45L, Certainty.UNVERIFIED, 131L), counts);
  }

  @Test
  void scheduleIAndIvSubstancesHaveTwoControls() {
    List<String> schedules =
        data.substance("carfentanil").orElseThrow().controls().stream()
            .filter(c -> c.jurisdiction().equals(Jurisdiction.UN_1961))
            .map(Control::schedule)
            .toList();
    assertEquals(List.of("I", "IV"), schedules);
  }

  @Test
  void bundledIsSharedAndImmutable() {
    assertSame(data, ReferenceData.bundled());
    assertThrows(UnsupportedOperationException.class, () -> data.substances().remove(0));
    assertEquals(Optional.empty(), data.substance("Fentanyl"));
    assertEquals("Fentanyl", data.substance("fentanyl").orElseThrow().name());
  }

  /** The one treaty control of a substance (national controls are in their own files). */
  private Control onlyControl(String id) {
    // The one treaty control (national tables may add others to the same substance).
    List<Control> controls =
        data.substance(id).orElseThrow().controls().stream()
            .filter(c -> c.jurisdiction().isTreaty())
            .toList();
    assertEquals(1, controls.size(), id);
    return controls.get(0);
  }
}
