package io.github.blueprint4j.io.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.blueprint4j.diagnostic.SourceLocation;
import org.junit.jupiter.api.Test;

class LocationTreeTest {

    private static final SourceLocation FIRST = new SourceLocation(1, 1);
    private static final SourceLocation SECOND = new SourceLocation(2, 1);
    private static final SourceLocation THIRD = new SourceLocation(3, 1);

    private static long at(SourceLocation location) {
        return LocationTree.position(location.line(), location.column());
    }

    @Test
    void packsLinesAndColumnsOfAnySize() {
        for (int value : new int[] {1, 2, 65_535, 65_536, Integer.MAX_VALUE}) {
            SourceLocation location = new SourceLocation(value, Integer.MAX_VALUE - value + 1);
            assertThat(LocationTree.position(location.line(), location.column())).isNotEqualTo(LocationTree.NOWHERE);
            assertThat(LocationTree.location(at(location))).isEqualTo(location);
        }
    }

    @Test
    void findsMembersOfLargeTablesAndReplacesThem() {
        LocationTree root = new LocationTree();
        for (int i = 0; i < 100; i++) {
            root.member("key" + i).setLocation(LocationTree.position(i + 1, 1));
        }
        root.replaceMember("key7").setLocation(at(THIRD));
        root.member("key99").member("below").setLocation(at(SECOND));

        assertThat(root.find("key0")).isEqualTo(FIRST);
        assertThat(root.find("key50")).isEqualTo(new SourceLocation(51, 1));
        assertThat(root.find("key7")).isEqualTo(THIRD);
        assertThat(root.find("key99.below")).isEqualTo(SECOND);
        assertThat(root.find("key100")).isNull();
        assertThat(root.member("key7").path()).isEqualTo("key7");
    }

    @Test
    void continuesTheLastElementOfAnArrayOfTables() {
        LocationTree root = new LocationTree();
        LocationTree users = root.member("user");
        assertThat(users.lastTable()).isSameAs(users);
        users.addTable().setLocation(at(FIRST));
        users.addTable().setLocation(at(SECOND));
        users.lastTable().member("name").setLocation(at(THIRD));

        assertThat(root.find("user[0]")).isEqualTo(FIRST);
        assertThat(root.find("user[1].name")).isEqualTo(THIRD);
        assertThat(users.lastTable().path()).isEqualTo("user[1]");
    }

    @Test
    void findsTheNearestWrittenAncestor() {
        LocationTree root = new LocationTree();
        root.member("a").setLocation(at(FIRST));
        root.member("a").member("b").element(0).setLocation(at(SECOND));
        root.member("\"x.y\"").setLocation(at(THIRD));

        assertThat(root.find("a.b[0]")).isEqualTo(SECOND);
        assertThat(root.find("a.b[0].c.d")).isEqualTo(SECOND);
        assertThat(root.find("a.b")).isEqualTo(FIRST);
        assertThat(root.find("a.b[1]")).isEqualTo(FIRST);
        assertThat(root.find("\"x.y\".z")).isEqualTo(THIRD);
        assertThat(root.find("x.y")).isNull();
        assertThat(root.find("")).isNull();
    }

    @Test
    void findsQuotedKeysHoldingDotsBracketsAndQuotes() {
        LocationTree root = new LocationTree();
        LocationTree quoted = root.member(Paths.segment("a.b[0]")).member(Paths.segment("say \"x.y\" [1]"));
        quoted.setLocation(at(FIRST));
        quoted.element(0).setLocation(at(SECOND));

        assertThat(root.find("\"a.b[0]\".\"say \\\"x.y\\\" [1]\"")).isEqualTo(FIRST);
        assertThat(root.find("\"a.b[0]\".\"say \\\"x.y\\\" [1]\"[0]")).isEqualTo(SECOND);
        assertThat(root.find("\"a.b[0]\".\"say \\\"x.y\\\" [1]\".y")).isEqualTo(FIRST);
        assertThat(root.find("\"a.b[0]\"")).isNull();
        assertThat(root.find("a.b[0]")).isNull();
    }

    @Test
    void matchesOnlyIndexesAsPathsWriteThem() {
        LocationTree root = new LocationTree();
        LocationTree list = root.member("list");
        list.setLocation(at(FIRST));
        list.element(0);
        list.element(1).setLocation(at(SECOND));

        assertThat(root.find("list[1]")).isEqualTo(SECOND);
        assertThat(root.find("list[01]")).isEqualTo(FIRST);
        assertThat(root.find("list[1]x")).isEqualTo(FIRST);
        assertThat(root.find("list[-1]")).isEqualTo(FIRST);
        assertThat(root.find("list[]")).isEqualTo(FIRST);
        assertThat(root.find("list[1")).isEqualTo(FIRST);
        assertThat(root.find("list[2]")).isEqualTo(FIRST);
        assertThat(root.find("list[99999999999999999999]")).isEqualTo(FIRST);
        assertThat(root.find("list[0]")).isEqualTo(FIRST);
        assertThat(root.find("list.1")).isEqualTo(FIRST);
    }

    @Test
    void findsElementsOfARootArray() {
        LocationTree root = new LocationTree();
        root.element(0).setLocation(at(FIRST));
        root.element(0).member("a").setLocation(at(SECOND));

        assertThat(root.find("[0]")).isEqualTo(FIRST);
        assertThat(root.find("[0].a")).isEqualTo(SECOND);
        assertThat(root.find("[1]")).isNull();
    }

    @Test
    void overwritesOrKeepsTheFirstLocation() {
        LocationTree root = new LocationTree();
        root.member("a").setLocationIfAbsent(at(FIRST));
        root.member("a").setLocationIfAbsent(at(SECOND));
        assertThat(root.find("a")).isEqualTo(FIRST);
        root.member("a").setLocation(at(THIRD));
        assertThat(root.find("a")).isEqualTo(THIRD);
    }

    @Test
    void replacesAMemberWithAllThatWasWrittenBeneathIt() {
        LocationTree root = new LocationTree();
        root.member("a").setLocation(at(FIRST));
        root.member("a").member("x").setLocation(at(SECOND));
        root.replaceMember("a").setLocation(at(THIRD));

        assertThat(root.find("a")).isEqualTo(THIRD);
        assertThat(root.find("a.x")).isEqualTo(THIRD);
    }

    @Test
    void rendersPathsAsPathsDoes() {
        LocationTree root = new LocationTree();
        LocationTree deep = root.member("customizations").member(Paths.segment("weird key")).element(0).element(0)
                .member("groups").element(0).element(1);

        assertThat(deep.path()).isEqualTo(Paths.index(Paths.index(Paths.key(Paths.index(Paths.index(
                Paths.key(Paths.key(null, "customizations"), "weird key"), 0), 0), "groups"), 0), 1));
        assertThat(deep.path()).isEqualTo("customizations.\"weird key\"[0][0].groups[0][1]");
        assertThat(root.path()).isEmpty();
    }
}
