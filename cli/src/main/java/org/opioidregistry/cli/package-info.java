/**
 * The {@code opioid-registry} command: picocli commands that detect what each query is, parse it,
 * ask an {@link org.opioidregistry.cli.Identifier} (the registry) about it, and write reports. The
 * only module that prints.
 */
package org.opioidregistry.cli;
