package org.jamanda.it;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING;

import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * End-to-end tests drive the programs as users and peers do: they never stop the JVM, and they wait
 * on signals, not on sleeps.
 */
@AnalyzeClasses(packages = "org.jamanda.it")
class LayeringTest {
  /** Programs that tests start in a child JVM (named ...Probe) report through their status. */
  @ArchTest
  static final ArchRule onlyChildProgramsExit =
      noClasses()
          .that()
          .haveSimpleNameNotEndingWith("Probe")
          .should()
          .callMethod(System.class, "exit", int.class);

  @ArchTest
  static final ArchRule noSleepingToWait =
      noClasses().should().callMethod(Thread.class, "sleep", long.class);

  @ArchTest static final ArchRule noJavaUtilLogging = NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING;
}
