package io.github.blueprint4j.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.blueprint4j.diagnostic.Diagnostic;
import io.github.blueprint4j.diagnostic.Severity;
import io.github.blueprint4j.io.BlueprintReader;
import io.github.blueprint4j.io.Blueprints;
import io.github.blueprint4j.io.ReadResult;
import io.github.blueprint4j.model.Blueprint;
import io.github.blueprint4j.validation.BlueprintValidator;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The rules of SSH keys, users and groups: SSHKEY-*, USER-* and GROUP-*.
 */
class AccountRulesTest {

    private static final Set<String> CODES = Set.of("SSHKEY-USER-REQUIRED", "SSHKEY-KEY-REQUIRED", "SSHKEY-AS-USER",
            "USER-NAME-REQUIRED", "USER-NAME-PATTERN", "USER-PASSWORD-HASHED", "USER-PASSWORD-EMPTY",
            "USER-PASSWORD-OTHER-HASH", "USER-HOME-TRIM", "USER-ID-RANGE", "USER-KICKSTART-CONFLICT",
            "GROUP-NAME-REQUIRED", "GROUP-NAME-UNIQUE", "GROUP-GID-UNIQUE", "GROUP-GID-REQUIRED-DOC",
            "GROUP-NAME-PATTERN", "USER-GROUP-UNDEFINED", "SSHKEY-PRIVATE-KEY");

    private static final BlueprintValidator VALIDATOR = RuleChecks.DEFAULT;
    private static final BlueprintValidator STRICT = RuleChecks.STRICT;

    private static List<Diagnostic> findings(BlueprintValidator validator, Blueprint blueprint) {
        return RuleChecks.findings(validator, blueprint, CODES);
    }

    private static List<Diagnostic> findings(Blueprint blueprint) {
        return findings(VALIDATOR, blueprint);
    }

    private static Blueprint user(String name, String password) {
        return Blueprint.builder().name("bp").customizations(c -> c.addUser(u -> u.name(name).password(password))).build();
    }

    @Test
    void sshKeyEntryIsTheLegacyFormAndNeedsUserAndKey() {
        Blueprint blueprint = Blueprint.builder().name("bp").customizations(c -> c
                .addSshkey(k -> k.user("test-user").key("ssh-ed25519 AAAA"))
                .addSshkey(k -> k.key(""))
                .addSshkey(k -> k.user("")))
                .build();

        assertThat(findings(blueprint)).extracting(Diagnostic::code, Diagnostic::path, Diagnostic::severity)
                .containsExactlyInAnyOrder(
                        tuple("SSHKEY-AS-USER", "customizations.sshkey[0]", Severity.WARNING),
                        tuple("SSHKEY-AS-USER", "customizations.sshkey[1]", Severity.WARNING),
                        tuple("SSHKEY-USER-REQUIRED", "customizations.sshkey[1].user", Severity.WARNING),
                        tuple("SSHKEY-KEY-REQUIRED", "customizations.sshkey[1].key", Severity.WARNING),
                        tuple("SSHKEY-AS-USER", "customizations.sshkey[2]", Severity.WARNING),
                        tuple("SSHKEY-USER-REQUIRED", "customizations.sshkey[2].user", Severity.WARNING),
                        tuple("SSHKEY-KEY-REQUIRED", "customizations.sshkey[2].key", Severity.WARNING));
        assertThat(findings(STRICT, blueprint)).extracting(Diagnostic::code, Diagnostic::severity)
                .contains(tuple("SSHKEY-USER-REQUIRED", Severity.ERROR), tuple("SSHKEY-KEY-REQUIRED", Severity.ERROR),
                        tuple("SSHKEY-AS-USER", Severity.WARNING));
    }

    @Test
    void sshKeyUserMustMatchTheUserNamePattern() {
        Blueprint blueprint = Blueprint.builder().name("bp")
                .customizations(c -> c.addSshkey(k -> k.user("-root").key("ssh-ed25519 AAAA"))).build();

        assertThat(findings(blueprint)).extracting(Diagnostic::code, Diagnostic::path)
                .contains(tuple("USER-NAME-PATTERN", "customizations.sshkey[0].user"));
    }

