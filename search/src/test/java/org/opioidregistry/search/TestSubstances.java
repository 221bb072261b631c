package org.opioidregistry.search;

import java.util.List;
import org.opioidregistry.core.structure.Structure;
import org.opioidregistry.core.structure.StructureParser;
import org.opioidregistry.core.substance.Code;
import org.opioidregistry.core.substance.Control;
import org.opioidregistry.core.substance.ControlDate;
import org.opioidregistry.core.substance.Jurisdiction;
import org.opioidregistry.core.substance.Substance;
import org.opioidregistry.core.substance.SubstanceClass;
import org.opioidregistry.core.substance.SubstanceId;

/** Small substances for registry tests; structures and CAS RNs as in shared/data/controlled.tsv. */
final class TestSubstances {

  private TestSubstances() {}

  static Substance fentanyl() {
    return substance(
            "fentanyl",
            "Fentanyl",
            "CCC(=O)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1",
            SubstanceClass.FENTANYL_ANALOGUE)
        .addSynonym("fentanil")
        .addSynonym("N-phenyl-N-[1-(2-phenylethyl)piperidin-4-yl]propanamide")
        .addCode(Code.cas("437-38-7"))
        .addControl(new Control(Jurisdiction.UN_1961, "I", ControlDate.parse("1964"), "", "INCB"))
        .build();
  }

  static Substance carfentanil() {
    return substance(
            "carfentanil",
            "Carfentanil",
            "CCC(=O)N(c1ccccc1)C1(C(=O)OC)CCN(CCc2ccccc2)CC1",
            SubstanceClass.FENTANYL_ANALOGUE)
        .addCode(Code.cas("59708-52-0"))
        .addControl(new Control(Jurisdiction.UN_1961, "I", ControlDate.parse("2018"), "", "CND 61"))
        .addControl(
            new Control(Jurisdiction.UN_1961, "IV", ControlDate.parse("2018"), "", "CND 61"))
        .build();
  }

  static Substance methylfentanyl() {
    return substance(
            "3-methylfentanyl",
            "3-Methylfentanyl",
            "CCC(=O)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1C",
            SubstanceClass.FENTANYL_ANALOGUE)
        .addControl(
            new Control(
                Jurisdiction.UN_1961, "I", ControlDate.parse("1980s (unverified)"), "", "INCB"))
        .build();
  }

  static Substance isotonitazene() {
    return substance(
            "isotonitazene",
            "Isotonitazene",
            "CCN(CC)CCn1c(Cc2ccc(OC(C)C)cc2)nc2cc([N+](=O)[O-])ccc21",
            SubstanceClass.NITAZENE)
        .addControl(
            new Control(
                Jurisdiction.UN_1961, "I", ControlDate.parse("2021 (recollection)"), "", "CND 64"))
        .build();
  }

  static Substance anpp() {
    return substance(
            "anpp", "ANPP", "c1ccc(CCN2CCC(Nc3ccccc3)CC2)cc1", SubstanceClass.FENTANYL_PRECURSOR)
        .addSynonym("4-anilino-N-phenethylpiperidine")
        .addControl(
            new Control(Jurisdiction.UN_1988, "Table I", ControlDate.parse("2017"), "", "CND 60"))
        .build();
  }

  static List<Substance> all() {
    return List.of(fentanyl(), carfentanil(), methylfentanyl(), isotonitazene(), anpp());
  }

  static Substance.Builder substance(String id, String name, String smiles, SubstanceClass c) {
    Structure structure = StructureParser.parse(smiles);
    return Substance.builder(SubstanceId.of(id), name, structure)
        .substanceClass(c)
        .addSource("test fixture");
  }
}
