package org.jamanda.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The cli module's rules: commands are the only code that may print or exit, and only through the
 * launcher's streams, so {@link System#exit} lives in {@link Jamanda#main} alone.
 */
@AnalyzeClasses(packages = "org.jamanda", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {
  @ArchTest
  static final ArchRule onlyTheLauncherExits =
      noClasses()
          .that()
          .doNotHaveFullyQualifiedName(Jamanda.class.getName())
          .should()
          .callMethod(System.class, "exit", int.class);

  @ArchTest
  static final ArchRule libraryCodeNeverImportsCli =
      noClasses()
          .that()
          .resideOutsideOfPackage("org.jamanda.cli..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.jamanda.cli..");

  @ArchTest static final ArchRule noJavaUtilLogging = NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING;
}
