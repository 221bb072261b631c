/**
 * Internal to the Opioid Registry modules: the intersection-popcount kernels of {@code
 * FingerprintIndex}, public only so that the benchmarks can measure the very kernel the index runs.
 * Not an API; anything here may change or go in any release without notice. The API report of the
 * build leaves these packages out, and the javadoc jar does not document them.
 *
 * <p>The Vector API kernel is a multi-release class: {@code VectorKernels} has a Java 17 version
 * (which never offers a kernel) and a Java 21 version in {@code META-INF/versions/21} of the core
 * jar, compiled only when the build is given a JDK 21 or later ({@code -Dvector.jdk=...}, see
 * {@code benchmarks/README.md}).
 */
package org.opioidregistry.core.similarity.internal;
