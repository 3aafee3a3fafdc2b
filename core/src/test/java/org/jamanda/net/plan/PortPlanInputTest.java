package org.jamanda.net.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PortPlanInputTest {

  @Test
  void rejectsZeroInparallel() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Inputs.bsd().inparallel(0).build())
        .withMessage("inparallel must be at least 1, got 0");
  }

  @Test
  void rejectsZeroMaxdumps() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Inputs.bsd().maxdumps(0).build())
        .withMessage("maxdumps must be at least 1, got 0");
  }

  @Test
  void rejectsAClientPortOutsideOneTo65535() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Inputs.bsd().clientPort(65536).build())
        .withMessage("client port must be 1..65535, got 65536");
  }

  @Test
  void rejectsAnEmptyAuthSet() {
    PortPlanInput valid = Inputs.bsd().build();

    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                new PortPlanInput(
                    1,
                    1,
                    Set.of(),
                    valid.unreservedTcp(),
                    valid.reservedUdp(),
                    valid.reservedTcp(),
                    valid.services(),
                    10080,
                    false))
        .withMessage("a port plan needs at least one auth");
  }

  @Test
  void copiesAuthsInDeclarationOrder() {
    PortPlanInput valid = Inputs.bsd().build();
    Set<Auth> given = new HashSet<>(EnumSet.of(Auth.KRB5, Auth.BSD, Auth.SSL));

    PortPlanInput input =
        new PortPlanInput(
            1,
            1,
            given,
            valid.unreservedTcp(),
            valid.reservedUdp(),
            valid.reservedTcp(),
            valid.services(),
            10080,
            false);
    given.clear();

    assertThat(input.auths()).containsExactly(Auth.BSD, Auth.SSL, Auth.KRB5);
    assertThat(input.usesUdpRequests()).isTrue();
  }
}
