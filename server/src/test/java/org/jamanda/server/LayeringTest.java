package org.jamanda.server;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_THROW_GENERIC_EXCEPTIONS;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The package arrows of STYLE.md §2 for the server module. */
@AnalyzeClasses(packages = "org.jamanda", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {
  @ArchTest
  static final ArchRule plannerIsPureLogic =
      classes()
          .that()
          .resideInAPackage("org.jamanda.server.planner..")
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage(
              "java.lang..",
              "java.util..",
              "java.time..",
              "org.slf4j..",
              "org.jamanda.server.planner..",
              "org.jamanda.server.catalog..",
              "org.jamanda.config..",
              "org.jamanda.protocol.service..",
              "org.jamanda.common..");

  @ArchTest
  static final ArchRule storageSeesOnlyCommonAndConfig =
      classes()
          .that()
          .resideInAPackage("org.jamanda.storage..")
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage(
              "java..",
              "javax..",
              "org.slf4j..",
              "org.jamanda.storage..",
              "org.jamanda.config..",
              "org.jamanda.common..");

  @ArchTest
  static final ArchRule nothingImportsCli =
      noClasses().should().dependOnClassesThat().resideInAPackage("org.jamanda.cli..");

  @ArchTest static final ArchRule noStandardStreams = NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;

  @ArchTest static final ArchRule noJavaUtilLogging = NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING;

  @ArchTest static final ArchRule noGenericExceptions = NO_CLASSES_SHOULD_THROW_GENERIC_EXCEPTIONS;
}
