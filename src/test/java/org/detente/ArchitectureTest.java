package org.detente;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The pipeline stages are plain Java: only batch/ knows Spring Batch, and the stages know no Spring at all. */
@AnalyzeClasses(packages = "org.detente", importOptions = ImportOption.DoNotIncludeTests.class)
public class ArchitectureTest {


    @ArchTest
    static final ArchRule onlyBatchKnowsSpringBatch = noClasses()
            .that().resideOutsideOfPackage("org.detente.batch..")
            .should().dependOnClassesThat().resideInAPackage("org.springframework.batch..");

    @ArchTest
    static final ArchRule stagesAreFreeOfSpring = noClasses()
            .that().resideInAnyPackage("org.detente.watch..", "org.detente.collect..", "org.detente.extract..",
                    "org.detente.score..", "org.detente.aggregate..", "org.detente.report..")
            .should().dependOnClassesThat().resideInAPackage("org.springframework..");

    @ArchTest
    static final ArchRule stagesDoNotReachIntoTheCommandLine = noClasses()
            .that().resideOutsideOfPackage("org.detente.cli..").and().doNotHaveSimpleName("Detente")
            .should().dependOnClassesThat().resideInAPackage("org.detente.cli..");
}
