package org.opioidregistry.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openscience.cdk.exception.InvalidSmilesException;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.silent.SilentChemObjectBuilder;
import org.openscience.cdk.smiles.SmilesParser;
import org.opioidregistry.core.fingerprint.Fingerprint;
import org.opioidregistry.core.fingerprint.FingerprintType;
import org.opioidregistry.core.fingerprint.Fingerprinter;

/**
 * Fingerprinting throughput (molecules/s) per type: through the shared facade (one CDK instance per
 * thread), with a fresh facade and CDK instance per molecule (what the per-thread cache saves), and
 * SMILES to ECFP4 end to end. Each invocation handles the next molecule of the set.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class FingerprintBenchmark {

  /** A small built-in set: fentanyls, nitazenes, morphinans and other drugs. */
  static final String[] BUILT_IN = {
    "CCC(=O)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1",
    "CC(=O)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1",
    "CCC(=O)N(c1ccccc1)C1(C(=O)OC)CCN(CCc2ccccc2)CC1",
    "CCN(CC)CCn1c(Cc2ccc(OC(C)C)cc2)nc2cc([N+](=O)[O-])ccc21",
    "CCN(CC)CCn1c(Cc2ccc(OC)cc2)nc2cc([N+](=O)[O-])ccc21",
    "O=C(CC)N(c1ccccc1)C1CCN(CCc2cccs2)CC1",
    "CCC(=O)N(c1ccc(F)cc1)C1CCN(CCc2ccccc2)CC1",
    "COC(=O)CCN1CCC(CC1)(C(=O)OC)N(C(=O)CC)c1ccccc1",
    "CN1CC[C@]23c4c5ccc(O)c4O[C@H]2[C@@H](O)C=C[C@H]3[C@H]1C5",
    "CCC(=O)C(CC(C)N(C)C)(c1ccccc1)c1ccccc1",
    "CN1C=NC2=C1C(=O)N(C(=O)N2C)C",
    "Clc1ccc2c(c1)C(=NCC(=O)N2C)c1ccccc1",
    "CC(=O)Oc1ccccc1C(=O)O",
    "COc1ccc2C[C@H]3N(C)CC[C@@]45[C@@H](Oc1c24)C(=O)CC[C@@]35O",
    "CCOC(=O)C1(CCN(C)CC1)c1ccccc1",
    "CN(C)C(=O)C(CCN1CCC(O)(CC1)c1ccc(Cl)cc1)(c1ccccc1)c1ccccc1",
  };

  /** The molecules, parsed once. */
  @State(Scope.Benchmark)
  public static class Molecules {
    /** A SMILES file (first column), e.g. RDKit's NCI first_5K.smi; empty for the built-in set. */
    @Param({""})
    public String smiles;

    /** The fingerprint type. */
    @Param({"ECFP4", "ECFP6", "FCFP4", "PUBCHEM", "MACCS", "PATH"})
    public FingerprintType type;

    List<String> texts;
    List<IAtomContainer> molecules;
    Fingerprinter fingerprinter;
    Fingerprinter ecfp4;

    /** Parses the set; lines the CDK rejects are skipped. */
    @Setup(Level.Trial)
    public void load() throws IOException {
      MachineInfo.print();
      List<String> in = new ArrayList<>();
      if (smiles.isEmpty()) {
        in.addAll(List.of(BUILT_IN));
      } else {
        for (String line : Files.readAllLines(Path.of(smiles), StandardCharsets.UTF_8)) {
          String[] f = line.trim().split("\\s+", 2);
          if (!f[0].isEmpty()) {
            in.add(f[0]);
          }
        }
      }
      SmilesParser sp = new SmilesParser(SilentChemObjectBuilder.getInstance());
      texts = new ArrayList<>();
      molecules = new ArrayList<>();
      fingerprinter = Fingerprinter.of(type);
      ecfp4 = Fingerprinter.of(FingerprintType.ECFP4);
      for (String s : in) {
        try {
          IAtomContainer m = sp.parseSmiles(s);
          fingerprinter.fingerprint(m); // skip what the fingerprinter cannot handle
          texts.add(s);
          molecules.add(m);
        } catch (InvalidSmilesException | IllegalArgumentException e) {
          // not part of the measured set
        }
      }
    }
  }

  /** Which molecule comes next, per benchmark thread. */
  @State(Scope.Thread)
  public static class Cursor {
    int i;
    final SmilesParser parser = new SmilesParser(SilentChemObjectBuilder.getInstance());

    int next(int n) {
      int r = i;
      i = (i + 1) % n;
      return r;
    }
  }

  /** The shared facade: one CDK fingerprinter per thread, a copy of the molecule per call. */
  @Benchmark
  public Fingerprint fingerprint(Molecules m, Cursor c) {
    return m.fingerprinter.fingerprint(m.molecules.get(c.next(m.molecules.size())));
  }

  /** A new facade (so a new CDK fingerprinter) for every molecule: the cost of not caching. */
  @Benchmark
  public Fingerprint fingerprintFreshInstance(Molecules m, Cursor c) {
    return Fingerprinter.of(m.type).fingerprint(m.molecules.get(c.next(m.molecules.size())));
  }

  /** SMILES text to ECFP4 (parse included); the type parameter is ignored. */
  @Benchmark
  public Fingerprint smilesToEcfp4(Molecules m, Cursor c) throws InvalidSmilesException {
    return m.ecfp4.fingerprint(c.parser.parseSmiles(m.texts.get(c.next(m.texts.size()))));
  }
}
