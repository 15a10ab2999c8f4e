/**
 * Postfix main.cf knowledge for docker-mailserver overlays, independent of HCL: {@link dev.stackgen.postfix.MainCf}
 * (Postfix's own parser), {@link dev.stackgen.postfix.Profile} (parameters and defaults generated from the real
 * postconf by {@code tools/postfix/gen-profile.sh}, plus the image's files), {@link dev.stackgen.postfix.PostfixLinter}
 * (rules in {@code RULES.md}), {@link dev.stackgen.postfix.Effective} ({@code postconf -n} after the merge) and the
 * {@link dev.stackgen.postfix.PostfixLint} facade for the CLI. {@link dev.stackgen.postfix.DmsStartup} models what
 * docker-mailserver v15.0.0's start-up does to main.cf and master.cf for an environment, and
 * {@link dev.stackgen.postfix.DmsContext} adds its {@code postfix-master.cf} and lines appended to master.cf;
 * {@link dev.stackgen.postfix.MasterCf} prints master.cf as {@code postconf -M}/{@code -P} do.
 */
package dev.stackgen.postfix;
