/**
 * Case reports: {@link org.opioidregistry.report.CaseReport} renders identifications, with their
 * pictures, grounds, disclaimer and provenance, as one self-contained file a laboratory can file.
 */
package org.opioidregistry.report;
