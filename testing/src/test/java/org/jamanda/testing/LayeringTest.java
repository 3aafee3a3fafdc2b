package org.jamanda.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The testing module holds fakes of core's parts; it never reaches into the programs. */
@AnalyzeClasses(
    packages = "org.jamanda.testing",
    importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {
  @ArchTest
  static final ArchRule fakesDependOnCoreOnly =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "org.jamanda.server..", "org.jamanda.cli..", "org.jamanda.daemon.service..");

  @ArchTest
  static final ArchRule noSystemExit =
      noClasses().should().callMethod(System.class, "exit", int.class);

  @ArchTest static final ArchRule noJavaUtilLogging = NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING;
}
