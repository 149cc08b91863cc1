package io.gongkai.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Dependencies point inward (STYLE.md §1–2): stages depend on the template and the model, never on later stages. */
class LayersTest {
  private static final JavaClasses CORE = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("io.gongkai");

  @Test
  void theTemplateDependsOnNoStage() {
    noClasses().that().resideInAPackage("io.gongkai.schema..")
        .should().dependOnClassesThat().resideInAnyPackage("io.gongkai.model..", "io.gongkai.extract..",
            "io.gongkai.validate..", "io.gongkai.output..", "io.gongkai.ingest..", "io.gongkai.app..")
        .check(CORE);
  }

  @Test
  void theModelDependsOnlyOnTheTemplate() {
    noClasses().that().resideInAPackage("io.gongkai.model..")
        .should().dependOnClassesThat().resideInAnyPackage("io.gongkai.extract..", "io.gongkai.validate..",
            "io.gongkai.output..", "io.gongkai.ingest..", "io.gongkai.app..")
        .check(CORE);
  }

  @Test
  void extractionKnowsNothingOfChecksOutputOrFrontEnds() {
    noClasses().that().resideInAPackage("io.gongkai.extract..")
        .should().dependOnClassesThat().resideInAnyPackage("io.gongkai.validate..", "io.gongkai.output..",
            "io.gongkai.app..", "io.gongkai.cli..")
        .check(CORE);
  }

  @Test
  void checksKnowNothingOfOutputOrFrontEnds() {
    noClasses().that().resideInAPackage("io.gongkai.validate..")
        .should().dependOnClassesThat().resideInAnyPackage("io.gongkai.output..", "io.gongkai.app..",
            "io.gongkai.cli..")
        .check(CORE);
  }

  @Test
  void theExtractorsInsidesAreUsedOnlyByTheExtractor() {
    noClasses().that().resideOutsideOfPackage("io.gongkai.extract..")
        .should().dependOnClassesThat().resideInAPackage("io.gongkai.extract.internal..")
        .check(CORE);
  }
}
