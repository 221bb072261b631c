/**
 * Reading untrusted text in bounded pieces: {@link org.opioidregistry.core.io.BoundedLineReader}
 * gives lines no longer than a limit, so that one enormous line in an SD, SMILES or TSV file is
 * refused as such instead of exhausting memory.
 */
package org.opioidregistry.core.io;
