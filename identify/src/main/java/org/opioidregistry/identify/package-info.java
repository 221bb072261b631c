/**
 * Identification as a library call: {@link org.opioidregistry.identify.Identifier} reads a query,
 * standardises its structure and decides the {@link org.opioidregistry.identify.Verdict} with every
 * ground for it; {@link org.opioidregistry.identify.Identification} is the one result record that
 * the command line, the server and batch jobs render; {@link
 * org.opioidregistry.identify.IdentificationJson} writes it as JSON.
 */
package org.opioidregistry.identify;
