/**
 * The API entry point: {@link dev.stackgen.Stackgen} reads or takes a catalog and renders, checks,
 * generates, imports, adds a stack, migrates the root file, draws the dependency graph, lints and merges
 * the Postfix overlays and formats HCL: every command of the command line is one call there, with its
 * options ({@code RunOptions}, {@code ImportOptions}, {@code PostfixOptions}) and an immutable result
 * record; input errors are {@link dev.stackgen.StackgenException} ({@link
 * dev.stackgen.InvalidRequestException} when the request itself is wrong). The orchestration behind each
 * call lives in package-private classes here, one per concern. Together with {@link dev.stackgen.model} this is the API;
 * other packages are internal except for the types their documentation names. See docs/java-api.md.
 */
package dev.stackgen;
