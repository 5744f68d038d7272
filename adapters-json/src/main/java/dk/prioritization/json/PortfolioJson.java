package dk.prioritization.json;

import com.fasterxml.jackson.databind.module.SimpleModule;

/** The (de)serialisers of the portfolio model's types. */
final class PortfolioJson {
  private PortfolioJson() {}

  /** Registers this file's (de)serialisers with {@code module}. */
  static void register(SimpleModule module) {}
}
