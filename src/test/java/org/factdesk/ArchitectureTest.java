package org.factdesk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.persistence.Entity;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
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

  /**
   * Simple names the app may share with the engine: only every package's description. Each other
   * shared name so far meant two different things and forced fully qualified names
   * (docs/decisions/0039).
   */
  private static final Set<String> SHARED_NAMES_ALLOWED = Set.of("package-info");

  @Test
  void appAndEngineNameNoTwoClassesAlike() {
    Map<String, String> engine =
        CLASSES.stream()
            .filter(c -> c.getPackageName().startsWith("org.factdesk.analysis"))
            .filter(JavaClass::isTopLevelClass)
            .collect(
                Collectors.toMap(
                    JavaClass::getSimpleName, JavaClass::getName, (a, b) -> a + " and " + b));
    classes()
        .that()
        .resideInAPackage("org.factdesk..")
        .and()
        .resideOutsideOfPackage("org.factdesk.analysis..")
        .and()
        .areTopLevelClasses()
        .should(
            new ArchCondition<JavaClass>("not share a simple name with a class of the engine") {
              @Override
              public void check(JavaClass c, ConditionEvents events) {
                String same = engine.get(c.getSimpleName());
                if (same != null && !SHARED_NAMES_ALLOWED.contains(c.getSimpleName())) {
                  events.add(
                      SimpleConditionEvent.violated(
                          c, c.getName() + " has the simple name of the engine's " + same));
                }
              }
            })
        .because(
            "a name that means two things forces fully qualified names wherever both are used;"
                + " rename one (docs/decisions/0039)")
        .check(CLASSES);
  }
}
