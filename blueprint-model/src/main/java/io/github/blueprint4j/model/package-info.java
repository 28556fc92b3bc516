/**
 * One immutable type per section of an osbuild blueprint, named after the section of the
 * blueprint format: {@link io.github.blueprint4j.model.Blueprint} at the root,
 * {@link io.github.blueprint4j.model.Customizations} and one {@code ...Customization} type per
 * customization.
 *
 * <p>Every type is a record with a {@code builder()} and a {@code toBuilder()}; lists are never
 * {@code null} (absent means empty), scalars are {@code null} when absent and their accessor's
 * documentation says what absent means. The {@code @JsonProperty} names are the format's keys,
 * so any Jackson {@code ObjectMapper} binds the JSON form; {@code blueprint-io} reads and
 * writes both TOML and JSON with locations and diagnostics. Keys a document holds that the
 * format does not define are kept in {@code unknownKeys()}.
 *
 * <pre>{@code
 * Blueprint bp = Blueprint.builder()
 *         .name("web").version("1.0.0")
 *         .addPackage("nginx", "*")
 *         .customizations(c -> c.hostname("web01")
 *                 .addUser(u -> u.name("admin").addSupplementaryGroup("wheel")))
 *         .build();
 * }</pre>
 */
package io.github.blueprint4j.model;
