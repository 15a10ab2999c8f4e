package dev.stackgen;

import java.util.List;
import java.util.Optional;

/**
 * The main.cf (and master.cf) docker-mailserver ends up with, per overlay ({@code stackgen postfix effective}).
 *
 * @param overlays one per overlay, in catalog order (one for a plain fragment)
 * @param none why there is no overlay to merge (empty when {@code overlays} is not)
 */
public record PostfixEffective(List<Overlay> overlays, Optional<String> none) {
  public PostfixEffective {
    overlays = List.copyOf(overlays);
  }

  /**
   * One merged overlay.
   *
   * @param stack the stack it belongs to (empty for a plain fragment)
   * @param file the overlay's file in the stack folder, or the fragment's path
   * @param variable the Terraform variable holding it (empty for a plain fragment)
   * @param mainCf main.cf in {@code postconf -n} form (with each line's origin above it when asked for)
   * @param master master.cf in {@code postconf -M} form (each service's origin above it when asked for)
   * @param masterParameters master.cf's {@code -o} settings in {@code postconf -P} form
   * @param masterFatal the master.cf entry postconf dies on ({@code file:line: postconf rejects this master.cf
   *     entry (fatal: ...)}); postconf prints no master.cf then, so {@code master} and {@code masterParameters}
   *     are not what a container shows
   */
  public record Overlay(String stack, String file, String variable, String mainCf, String master,
      String masterParameters, Optional<String> masterFatal) {}
}
