/**
 * JMH benchmarks for the engine; each class answers one question and documents its command.
 */
package dk.prioritization.benchmarks;