    @Test
    void userNeedsAName() {
        Blueprint blueprint = Blueprint.builder().name("bp").customizations(c -> c
                .addUser(u -> u.name("alice"))
                .addUser(u -> u.name(""))
                .addUser(u -> u.key("ssh-ed25519 AAAA")))
                .build();

        assertThat(findings(blueprint)).extracting(Diagnostic::code, Diagnostic::path, Diagnostic::severity)
                .containsExactlyInAnyOrder(
                        tuple("USER-NAME-REQUIRED", "customizations.user[1].name", Severity.WARNING),
                        tuple("USER-NAME-REQUIRED", "customizations.user[2].name", Severity.WARNING));
        assertThat(findings(STRICT, blueprint)).extracting(Diagnostic::severity).containsOnly(Severity.ERROR);
    }

    @ParameterizedTest
    @ValueSource(strings = {"alice", "a", "_svc", ".hidden", "user.name-1", "x1234567890123456789012345678901"})
    void acceptedUserNames(String name) {
        assertThat(findings(STRICT, user(name, null))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"-names-starting-with-dash", "names with spaces", "žluťoučký", "x12345678901234567890123456789012",
        "a:b", "root$"})
    void refusedUserNames(String name) {
        assertThat(findings(user(name, null))).extracting(Diagnostic::code, Diagnostic::path, Diagnostic::severity)
                .containsExactly(tuple("USER-NAME-PATTERN", "customizations.user[0].name", Severity.WARNING));
        assertThat(findings(STRICT, user(name, null))).extracting(Diagnostic::severity).containsExactly(Severity.ERROR);
    }

    @Test
    void plainTextPasswordIsNotedWithoutShowingIt() {
        List<Diagnostic> findings = findings(user("bart", "nobodysawmedoit"));

        assertThat(findings).extracting(Diagnostic::code, Diagnostic::path, Diagnostic::severity)
                .containsExactly(tuple("USER-PASSWORD-HASHED", "customizations.user[0].password", Severity.INFO));
        assertThat(findings.get(0).message()).doesNotContain("nobodysawmedoit");
    }

    @ParameterizedTest
    @ValueSource(strings = {"$6$RWdHzrPfoM6BMuIP$gKYlBXQuJgP.G2j2tw", "$5$salt$hash", "$2b$12$abcdefghijklmnopqrstuv"})
    void passwordHashesTheServerKeepsPass(String password) {
        assertThat(findings(STRICT, user("lisa", password))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"secret", "$6", "6$abc$def", "$", "$$", "$ 6$x"})
    void passwordsWithoutACryptPrefixArePlainText(String password) {
        assertThat(findings(user("bart", password))).extracting(Diagnostic::code)
                .containsExactly("USER-PASSWORD-HASHED");
    }

    @Test
    void emptyPasswordIsRemoved() {
        assertThat(findings(user("maggie", ""))).extracting(Diagnostic::code, Diagnostic::path, Diagnostic::severity)
                .containsExactly(tuple("USER-PASSWORD-EMPTY", "customizations.user[0].password", Severity.INFO));
    }

    @Test
    void otherCryptHashIsAWarningNamingOnlyItsPrefix() {
        String password = "$y$j9T$F5Jx5fExrKuPp53xLKQ..1$X3DX6M94c7o.9agCG9G317fhZg9SqC.5i5rd.RhAtQ7";
        List<Diagnostic> findings = findings(user("homer", password));

        assertThat(findings).extracting(Diagnostic::code, Diagnostic::path, Diagnostic::severity)
                .containsExactly(tuple("USER-PASSWORD-OTHER-HASH", "customizations.user[0].password", Severity.WARNING));
        assertThat(findings.get(0).message()).contains("($y$)").doesNotContain("j9T");
    }

    @ParameterizedTest
    @ValueSource(strings = {"$1$salt$hash", "$2a$10$abc", "$2y$10$abc", "$7$abc", "$gy$abc", "$sha1$abc", "$md5,rounds=5$abc"})
    void otherCryptPrefixes(String password) {
        assertThat(findings(user("homer", password))).extracting(Diagnostic::code)
                .containsExactly("USER-PASSWORD-OTHER-HASH");
    }

    @Test
    void homeWithTrailingSlashIsTrimmed() {
        Blueprint blueprint = Blueprint.builder().name("bp").customizations(c -> c
                .addUser(u -> u.name("a").home("/home/a/"))
                .addUser(u -> u.name("b").home("/home/b"))
                .addUser(u -> u.name("c").home("/srv//")))
                .build();

        assertThat(findings(blueprint)).extracting(Diagnostic::code, Diagnostic::path, Diagnostic::severity)
                .containsExactlyInAnyOrder(
                        tuple("USER-HOME-TRIM", "customizations.user[0].home", Severity.INFO),
                        tuple("USER-HOME-TRIM", "customizations.user[2].home", Severity.INFO));
    }

