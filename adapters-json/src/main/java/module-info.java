/**
 * JSON for the prioritization engine and the portfolio model: a Jackson module, a versioned
 * document format with JSON Schemas, and streaming readers for large ballot files.
 */
module dk.prioritization.json {
  requires transitive dk.prioritization.core;
  requires transitive dk.prioritization.portfolio;
  requires transitive com.fasterxml.jackson.databind;

  exports dk.prioritization.json;

  provides com.fasterxml.jackson.databind.Module with dk.prioritization.json.PrioritizationModule;
}
