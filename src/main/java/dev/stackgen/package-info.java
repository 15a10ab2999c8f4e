/**
 * The API entry point: {@link dev.stackgen.Stackgen} reads or takes a catalog and renders, checks,
 * generates, imports, draws the dependency graph and lints the Postfix overlays; input errors are
 * {@link dev.stackgen.StackgenException}. Together with {@link dev.stackgen.model} this is the API;
 * other packages are internal except for the types their documentation names. See docs/java-api.md.
 */
package dev.stackgen;