    @Test
    void idsOutsideTheUsableRangeAreWarnings() {
        Blueprint blueprint = Blueprint.builder().name("bp").customizations(c -> c
                .addUser(u -> u.name("a").uid(0L).gid(4_294_967_294L))
                .addUser(u -> u.name("b").uid(-1L).gid(4_294_967_295L))
                .addUserGroup(g -> g.name("g").gid(Long.MIN_VALUE)))
                .build();

        List<Diagnostic> findings = findings(STRICT, blueprint);
        assertThat(findings).extracting(Diagnostic::code, Diagnostic::path, Diagnostic::severity)
                .containsExactlyInAnyOrder(
                        tuple("USER-ID-RANGE", "customizations.user[1].uid", Severity.WARNING),
                        tuple("USER-ID-RANGE", "customizations.user[1].gid", Severity.WARNING),
                        tuple("USER-ID-RANGE", "customizations.group[0].gid", Severity.WARNING));
        assertThat(findings).extracting(Diagnostic::message)
                .contains("The id 4294967295 is outside the usable range 0 to 4294967294.");
    }

    @Test
    void usersGroupsAndKeysConflictWithKickstartContents() {
        Blueprint blueprint = Blueprint.builder().name("bp").customizations(c -> c
                .addUser(u -> u.name("alice"))
                .addSshkey(k -> k.user("root").key("ssh-ed25519 AAAA"))
                .addUserGroup(g -> g.name("devs").gid(2000L))
                .installer(i -> i.kickstart(k -> k.contents("text --non-interactive"))))
                .build();

        assertThat(findings(blueprint)).filteredOn(d -> d.code().equals("USER-KICKSTART-CONFLICT"))
                .extracting(Diagnostic::path, Diagnostic::severity)
                .containsExactlyInAnyOrder(
                        tuple("customizations.user", Severity.WARNING),
                        tuple("customizations.sshkey", Severity.WARNING),
                        tuple("customizations.group", Severity.WARNING));
        assertThat(findings(STRICT, blueprint)).filteredOn(d -> d.code().equals("USER-KICKSTART-CONFLICT"))
                .extracting(Diagnostic::severity).containsOnly(Severity.ERROR);
    }

    @Test
    void kickstartWithoutContentsOrWithoutAccountsIsNoConflict() {
        Blueprint emptyContents = Blueprint.builder().name("bp").customizations(c -> c
                .addUser(u -> u.name("alice"))
                .installer(i -> i.kickstart(k -> k.contents(""))))
                .build();
        Blueprint noAccounts = Blueprint.builder().name("bp").customizations(c -> c
                .installer(i -> i.kickstart(k -> k.contents("text"))))
                .build();
        Blueprint noKickstart = Blueprint.builder().name("bp").customizations(c -> c
                .addUser(u -> u.name("alice"))
                .installer(i -> i.unattended(true)))
                .build();

        assertThat(findings(emptyContents)).isEmpty();
        assertThat(findings(noAccounts)).isEmpty();
        assertThat(findings(noKickstart)).isEmpty();
    }

    @Test
    void groupNeedsANameAndDocumentedGid() {
        Blueprint blueprint = Blueprint.builder().name("bp").customizations(c -> c
                .addUserGroup(g -> g.name("devs").gid(2000L))
                .addUserGroup(g -> g.name("").gid(2001L))
                .addUserGroup(g -> g.name("ops")))
                .build();

        assertThat(findings(blueprint)).extracting(Diagnostic::code, Diagnostic::path, Diagnostic::severity)
                .containsExactlyInAnyOrder(
                        tuple("GROUP-NAME-REQUIRED", "customizations.group[1].name", Severity.WARNING),
                        tuple("GROUP-GID-REQUIRED-DOC", "customizations.group[2].gid", Severity.WARNING));
        assertThat(findings(STRICT, blueprint)).extracting(Diagnostic::code, Diagnostic::severity)
                .containsExactlyInAnyOrder(
                        tuple("GROUP-NAME-REQUIRED", Severity.ERROR),
                        tuple("GROUP-GID-REQUIRED-DOC", Severity.WARNING));
    }

