package io.github.blueprint4j.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.blueprint4j.diagnostic.Diagnostic;
import io.github.blueprint4j.diagnostic.SourceMap;
import io.github.blueprint4j.io.BlueprintParseException;
import io.github.blueprint4j.io.BlueprintReader;
import io.github.blueprint4j.io.Format;
import io.github.blueprint4j.io.ReadResult;
import io.github.blueprint4j.model.Blueprint;
import io.github.blueprint4j.model.DataSize;
import io.github.blueprint4j.model.FileMode;
import io.github.blueprint4j.testdata.ConformanceCase;
import io.github.blueprint4j.testdata.CorpusEntry;
import io.github.blueprint4j.testdata.TestData;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link BlueprintValidator}'s own engine reports exactly what Hibernate Validator reports through
 * the conversion the validator used before it (code, severity, path, location, message, hint, in
 * the same order), for every conformance case and corpus document, under both profiles, strict
 * and not, with no policies, the default policies and every table, and for blueprints built in
 * code with nulls, empty values and odd values everywhere.
 */
class EngineEquivalenceTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final BlueprintReader READER = BlueprintReader.builder().build();
    private static final List<Setting> SETTINGS = settings();

    /** A validator and the reference with the same settings. */
    private record Setting(String name, BlueprintValidator engine, HibernateReference reference) {
    }

    static Stream<Arguments> documents() throws IOException {
        List<Arguments> documents = new ArrayList<>();
        for (ConformanceCase c : TestData.conformanceCases()) {
            String format = JSON.readTree(c.expectJson()).get("format").asText();
            read(c.input(format), format).ifPresent(read -> documents.add(Arguments.of("conformance " + c.id(), read)));
        }
        List<CorpusEntry> corpus = new ArrayList<>(TestData.vendoredCorpus());
        corpus.addAll(TestData.sharedCorpus());
        for (CorpusEntry entry : corpus) {
            read(entry.text(), entry.format()).ifPresent(read -> documents.add(Arguments.of("corpus " + entry.file(), read)));
        }
        return documents.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void readDocumentsGetWhatHibernateValidatorReports(String name, ReadResult read) {
        agree(read.blueprint(), read.sourceMap());
    }

    static Stream<Arguments> builtInCode() {
        return Stream.of(NoThrowTest.Fill.values())
                .flatMap(fill -> Stream.of(true, false).map(lists -> Arguments.of(fill, lists)));
    }

    @ParameterizedTest(name = "{0}, lists filled: {1}")
    @MethodSource("builtInCode")
    void blueprintsBuiltInCodeGetWhatHibernateValidatorReports(NoThrowTest.Fill fill, boolean fillLists) {
        agree((Blueprint) NoThrowTest.sample(Blueprint.class, fill, fillLists), SourceMap.NONE);
    }

    @Test
    void nullsInOptionalPlacesGetWhatHibernateValidatorReports() {
        List<Blueprint> blueprints = List.of(
                Blueprint.builder().build(),
                Blueprint.builder().name("a").customizations(c -> c.hostname(null)).build(),
                Blueprint.builder().addPackage(p -> p.name(null).version(null))
                        .customizations(c -> c
                                .addUser(u -> u.name(null).shell(null))
                                .addUser(u -> u.name("x").home("/home/x/"))
                                .addUserGroup(g -> g.name(null).gid(null))
                                .addFile(f -> f.path(null).mode((FileMode) null).data(null))
                                .disk(d -> d.addPartition(p -> p.type(null).mountpoint(null).minsize((DataSize) null)))
                                .installer(i -> i.payload(p -> p.flatpaks(f -> f.force(null))))
                                .firewall(f -> f.ports("22:tcp", "nope"))
                                .kernel(k -> k.name(null).append(null)))
                        .build());
        assertThat(blueprints).isNotEmpty();
        blueprints.forEach(bp -> agree(bp, SourceMap.NONE));
    }

    private static void agree(Blueprint blueprint, SourceMap sourceMap) {
        for (Setting setting : SETTINGS) {
            List<Diagnostic> expected = setting.reference().validate(blueprint, sourceMap).diagnostics();
            assertThat(setting.engine().validate(blueprint, sourceMap).diagnostics()).as(setting.name())
                    .isEqualTo(expected);
        }
    }

    private static Optional<ReadResult> read(String text, String format) {
        try {
            return Optional.of(READER.read(text, Format.valueOf(format.toUpperCase(Locale.ROOT))));
        } catch (BlueprintParseException e) {
            return Optional.empty();
        }
    }

    private static List<Setting> settings() {
        List<Setting> settings = new ArrayList<>();
        List<PathPolicies> policies = List.of(PathPolicies.none(), PathPolicies.defaults(),
                PathPolicies.named(PathPolicies.availableNames().toArray(String[]::new)));
        for (Profile profile : Profile.values()) {
            for (boolean strict : new boolean[] {false, true}) {
                for (PathPolicies selected : policies) {
                    settings.add(new Setting(profile + (strict ? " strict " : " ") + selected,
                            BlueprintValidator.builder().profile(profile).strict(strict).policies(selected).build(),
                            new HibernateReference(profile, selected, null, strict)));
                }
            }
        }
        // the rules that need a target, on image types that exercise each of them
        String[][] targets = {{"rhel-9.0", "edge-simplified-installer"}, {"rhel-8.4", "qcow2"}, {"bootc-generic", "qcow2"},
            {"fedora-43", "iot-raw-image"}, {"rhel-9.6", "gce"}, {"rhel-9.6", "tar"}};
        for (String[] named : targets) {
            Target target = Target.of(named[0], named[1]);
            for (boolean strict : new boolean[] {false, true}) {
                BlueprintValidator engine = BlueprintValidator.builder().target(target).strict(strict).build();
                settings.add(new Setting(target + (strict ? " strict" : ""), engine,
                        new HibernateReference(Profile.COMPOSER, engine.policies(), target, strict)));
            }
        }
        return settings;
    }
}
