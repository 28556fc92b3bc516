package io.github.blueprint4j.io.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.blueprint4j.io.internal.TomlNode.Kind;
import io.github.blueprint4j.io.internal.TomlNode.StringStyle;
import java.util.List;
import org.junit.jupiter.api.Test;

class TomlSyntaxTest {

    private static final String DOCUMENT = """
            # head

            name = "web" # end of line
            "quoted \\"key\\"" = 'a # not a comment'
            text = \"""
            # not a comment either
            \"""
            customizations.hostname = "h"

            # before the entry
            [[packages]]
            name = "vim"
            [packages.extra]
            ports = [
              1, # one

              # two
              2
              # closing
            ]
            inline = { a = [ # inside an inline table
              1 ] }
            # tail
            """;

    @Test
    void findsEveryCommentAndOnlyComments() {
        TomlSyntax syntax = TomlSyntax.parse(DOCUMENT);

        assertThat(syntax.comments()).containsExactlyInAnyOrder("# head", "# end of line", "# before the entry",
                "# one", "# two", "# closing", "# inside an inline table", "# tail");
        assertThat(syntax.head).containsExactly("# head");
        assertThat(syntax.root.endLines).containsExactly("# tail");
    }

    @Test
    void givesEachCommentToWhatItBelongsTo() {
        TomlSyntax syntax = TomlSyntax.parse(DOCUMENT);
        TomlNode root = syntax.root;

        assertThat(root.members.get("name").trailing).isEqualTo("# end of line");
        assertThat(root.members.get("name").blankBefore).isTrue();
        TomlNode entry = root.members.get("packages").elements.get(0);
        assertThat(entry.lead).containsExactly("# before the entry");
        TomlNode ports = entry.members.get("extra").members.get("ports");
        assertThat(ports.multiLine).isTrue();
        assertThat(ports.elements.get(0).trailing).isEqualTo("# one");
        assertThat(ports.elements.get(1).lead).containsExactly("# two");
        assertThat(ports.elements.get(1).blankBefore).isTrue();
        assertThat(ports.endLines).containsExactly("# closing");
        assertThat(entry.members.get("extra").members.get("inline").members.get("a").elements.get(0).lead)
                .containsExactly("# inside an inline table");
    }

    @Test
    void readsKeysStylesAndWhereItemsLie() {
        TomlSyntax syntax = TomlSyntax.parse(DOCUMENT);
        TomlNode root = syntax.root;

        TomlNode quoted = root.members.get("quoted \"key\"");
        assertThat(quoted.style).isEqualTo(StringStyle.LITERAL);
        assertThat(DOCUMENT.substring(quoted.valueStart, quoted.valueEnd)).isEqualTo("'a # not a comment'");
        assertThat(root.members.get("text").style).isEqualTo(StringStyle.MULTI_LINE_BASIC);
        assertThat(root.members.get("customizations").kind).isEqualTo(Kind.TABLE);
        assertThat(root.members.get("customizations").members.get("hostname").keyText).isEqualTo("hostname");
        TomlNode packages = root.members.get("packages");
        assertThat(packages.kind).isEqualTo(Kind.ARRAY_OF_TABLES);
        TomlNode entry = packages.elements.get(0);
        assertThat(DOCUMENT.substring(entry.sections[0], entry.sections[1]))
                .isEqualTo("\n# before the entry\n[[packages]]\nname = \"vim\"\n");
        assertThat(DOCUMENT.substring(entry.commentStart, entry.itemStart)).isEqualTo("# before the entry\n");
    }

    @Test
    void readsCarriageReturnsAndDocumentsWithoutAFinalLineBreak() {
        TomlSyntax syntax = TomlSyntax.parse("a = 1 # one\r\n# two\r\nb = [\r\n  2,\r\n]");

        assertThat(syntax.comments()).containsExactly("# one", "# two");
        assertThat(syntax.root.members.get("b").elements).hasSize(1);
        assertThat(syntax.root.members.get("b").lineEnd).isEqualTo(syntax.text.length());
    }

    @Test
    void readsACommaOnALaterLineThanItsElement() {
        TomlSyntax syntax = TomlSyntax.parse("a = [1 # one\n, 2\n\n  ,3]\n");

        assertThat(syntax.root.members.get("a").elements).hasSize(3)
                .extracting(element -> element.comma).containsExactly(true, true, false);
        assertThat(syntax.comments()).containsExactly("# one");
    }

    @Test
    void refusesTextThatIsNotToml() {
        assertThatThrownBy(() -> TomlSyntax.parse("a = [1, 2")).isInstanceOf(IllegalArgumentException.class);
        assertThat(TomlSyntax.parse("").comments()).isEqualTo(List.of());
    }
}
