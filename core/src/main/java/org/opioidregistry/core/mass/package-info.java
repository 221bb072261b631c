/**
 * Molecular formulas and exact masses for formula and mass-spectrometry queries: {@link
 * org.opioidregistry.core.mass.MolecularFormula} parses what a chemist types ("C22H28N2O"), {@link
 * org.opioidregistry.core.mass.Adduct} converts between a neutral monoisotopic mass and the m/z of
 * a common electrospray ion, and {@link org.opioidregistry.core.mass.MassWindow} holds a ppm
 * tolerance around a mass.
 *
 * <p>Every type here is immutable and thread-safe.
 */
package org.opioidregistry.core.mass;
