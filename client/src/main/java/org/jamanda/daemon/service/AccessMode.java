package org.jamanda.daemon.service;

/**
 * What an access check asks of a file, with the words Amanda's {@code check_access_message}
 * (client_util.c) uses for it: {@code /bin/tar executable}, {@code can not read/write '...'}.
 */
enum AccessMode {
  /** {@code F_OK}. */
  EXISTS("find", "exists"),
  /** {@code X_OK}. */
  EXECUTE("execute", "executable"),
  /** {@code R_OK|W_OK}. */
  READ_WRITE("read/write", "read/writable"),
  /** {@code R_OK}. */
  READ("access", "accessible");

  private final String noun;
  private final String adjective;

  AccessMode(String noun, String adjective) {
    this.noun = noun;
    this.adjective = adjective;
  }

  String noun() {
    return noun;
  }

  String adjective() {
    return adjective;
  }

  /** The modes to pass to {@code FileSystemProvider.checkAccess}; none tests existence. */
  java.nio.file.AccessMode[] modes() {
    return switch (this) {
      case EXISTS -> new java.nio.file.AccessMode[0];
      case EXECUTE -> new java.nio.file.AccessMode[] {java.nio.file.AccessMode.EXECUTE};
      case READ_WRITE ->
          new java.nio.file.AccessMode[] {
            java.nio.file.AccessMode.READ, java.nio.file.AccessMode.WRITE
          };
      case READ -> new java.nio.file.AccessMode[] {java.nio.file.AccessMode.READ};
    };
  }
}
