package dk.prioritization.json;

import com.fasterxml.jackson.databind.module.SimpleModule;

/** The (de)serialisers of the engine's types. */
final class CoreJson {
  private CoreJson() {}

  /** Registers this file's (de)serialisers with {@code module}. */
  static void register(SimpleModule module) {}
}
