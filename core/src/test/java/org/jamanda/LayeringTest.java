package org.jamanda;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_THROW_GENERIC_EXCEPTIONS;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The package arrows of STYLE.md §2 for the core module. */
@AnalyzeClasses(packages = "org.jamanda", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {
  private static final String[] PLATFORM = {
    "java..", "javax..", "org.slf4j..", "com.google.errorprone.annotations.."
  };

  @ArchTest
  static final ArchRule commonIsTheBottom =
      allowedImports("org.jamanda.common..", "org.jamanda.common..");

  @ArchTest
  static final ArchRule protocolIsPure =
      allowedImports("org.jamanda.protocol..", "org.jamanda.protocol..", "org.jamanda.common..");

  @ArchTest
  static final ArchRule netSeesOnlyCommon =
      allowedImports("org.jamanda.net..", "org.jamanda.net..", "org.jamanda.common..");

  @ArchTest
  static final ArchRule configSeesOnlyCommon =
      allowedImports("org.jamanda.config..", "org.jamanda.config..", "org.jamanda.common..");

  @ArchTest
  static final ArchRule securitySeesCodecSocketsAndConfig =
      allowedImports(
          "org.jamanda.security..",
          "org.jamanda.security..",
          "org.jamanda.protocol..",
          "org.jamanda.net..",
          "org.jamanda.config..",
          "org.jamanda.common..");

  @ArchTest
  static final ArchRule exchangeNeverTouchesSockets =
      allowedImports(
          "org.jamanda.exchange..",
          "org.jamanda.exchange..",
          "org.jamanda.protocol..",
          "org.jamanda.security..",
          "org.jamanda.common..");

  @ArchTest static final ArchRule noStandardStreams = NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;

  @ArchTest static final ArchRule noJavaUtilLogging = NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING;

  @ArchTest static final ArchRule noGenericExceptions = NO_CLASSES_SHOULD_THROW_GENERIC_EXCEPTIONS;

  private static ArchRule allowedImports(String layer, String... allowed) {
    String[] all = new String[PLATFORM.length + allowed.length];
    System.arraycopy(PLATFORM, 0, all, 0, PLATFORM.length);
    System.arraycopy(allowed, 0, all, PLATFORM.length, allowed.length);
    return classes()
        .that()
        .resideInAPackage(layer)
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage(all)
        .allowEmptyShould(true);
  }
}