    @ParameterizedTest
    @ValueSource(strings = {"-devs", "dev ops", "ops:x", "g12345678901234567890123456789012"})
    void refusedGroupNames(String name) {
        Blueprint blueprint = Blueprint.builder().name("bp")
                .customizations(c -> c.addUserGroup(g -> g.name(name).gid(2000L))).build();

        assertThat(findings(blueprint)).extracting(Diagnostic::code, Diagnostic::path, Diagnostic::severity)
                .containsExactly(tuple("GROUP-NAME-PATTERN", "customizations.group[0].name", Severity.WARNING));
        assertThat(findings(STRICT, blueprint)).extracting(Diagnostic::severity).containsExactly(Severity.ERROR);
    }

    @Test
    void duplicateGroupNameIsAnErrorAtTheLaterEntry() {
        Blueprint blueprint = Blueprints.readToml("""
                name = "conformance"

                [[customizations.group]]
                name = "TestGroup"
                gid = 1234

                [[customizations.group]]
                name = "sysgrp"
                gid = 998

                [[customizations.group]]
                name = "wheel"
                gid = 42

                [[customizations.group]]
                name = "wheel"
                gid = 43
                """);

        assertThat(findings(blueprint)).extracting(Diagnostic::code, Diagnostic::path, Diagnostic::severity,
                        Diagnostic::message)
                .containsExactly(tuple("GROUP-NAME-UNIQUE", "customizations.group[3].name", Severity.ERROR,
                        "The group name \"wheel\" is defined more than once."));
    }

    @Test
    void findingsInTomlPointAtTheirLines() {
        ReadResult read = BlueprintReader.builder().build().readToml("""
                name = "bp"

                [[customizations.user]]
                name = "alice"
                password = "$1$salt$hash"
                groups = ["wheel", "devs"]

                [[customizations.group]]
                name = "ops"
                gid = 42

                [[customizations.group]]
                name = "ops"
                gid = 42
                """);

        assertThat(VALIDATOR.validate(read.blueprint(), read.sourceMap()).diagnostics())
                .filteredOn(d -> CODES.contains(d.code()))
                .extracting(Diagnostic::code, Diagnostic::path, Diagnostic::line)
                .containsExactly(
                        tuple("USER-PASSWORD-OTHER-HASH", "customizations.user[0].password", 5),
                        tuple("USER-GROUP-UNDEFINED", "customizations.user[0].groups[1]", 6),
                        tuple("GROUP-NAME-UNIQUE", "customizations.group[1].name", 13),
                        tuple("GROUP-GID-UNIQUE", "customizations.group[1].gid", 14));
    }

    @Test
    void everyLaterDuplicateNameAndGidIsReported() {
        Blueprint blueprint = Blueprints.readJson("""
                {
                  "name": "conformance",
                  "customizations": {
                    "group": [
                      {"name": "test", "gid": 1234},
                      {"name": "wheel", "gid": 42},
                      {"name": "wheel", "gid": 42},
                      {"name": "user", "gid": 1234},
                      {"name": "test", "gid": 4321}
                    ]
                  }
                }
                """);

        assertThat(findings(blueprint)).extracting(Diagnostic::code, Diagnostic::path, Diagnostic::severity)
                .containsExactlyInAnyOrder(
                        tuple("GROUP-NAME-UNIQUE", "customizations.group[2].name", Severity.ERROR),
                        tuple("GROUP-GID-UNIQUE", "customizations.group[2].gid", Severity.ERROR),
                        tuple("GROUP-GID-UNIQUE", "customizations.group[3].gid", Severity.ERROR),
                        tuple("GROUP-NAME-UNIQUE", "customizations.group[4].name", Severity.ERROR));
        assertThat(findings(blueprint)).extracting(Diagnostic::message)
                .contains("The group id 1234 is used by more than one group.");
    }

    @Test
    void groupsWithoutGidAreNotComparedAndUnnamedGroupsShareTheEmptyName() {
        Blueprint blueprint = Blueprint.builder().name("bp").customizations(c -> c
                .addUserGroup(g -> g.name("a"))
                .addUserGroup(g -> g.name("b"))
                .addUserGroup(g -> g.gid(1L))
                .addUserGroup(g -> g.name("").gid(2L)))
                .build();

        assertThat(findings(blueprint)).filteredOn(d -> d.code().endsWith("-UNIQUE"))
                .extracting(Diagnostic::code, Diagnostic::path)
                .containsExactly(tuple("GROUP-NAME-UNIQUE", "customizations.group[3].name"));
    }

