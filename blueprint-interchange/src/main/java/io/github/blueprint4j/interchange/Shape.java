package io.github.blueprint4j.interchange;

/** The shapes a blueprint travels in. */
public enum Shape {
    /** The classic blueprint of osbuild-composer and image-builder, TOML or JSON. */
    CLASSIC("classic"),
    /** The hosted Image Builder service's {@code CreateBlueprintRequest} (API v1), JSON. */
    HOSTED("hosted"),
    /** An osbuild-composer cloud API v2 {@code ComposeRequest} carrying a {@code Blueprint}, JSON. */
    CLOUD_API("cloudapi"),
    /** A bootc-image-builder {@code config.toml} or {@code config.json} (also the legacy {@code {"blueprint": ...}} wrapper). */
    BIB("bib");

    private final String id;

    Shape(String id) {
        this.id = id;
    }

    /**
     * Returns the shape's name on the command line: {@code classic}, {@code hosted},
     * {@code cloudapi} or {@code bib}.
     *
     * @return the name
     */
    public String id() {
        return id;
    }
}
