package dev.stackgen.hcl;

import java.util.List;

/** Hand-written HCL inputs shared by the hcl package tests. */
final class Samples {
  private Samples() {}

  static final List<String> INPUTS =
      List.of(
          "",
          "\n",
          "   ",
          "a = 1",
          "a = 1\n",
          "a=1\r\nb = 2\r\n",
          "\ta\t=\t1\t\n",
          "\uFEFFa = 1\n",
          "# only a comment",
          "// slash comment\n/* block\n comment */\n",
          "a = \"x\" # trailing\nbb = 2 // trailing\n",
          "variable \"x\" { type = string }\n",
          "dependency \"a\" {}\n",
          "dependency \"x\" { # why\n  config_path = \"../x\"\n}\n",
          "locals {\n  a = [\n    1,\n    2,\n  ]\n  b = { k = \"v\", \"q\" = 2 }\n}\n",
          "resource \"aws_s3_bucket\" \"b\" {\n  bucket = \"${var.prefix}-bucket\"\n  tags = merge(local.tags, {\n    Name = \"x\"\n  })\n}\n",
          "a = <<EOT\nhello ${name}\n  world\nEOT\n",
          "a = <<-EOT\n    indented\n      more\n    EOT\nb = 1\n",
          "a = <<EOT\r\nline\r\nEOT\r\n",
          "x = [for k, v in var.m : \"${k}=${v}\" if v != null]\n",
          "y = {for s in var.list : s => upper(s)...}\n",
          "z = var.cond ? \"a\" : \"b\"\n",
          "s = aws_instance.web[*].id\n",
          "t = var.list.*.name\n",
          "u = \"%{ if var.x }yes%{ else }no%{ endif }\"\n",
          "v = -1 + 2 * 3 / 4 % 5 - -6\n",
          "w = !true && false || 1 >= 2 && 3 <= 4 && 5 == 5 && 6 != 7 && 8 < 9 && 10 > 11\n",
          "unicode = \"héllo wörld ✓ 日本\"\n",
          "esc = \"a\\\"b\\\\c\\n\\t\\u00e9\\U0001F600 $${x} %%{y}\"\n",
          "block {\n  nested {\n    deep {\n      a = 1\n    }\n  }\n}\n",
          "a = 1\n\n\n\nb = 2\n",
          "terraform {\n  source = \"git::https://example.com/x.git//mod?ref=v1.0\"\n}\ninclude \"root\" {\n  path = find_in_parent_folders()\n}\n",
          "inputs = merge(\n  local.common,\n  {\n    a = 1 # one\n    b = 2\n  },\n)\n",
          "n = 1.5e10\nm = 0.25\n",
          "a = \"${ {a = 1} }\"\n",
          "a = <<EOT\n${a}\n%{for x in y}${x}%{endfor}\nEOT\n",
          "a = \"no newline at end\"",
          "  x   =    1    # c   \n   y = 2\n",
          "a = /* inline */ 1\n",
          "label ident \"quoted\" {\n}\n");
}
