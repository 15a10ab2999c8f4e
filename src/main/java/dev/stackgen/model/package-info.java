/**
 * API: the typed catalog, immutable records with builders ({@link dev.stackgen.model.Catalog#builder()},
 * {@link dev.stackgen.model.Stack#builder(String)}). No I/O.
 */
package dev.stackgen.model;
