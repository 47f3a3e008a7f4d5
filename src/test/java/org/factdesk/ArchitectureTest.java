package org.factdesk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Entity;
import org.junit.jupiter.api.Test;

/**
 * The architecture of DESIGN.md, stated as rules over the compiled classes: a broken rule fails
 * with the classes and lines that break it.
 */
class ArchitectureTest {
  private static final JavaClasses CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.factdesk");

  @Test
  void featurePackagesAreFreeOfCycles() {
    slices()
        .matching("org.factdesk.(*)..")
        .namingSlices("$1")
        .should()
        .beFreeOfCycles()
        .check(CLASSES);
  }

  @Test
  void pagesAndRestCallServicesNotTheDatabase() {
    noClasses()
        .that()
        .resideInAnyPackage("org.factdesk.web..", "org.factdesk.api..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("jakarta.persistence..", "org.hibernate..")
        .because("pages and REST resources ask services; queries live beside their entities")
        .check(CLASSES);
  }

  @Test
  void theEngineKnowsNothingOfTheApp() {
    noClasses()
        .that()
        .resideInAPackage("org.factdesk.analysis..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "jakarta..",
            "org.factdesk.api..",
            "org.factdesk.article..",
            "org.factdesk.audit..",
            "org.factdesk.claim..",
            "org.factdesk.dataset..",
            "org.factdesk.identity..",
            "org.factdesk.platform..",
            "org.factdesk.review..",
            "org.factdesk.rules..",
            "org.factdesk.web..",
            "org.factdesk.workflow..")
        .because("the engine is plain Java, reused by the CLI and batch tools")
        .check(CLASSES);
  }

  @Test
  void entitiesDoNotDependOnPagesOrRest() {
    noClasses()
        .that()
        .areAnnotatedWith(Entity.class)
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.factdesk.web..", "org.factdesk.api..")
        .check(CLASSES);
  }
}
