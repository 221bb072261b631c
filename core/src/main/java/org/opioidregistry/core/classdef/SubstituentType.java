package org.opioidregistry.core.classdef;

/**
 * The kind of a substituent, in the vocabulary the legal definitions use.
 *
 * <p>Deliberately narrow: "alkyl" is acyclic and saturated (a cyclopropyl is {@link #OTHER}); an
 * ester is a {@link #ALKOXYCARBONYL} or {@link #ACYLOXY} group attached directly; an ether is an
 * {@link #ALKOXYALKYL} chain. Anything the wording does not name is {@link #OTHER}, so that no
 * definition is read wider than it is written. Thread-safe (an enum).
 */
enum SubstituentType {
  /** Acyclic saturated hydrocarbon chain, e.g. methyl. */
  ALKYL,
  /** Acyclic hydrocarbon chain with at least one C=C and no triple bond, e.g. allyl. */
  ALKENYL,
  /** Alkyl bearing only halogens, e.g. trifluoromethyl. */
  HALOALKYL,
  /** O-alkyl, e.g. methoxy. */
  ALKOXY,
  /** OH. */
  HYDROXY,
  /** F, Cl, Br or I. */
  HALO,
  /** NH2 or N-alkylamino. */
  AMINO,
  /** NO2. */
  NITRO,
  /** C(=O)O-alkyl attached by the carbonyl carbon (an ester), e.g. methoxycarbonyl. */
  ALKOXYCARBONYL,
  /** O-C(=O)-alkyl attached by the oxygen (an ester), e.g. acetoxy. */
  ACYLOXY,
  /** Alkyl chain containing ether oxygens, attached by carbon (an ether), e.g. methoxymethyl. */
  ALKOXYALKYL,
  /** O-haloalkyl, e.g. trifluoromethoxy. */
  HALOALKOXY,
  /** C#N. */
  CYANO,
  /** S-alkyl, e.g. methylsulfanyl. */
  ALKYLTHIO,
  /** S(=O)(=O)-alkyl, e.g. methanesulfonyl. */
  ALKYLSULFONYL,
  /** O-(CH2)n-O bridging two adjacent ring atoms, e.g. methylenedioxy. */
  ALKYLENEDIOXY,
  /** Anything else: rings, cyano, oxo, carboxy, alkynyl, groups that close a ring. */
  OTHER
}
