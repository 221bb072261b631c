/**
 * Internal to the Opioid Registry modules: public only so that sibling modules can share it. Not an
 * API; anything here may change or go in any release without notice. The API report of the build
 * leaves these packages out, and the javadoc jar does not document them.
 */
package org.opioidregistry.core.internal;
