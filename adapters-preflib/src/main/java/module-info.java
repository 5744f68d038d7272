/**
 * PrefLib files for the prioritization engine: reads and writes the {@code .soc}, {@code .soi},
 * {@code .toc}, {@code .toi} and {@code .cat} formats as ranked and approval profiles.
 */
module dk.prioritization.preflib {
  requires transitive dk.prioritization.core;

  exports dk.prioritization.preflib;
}
