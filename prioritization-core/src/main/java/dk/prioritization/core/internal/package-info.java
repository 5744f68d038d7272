/**
 * Internal dense storage and plumbing shared by the rule packages; not part of the API.
 *
 * <p>This package is not exported from the {@code dk.prioritization.core} module. On the class
 * path its classes are reachable but may change in any release.
 */
package dk.prioritization.core.internal;
