/**
 * Internal: the lossless HCL lexer, parser and canonical formatter, and HCL escaping. May change in any
 * release.
 */
package dev.stackgen.hcl;
