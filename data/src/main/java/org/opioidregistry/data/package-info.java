/**
 * The curated reference data of controlled synthetic opioids and fentanyl precursors, and its
 * loader. {@link org.opioidregistry.data.ReferenceData#bundled()} gives the bundled data, verified
 * as it is loaded; {@link org.opioidregistry.data.SubstanceTableReader} reads and verifies files in
 * the same format; a malformed line is reported as a {@link
 * org.opioidregistry.data.DataFileException} naming file, line and reason. The module's {@code
 * DATA.md} says what the data cover and where each fact comes from.
 *
 * <p>Every public type of this package is immutable or stateless, and thread-safe.
 */
package org.opioidregistry.data;