    @Test
    void supplementaryGroupsMustBeDefinedOrWellKnown() {
        Blueprint blueprint = Blueprint.builder().name("bp").customizations(c -> c
                .addUserGroup(g -> g.name("devs").gid(2000L))
                .addUser(u -> u.name("alice").groups("wheel", "devs", "docker", "systemd-journal"))
                .addUser(u -> u.groups("ops")))
                .build();

        List<Diagnostic> findings = findings(STRICT, blueprint).stream()
                .filter(d -> d.code().equals("USER-GROUP-UNDEFINED")).toList();
        assertThat(findings).extracting(Diagnostic::path, Diagnostic::severity, Diagnostic::message)
                .containsExactly(
                        tuple("customizations.user[0].groups[2]", Severity.WARNING,
                                "The group \"docker\" of user alice is not defined in customizations.group and is not "
                                        + "a well-known system group."),
                        tuple("customizations.user[1].groups[0]", Severity.WARNING,
                                "The group \"ops\" of user number 2 is not defined in customizations.group and is not "
                                        + "a well-known system group."));
    }

    @Test
    void completeUserEntryOfTheConformanceSuiteHasOnlyRemarksAndWarnings() {
        Blueprint blueprint = Blueprints.readToml("""
                name = "conformance"

                [[customizations.user]]
                name = "John"
                description = "Test descritpion"
                password = "testpass"
                key = "testkey"
                home = "Home"
                shell = "Shell"
                groups = ["Group"]
                uid = 123
                gid = 321
                expiredate = 12345
                force_password_reset = true
                """);

        assertThat(findings(blueprint)).extracting(Diagnostic::code, Diagnostic::severity)
                .containsExactlyInAnyOrder(
                        tuple("USER-PASSWORD-HASHED", Severity.INFO),
                        tuple("USER-GROUP-UNDEFINED", Severity.WARNING));
    }

    @Test
    void entriesWithNothingSetDoNotThrow() {
        Blueprint blueprint = Blueprint.builder().customizations(c -> c
                .addSshkey(k -> { })
                .addUser(u -> { })
                .addUserGroup(g -> { })
                .installer(i -> i.kickstart(k -> { })))
                .build();

        assertThat(findings(STRICT, blueprint)).extracting(Diagnostic::code).containsExactlyInAnyOrder(
                "SSHKEY-AS-USER", "SSHKEY-USER-REQUIRED", "SSHKEY-KEY-REQUIRED", "USER-NAME-REQUIRED",
                "GROUP-NAME-REQUIRED", "GROUP-GID-REQUIRED-DOC");
        assertThat(findings(STRICT, Blueprint.builder().customizations(c -> { }).build())).isEmpty();
    }

    @Test
    void aPrivateKeyPastedWhereAPublicKeyBelongsIsAWarningThatDoesNotShowIt() {
        ReadResult read = BlueprintReader.builder().build().readToml("""
                name = "bp"

                [[customizations.user]]
                name = "alice"
                key = "-----BEGIN OPENSSH PRIVATE KEY-----\\nb3BlbnNzaC1PRIVATEBODY\\n-----END OPENSSH PRIVATE KEY-----"

                [[customizations.user]]
                name = "bob"
                key = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIPublic bob@example.com"

                [[customizations.sshkey]]
                user = "carol"
                key = "-----BEGIN RSA PRIVATE KEY-----\\nMIIEPRIVATEBODY"
                """);

        for (BlueprintValidator validator : List.of(VALIDATOR, STRICT)) {
            List<Diagnostic> found = validator.validate(read.blueprint(), read.sourceMap()).diagnostics().stream()
                    .filter(d -> d.code().equals("SSHKEY-PRIVATE-KEY")).toList();
            assertThat(found).extracting(Diagnostic::path, Diagnostic::line, Diagnostic::severity).containsExactly(
                    tuple("customizations.user[0].key", 5, Severity.WARNING),
                    tuple("customizations.sshkey[0].key", 13, Severity.WARNING));
            assertThat(found).allSatisfy(d -> assertThat(d.toString()).doesNotContain("PRIVATEBODY")
                    .contains("This is a private key, but the key of a user or an SSH key entry is a public key"));
        }
    }
}
