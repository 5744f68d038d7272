/**
 * Seeded random profile generators for experiments and tests.
 */
package dk.prioritization.core.generate;
