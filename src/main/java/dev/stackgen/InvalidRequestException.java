package dev.stackgen;

import java.util.Optional;

/**
 * A request that cannot be carried out as asked, for a reason in the request itself rather than in the
 * catalog: a stack name that is not a safe path, a tier or dependency the catalog lacks, a lint profile
 * or option value that does not exist, a file that stands where the request would write. The command line
 * prints it as a usage error of the command (exit 2, with a pointer to the command's {@code --help}).
 */
public class InvalidRequestException extends StackgenException {
  private static final long serialVersionUID = 1L;

  InvalidRequestException(String message) {
    super(message, Optional.empty(), null);
  }
}
