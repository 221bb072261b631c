/**
 * The HTTP API and the reviewers' web page over a registry: {@link
 * org.opioidregistry.server.RegistryServer#start RegistryServer.start(...)} serves JSON under
 * {@code /api/...}, the OpenAPI description at {@code /openapi.json} and the page at {@code /}.
 *
 * <p>Every request runs on a bounded worker pool within a time bound; bodies and query parameters
 * have size limits; a request that breaks one gets a 4xx or 503 with the JSON error record {@code
 * {"reason", "message", "position"}} and never holds up the other clients.
 */
package org.opioidregistry.server;
