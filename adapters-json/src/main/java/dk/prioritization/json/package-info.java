/**
 * The JSON adapters: a Jackson module and a versioned, documented JSON format.
 *
 * <p>Not yet implemented: this package holds the module's place in the build until the adapters
 * land.
 */
package dk.prioritization.json;
