/**
 * The {@code blueprint} command line: validate, convert, format and compare osbuild blueprints,
 * bump versions and hash passwords as the server does on push.
 * Run it with {@code java -jar blueprint.jar --help}.
 */
module io.github.blueprint4j.cli {
    requires io.github.blueprint4j.io;
    requires io.github.blueprint4j.validation;
    requires io.github.blueprint4j.operations;
    requires io.github.blueprint4j.interchange;
    requires info.picocli;
    requires com.fasterxml.jackson.core;
    requires com.fasterxml.jackson.databind;

    // picocli sets the option fields and creates the commands reflectively.
    opens io.github.blueprint4j.cli to info.picocli;
}
