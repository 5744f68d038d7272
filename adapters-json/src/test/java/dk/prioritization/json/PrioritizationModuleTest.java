package dk.prioritization.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.prioritization.core.Version;
import org.junit.jupiter.api.Test;

/** The module's identity: found through ServiceLoader, reporting the library's real version. */
class PrioritizationModuleTest {

  @Test
  void findAndRegisterModules_findsThisModule() {
    assertThat(ObjectMapper.findModules()).extracting(Module::getModuleName).contains("prioritization");
  }

  @Test
  void version_isTheLibrarysVersion() {
    com.fasterxml.jackson.core.Version v = new PrioritizationModule().version();
    assertThat(v.isUnknownVersion()).isFalse();
    assertThat(Version.current()).startsWith(v.getMajorVersion() + "." + v.getMinorVersion() + "." + v.getPatchLevel());
    assertThat(v.getArtifactId()).isEqualTo("adapters-json");
  }
}
