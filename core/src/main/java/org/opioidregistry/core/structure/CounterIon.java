package org.opioidregistry.core.structure;

import com.google.common.collect.ImmutableMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.openscience.cdk.exception.CDKException;
import org.openscience.cdk.interfaces.IAtomContainer;

/**
 * The acids, bases, metals and solvents that salts and solvates of drugs are commonly made with,
 * named as a chemist names them. Looked up by the canonical SMILES of the neutral form, so that
 * "Cl", "[Cl-]", "OC(=O)CC(O)(CC(=O)O)C(=O)O" and its trianion all find their entry.
 */
record CounterIon(String neutralName, String ionName, RemovedFragment.Kind kind) {

  /** A SMILES character that marks stereo (bond direction or tetrahedral centre). */
  private static final Pattern STEREO_MARK = Pattern.compile("[/\\\\@]");

  /**
   * Neutral SMILES of each entry; where stereo tells two entries apart (fumaric and maleic acid)
   * both are listed, and a form without stereo falls back to the entry without stereo. Salt forms
   * seen in seizures and reference standards: the pharmacopoeial salt formers (hydrochloride,
   * citrate, sulfate...) and those of research chemical vendors (oxalate, fumarate,
   * trifluoroacetate).
   */
  private static final Map<String, CounterIon> BY_NEUTRAL_SMILES =
      ImmutableMap.<String, CounterIon>builder()
          .put("Cl", acid("hydrogen chloride", "chloride"))
          .put("Br", acid("hydrogen bromide", "bromide"))
          .put("I", acid("hydrogen iodide", "iodide"))
          .put("F", acid("hydrogen fluoride", "fluoride"))
          .put("OS(=O)(=O)O", acid("sulfuric acid", "sulfate"))
          .put("OP(=O)(O)O", acid("phosphoric acid", "phosphate"))
          .put("O[N+](=O)[O-]", acid("nitric acid", "nitrate"))
          .put("OCl(=O)(=O)=O", acid("perchloric acid", "perchlorate"))
          .put("OC(=O)CC(O)(CC(=O)O)C(=O)O", acid("citric acid", "citrate"))
          .put("OC(=O)C(=O)O", acid("oxalic acid", "oxalate"))
          .put("OC(=O)/C=C/C(=O)O", acid("fumaric acid", "fumarate"))
          .put("OC(=O)/C=C\\C(=O)O", acid("maleic acid", "maleate"))
          .put("OC(=O)C=CC(=O)O", acid("fumaric or maleic acid", "fumarate or maleate"))
          .put("OC(=O)C(O)C(O)C(=O)O", acid("tartaric acid", "tartrate"))
          .put("OC(=O)CCC(=O)O", acid("succinic acid", "succinate"))
          .put("OC(=O)CC(O)C(=O)O", acid("malic acid", "malate"))
          .put("CC(=O)O", acid("acetic acid", "acetate"))
          .put("OC(=O)C(F)(F)F", acid("trifluoroacetic acid", "trifluoroacetate"))
          .put("CS(=O)(=O)O", acid("methanesulfonic acid", "mesylate"))
          .put("Cc1ccc(cc1)S(=O)(=O)O", acid("p-toluenesulfonic acid", "tosylate"))
          .put("OS(=O)(=O)c1ccccc1", acid("benzenesulfonic acid", "besylate"))
          .put("CC(O)C(=O)O", acid("lactic acid", "lactate"))
          .put("OC(=O)c1ccccc1", acid("benzoic acid", "benzoate"))
          .put("O", new CounterIon("water", "hydroxide", RemovedFragment.Kind.SOLVENT))
          .put("CO", new CounterIon("methanol", "methoxide", RemovedFragment.Kind.SOLVENT))
          .put("CCO", new CounterIon("ethanol", "ethoxide", RemovedFragment.Kind.SOLVENT))
          .put("N", new CounterIon("ammonia", "ammonium", RemovedFragment.Kind.COUNTER_ION))
          .put("[Na]", metal("sodium"))
          .put("[K]", metal("potassium"))
          .put("[Li]", metal("lithium"))
          .put("[Ca]", metal("calcium"))
          .put("[Mg]", metal("magnesium"))
          .put("[Zn]", metal("zinc"))
          .buildOrThrow();

  private static CounterIon acid(String neutralName, String ionName) {
    return new CounterIon(neutralName, ionName, RemovedFragment.Kind.COUNTER_ION);
  }

  private static CounterIon metal(String name) {
    return new CounterIon(name, name + " ion", RemovedFragment.Kind.METAL);
  }

  /**
   * Finds the entry for a fragment that has been neutralised for lookup.
   *
   * @param neutralFragment the fragment with charges removed (see {@link Neutralizer#forLookup})
   */
  static Optional<CounterIon> lookup(IAtomContainer neutralFragment) throws CDKException {
    if (!Holder.HEAVY_ATOMS.contains(Atoms.heavyElements(neutralFragment))) {
      // Equal canonical SMILES (with or without stereo) mean equal heavy atoms: no entry can
      // match, and the SMILES (whose canonical numbering costs CDK an InChI run) is not needed.
      return Optional.empty();
    }
    CounterIon exact = Holder.ISOMERIC.get(CdkSupport.canonicalSmiles(neutralFragment));
    if (exact != null) {
      return Optional.of(exact);
    }
    return Optional.ofNullable(
        Holder.SKELETON.get(CdkSupport.canonicalSkeletonSmiles(neutralFragment)));
  }

  /** Canonicalised once, on first use, with the same generator that looks fragments up. */
  private static final class Holder {
    static final Map<String, CounterIon> ISOMERIC = canonicalise(true);
    static final Map<String, CounterIon> SKELETON = canonicalise(false);
    static final java.util.Set<String> HEAVY_ATOMS = heavyAtoms();

    private static java.util.Set<String> heavyAtoms() {
      java.util.Set<String> out = new java.util.HashSet<>();
      for (String smiles : BY_NEUTRAL_SMILES.keySet()) {
        try {
          out.add(Atoms.heavyElements(CdkSupport.smilesParser().parseSmiles(smiles)));
        } catch (CDKException e) {
          throw new IllegalStateException("bad built-in counter-ion " + smiles, e);
        }
      }
      return java.util.Set.copyOf(out);
    }

    private static Map<String, CounterIon> canonicalise(boolean isomeric) {
      Map<String, CounterIon> table = new java.util.LinkedHashMap<>();
      for (Map.Entry<String, CounterIon> entry : BY_NEUTRAL_SMILES.entrySet()) {
        boolean hasStereo = STEREO_MARK.matcher(entry.getKey()).find();
        if (!isomeric && hasStereo) {
          continue; // a form without stereo must not be named as one stereoisomer
        }
        try {
          IAtomContainer mol = CdkSupport.smilesParser().parseSmiles(entry.getKey());
          String key =
              isomeric ? CdkSupport.canonicalSmiles(mol) : CdkSupport.canonicalSkeletonSmiles(mol);
          table.putIfAbsent(key, entry.getValue());
        } catch (CDKException e) {
          throw new IllegalStateException("bad built-in counter-ion " + entry.getKey(), e);
        }
      }
      return ImmutableMap.copyOf(table);
    }
  }
}
