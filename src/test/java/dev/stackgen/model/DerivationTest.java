package dev.stackgen.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DerivationTest {
  private static final ModuleCall CALL = ModuleCall.builder("app")
      .argument("a", new Expr("[var.x, data.vault_kv_secret_v2.s.data[\"k\"]]"))
      .build();

  @Test
  void allIsEverythingOn() {
    assertThat(Derivation.ALL).isEqualTo(new Derivation(true, true, true, true));
  }

  @Test
  void eachSwitchTurnsOffOnlyItsPart() {
    ModuleCall noVariables = CALL.withDerived("web", "aux", new Derivation(false, true, true, true));
    assertThat(noVariables.variables()).isEmpty();
    assertThat(noVariables.vaultSources()).hasSize(1);

    ModuleCall noVault = CALL.withDerived("web", "aux", new Derivation(true, false, true, true));
    assertThat(noVault.vaultSources()).isEmpty();
    assertThat(noVault.variables()).containsExactly(Variable.string("x"));

    assertThat(CALL.withDerived("web", "aux", new Derivation(true, true, false, true)).arguments())
        .extracting(Attr::name).containsExactly("a", "tier");
    assertThat(CALL.withDerived("web", "aux", new Derivation(true, true, true, false)).arguments())
        .extracting(Attr::name).containsExactly("source", "a");
    assertThat(CALL.withDerived("web", "aux", new Derivation(false, false, false, false))).isEqualTo(CALL);
  }
}
