/**
 * Internal: the language server of {@code stackgen lsp} (needs LSP4J, which only the command-line jar
 * carries): diagnostics, completion, hover, navigation, formatting and previews for catalog files.
 */
package dev.stackgen.lsp;
