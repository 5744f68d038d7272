/**
 * JSON for the prioritization engine and the portfolio model.
 *
 * <p>{@link dk.prioritization.json.PrioritizationModule} is a Jackson module for every public type
 * a user exchanges; the engine and domain types carry no Jackson annotations. Documents carry a
 * top-level {@code "format"} field ({@value dk.prioritization.json.JsonFormat#FORMAT}); reading a
 * document checks all of it and reports every problem with its JSON path in one
 * {@link dk.prioritization.json.DocumentException}.
 */
package dk.prioritization.json;
