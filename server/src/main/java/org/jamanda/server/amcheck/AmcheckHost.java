package org.jamanda.server.amcheck;

import java.util.List;
import java.util.Objects;

/**
 * A client host of the disklist and the DLEs amcheck checks on it, in disklist order. Immutable.
 *
 * <p>As in Amanda, the host's auth, client port and maxdumps are those of its first DLE; {@link
 * ClientChecks} reports DLEs that disagree.
 *
 * @param name the host name as written in the disklist
 * @param dles its DLEs, at least one
 */
public record AmcheckHost(String name, List<AmcheckDle> dles) {
  public AmcheckHost {
    Objects.requireNonNull(name, "name");
    dles = List.copyOf(dles);
    if (dles.isEmpty()) {
      throw new IllegalArgumentException("host " + name + " has no DLE");
    }
  }

  public String auth() {
    return dles.get(0).auth();
  }

  public int maxdumps() {
    return dles.get(0).maxdumps();
  }

  public AmcheckDle first() {
    return dles.get(0);
  }
}
