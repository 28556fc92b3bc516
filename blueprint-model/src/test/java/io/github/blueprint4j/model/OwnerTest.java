package io.github.blueprint4j.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class OwnerTest {

    @Test
    void isANameOrAnId() {
        assertThat(Owner.name("root")).isInstanceOf(Owner.Name.class).hasToString("root");
        assertThat(Owner.id(0)).isInstanceOf(Owner.Id.class).hasToString("0");
        assertThat(Owner.fromValue("root")).isEqualTo(Owner.name("root"));
        assertThat(Owner.fromValue(1000)).isEqualTo(Owner.id(1000));
        assertThat(Owner.fromValue(1000.0)).isEqualTo(Owner.id(1000));
        assertThat(Owner.id(5).toJsonValue()).isEqualTo(5L);
    }

    @Test
    void refusesNegativeAndFractionalIds() {
        assertThatThrownBy(() -> Owner.id(-1)).isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.diagnostic().code()).isEqualTo("FSNODE-ID-NONNEGATIVE"));
        assertThatThrownBy(() -> Owner.fromValue(1.5)).isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.diagnostic().code()).isEqualTo("FSNODE-ID-NONNEGATIVE"));
        assertThatThrownBy(() -> Owner.fromValue(true)).isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.diagnostic().code()).isEqualTo("FSNODE-OWNER-TYPE"));
    }

    @Test
    void checksUserAndGroupNamesWithTheirOwnGrammar() {
        assertThat(Owner.isValidUserName("svc.user")).isTrue();
        assertThat(Owner.isValidGroupName("svc.user")).isFalse();
        assertThat(Owner.isValidUserName("r@@t")).isFalse();
        assertThat(Owner.isValidUserName("")).isFalse();
        assertThat(Owner.isValidUserName("-x")).isFalse();
        assertThat(Owner.isValidGroupName("a".repeat(32))).isTrue();
        assertThat(Owner.isValidGroupName("a".repeat(33))).isFalse();
    }
}
