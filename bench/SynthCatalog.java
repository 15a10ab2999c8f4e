import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Prints a synthetic stackgen.hcl with N stacks shaped like the homelab fixture: five tiers, three
 * shared providers, a defaults dependency on "platform", tier-0 stacks with local state, cluster
 * stacks that opt out of the defaults, app stacks with 0-4 dependencies on earlier stacks (with the
 * comment saying why), inputs with comments, some generate heredocs and terraform sources.
 * Deterministic for a given N and seed. Run: java bench/SynthCatalog.java N [SEED] > stackgen.hcl
 */
public class SynthCatalog {
  public static void main(String[] args) {
    int n = Integer.parseInt(args[0]);
    long seed = args.length > 1 ? Long.parseLong(args[1]) : 42L;
    System.out.print(catalog(n, seed));
  }

  static String catalog(int n, long seed) {
    Random rnd = new Random(seed);
    StringBuilder b = new StringBuilder(n * 600);
    b.append("""
        # Synthetic catalog for the stackgen benchmark (bench/SynthCatalog.java).
        # Shaped like the homelab fixture: tiers, providers, defaults, dependencies with
        # comments that say why, inputs, generate heredocs.

        stackgen {
          stacks_dir = "stacks"
          header     = true
        }

        root {
          # Apply tiers, lowest first.
          tiers = {
            core     = "0-core" # local state
            cluster  = "1-cluster"
            platform = "2-platform"
            # Public-facing things.
            edge = "3-edge"
            aux  = "4-aux"
          }

          provider "kubernetes" {
            source      = "hashicorp/kubernetes"
            version     = "~> 2.35"
            config_path = "~/.kube/config"
          }

          provider "helm" {
            source  = "hashicorp/helm"
            version = "~> 2.17"
            kubernetes {
              config_path = "~/.kube/config"
            }
          }

          # VAULT_ADDR and VAULT_TOKEN come from the environment.
          provider "vault" {
            source  = "hashicorp/vault"
            version = "~> 4.5"
          }

          pg_conn_str = get_env("PG_CONN_STR", "postgres://terraform@127.0.0.1:15432/terraform_state")

          locals {
            domain = "lab.example.net"
          }

          terraform_version_constraint = ">= 1.6"
        }

        # Most stacks need their namespace and DNS record, which platform creates.
        defaults {
          # Creates the namespace, TLS secret and DNS record.
          dependency "platform" {}
        }

        """);
    List<String> names = new ArrayList<>();
    List<String> pgNames = new ArrayList<>();
    int tier0 = Math.min(5, n);
    for (int i = 0; i < n; i++) {
      String name;
      String tier;
      if (i < tier0) {
        name = "core-" + i;
        tier = "core";
      } else if (i == tier0) {
        name = "platform";
        tier = "platform";
      } else if (i < tier0 + 1 + Math.max(1, n / 50)) {
        name = "cluster-" + i;
        tier = "cluster";
      } else {
        name = (rnd.nextInt(3) == 0 ? "edge-" : "app-") + i;
        tier = name.startsWith("edge") ? "edge" : "aux";
      }
      b.append("# ").append(name).append(": synthetic stack number ").append(i).append(".\n");
      b.append("stack \"").append(name).append("\" {\n");
      b.append("  tier = \"").append(tier).append("\"\n");
      if (tier.equals("core")) {
        b.append("  state = \"local\" # applied before the state database exists\n");
      }
      if (tier.equals("cluster") || name.equals("platform")) {
        b.append("  use_defaults = false # platform is built on these\n");
      }
      List<String> pool = tier.equals("core") ? names : pgNames;
      int deps = pool.isEmpty() ? 0 : rnd.nextInt(5);
      List<String> chosen = new ArrayList<>();
      for (int d = 0; d < deps; d++) {
        String target = pool.get(rnd.nextInt(pool.size()));
        if (!chosen.contains(target) && !(target.equals("platform") && !tier.equals("cluster"))) {
          chosen.add(target);
        }
      }
      if (name.equals("platform")) {
        chosen.clear();
        for (String s : names) {
          if (s.startsWith("core")) {
            chosen.add(s);
            break;
          }
        }
      }
      for (String dep : chosen) {
        b.append("\n  # Needs ").append(dep).append(" first: it creates what this stack reads.\n");
        b.append("  dependency \"").append(dep).append("\" {}\n");
      }
      if (rnd.nextInt(4) == 0) {
        b.append("""

              terraform {
                source = "git::https://git.example.net/infra/modules.git//%s?ref=v1.%d.0"
              }
            """.formatted(name, rnd.nextInt(30)));
      }
      if (rnd.nextInt(3) != 0) {
        b.append("\n  inputs = {\n");
        b.append("    # Bump per deploy.\n");
        b.append("    image_tag = \"v").append(rnd.nextInt(5)).append('.').append(rnd.nextInt(20)).append(".0\"\n");
        b.append("    replicas = ").append(1 + rnd.nextInt(3)).append('\n');
        if (rnd.nextBoolean()) {
          b.append("\n    # Storage on the NAS.\n    storage_size = \"").append(1 + rnd.nextInt(50)).append("Gi\"\n");
        }
        b.append("    hostname = \"").append(name).append(".${local.domain}\"\n");
        b.append("  }\n");
      }
      if (rnd.nextInt(8) == 0) {
        b.append("""

              # Overrides the shared providers for this stack only.
              generate "extra_provider" {
                path      = "extra_provider_override.tf"
                if_exists = "overwrite_terragrunt"
                contents  = <<EOF
            provider "vault" {
              skip_child_token = true
            }
            EOF
              }
            """);
      }
      b.append("}\n\n");
      names.add(name);
      if (!tier.equals("core")) {
        pgNames.add(name);
      }
    }
    return b.toString();
  }
}
