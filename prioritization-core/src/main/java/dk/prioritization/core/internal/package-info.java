/**
 * Internal dense storage and plumbing shared by the rule packages; not part of the API.
 *
 * <p>This package is exported only to the JSON adapter (which hands ballots to profile builders
 * as candidate indices), not to users of the {@code dk.prioritization.core} module. On the class
 * path its classes are reachable but may change in any release.
 */
package dk.prioritization.core.internal;
