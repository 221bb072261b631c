/**
 * Not API: classes that must be public for a service loader (Log4j's provider lookup) and that no
 * caller should name.
 */
package org.opioidregistry.identify.internal;
