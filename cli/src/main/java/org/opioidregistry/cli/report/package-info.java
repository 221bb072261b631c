/**
 * What the command reports about each query, and how it writes that as a table, JSON lines or TSV.
 * The report types are values that the registry adapter fills in; the writers are the only code
 * that knows the output formats.
 *
 * <p>Report types are immutable and thread-safe; writers are not (one per output stream).
 */
package org.opioidregistry.cli.report;
