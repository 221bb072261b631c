/**
 * Tells what a query text is before it is looked up: a structure (SMILES, InChI, MOL block), an
 * identifier (InChIKey, CAS RN), a molecular formula, a file of structures, or a name. See {@link
 * org.opioidregistry.core.query.QueryDetector}.
 *
 * <p>Every type here is immutable and thread-safe.
 */
package org.opioidregistry.core.query;
