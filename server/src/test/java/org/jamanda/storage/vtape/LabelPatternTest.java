package org.jamanda.storage.vtape;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import java.util.Set;
import org.jamanda.config.Autolabel;
import org.jamanda.config.LabelStr;
import org.junit.jupiter.api.Test;

class LabelPatternTest {
  @Test
  void labelstrMatchesAnywhereInTheLabelAsRegexecDoes() throws VolumeLabelException {
    LabelPattern pattern = LabelPattern.regex("Lab-[0-9]");

    assertThat(pattern.matches("Lab-1")).isTrue();
    assertThat(pattern.matches("xLab-1x")).isTrue();
    assertThat(pattern.matches("Lab-x")).isFalse();
  }

  @Test
  void matchAutolabelReadsTheTemplateWithDigitsAndConfigName() throws VolumeLabelException {
    Autolabel autolabel = new Autolabel(Optional.of("$c-%%%"), Set.of());

    LabelPattern pattern = LabelPattern.of(LabelStr.MATCH_AUTOLABEL, autolabel, "Daily");

    assertThat(pattern.matches("Daily-007")).isTrue();
    assertThat(pattern.matches("Daily-07")).isFalse();
    assertThat(pattern.matches("Weekly-007")).isFalse();
  }

  @Test
  void refusesAnAutolabelTemplateWithBarcodeCode() {
    Autolabel autolabel = new Autolabel(Optional.of("$b"), Set.of());

    assertThatThrownBy(() -> LabelPattern.of(LabelStr.MATCH_AUTOLABEL, autolabel, "Daily"))
        .isInstanceOf(VolumeLabelException.class)
        .hasMessage("autolabel template '$b' uses a $-code other than $c; not supported");
  }

  @Test
  void refusesAnInvalidLabelstr() {
    assertThatThrownBy(() -> LabelPattern.regex("Lab-[0-9"))
        .isInstanceOf(VolumeLabelException.class)
        .hasMessageStartingWith("labelstr 'Lab-[0-9' is not a regular expression: ");
  }
}
